import { URGENCIES, type Urgency } from '../../../shared/domain/enums';
import { signalFieldsSchema, type Signal, type SignalInput } from '../../../shared/domain/signal';

const INPUT_FIELDS = Object.keys(signalFieldsSchema.shape) as (keyof SignalInput)[];

/** Sorting by urgency runs on a number (laag=1 … acuut=4) that the index can order. */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency) + 1;
}

/** The editable fields of a stored signal, as the form would send them back. */
export function inputOf(signal: Signal): SignalInput {
  return Object.fromEntries(INPUT_FIELDS.map((field) => [field, signal[field]])) as SignalInput;
}

/** Municipalities and themes are sets: their order carries no meaning. */
function comparable(value: unknown): string {
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
}

/**
 * The fields that differ between two versions, as before/after images for the
 * audit log (only what changed, so history shows exactly the edit).
 */
export function changedFields(
  before: SignalInput,
  after: SignalInput,
): { before: Partial<SignalInput>; after: Partial<SignalInput>; fields: (keyof SignalInput)[] } {
  const fields = INPUT_FIELDS.filter((field) => comparable(before[field]) !== comparable(after[field]));
  const pick = (source: SignalInput) => Object.fromEntries(fields.map((field) => [field, source[field]])) as Partial<SignalInput>;
  return { before: pick(before), after: pick(after), fields };
}
