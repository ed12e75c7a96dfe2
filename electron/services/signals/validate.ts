import type { Db } from '../../../db/connection';
import { checkSignalRules, signalFieldsSchema, type Signal, type SignalInput } from '../../../shared/domain/signal';
import { checkKnown, invalid, todayInNetherlands, type Issue } from '../validation';

type Shape = typeof signalFieldsSchema.shape;

/**
 * Validates a signal as entered and reports every problem at once: schema
 * errors, the cross-field rules (judged on today's date in the Netherlands)
 * and codes unknown to this case file. Throws INVALID_INPUT, or returns the
 * parsed input. With `existing` (an update), only codes the adviser newly adds
 * are checked, so a signal that carries a since-retired theme or a merged
 * municipality can still be edited.
 */
export function validateSignalInput(db: Db, raw: unknown, now: Date, what: string, existing?: Signal): SignalInput {
  const parsed = signalFieldsSchema.safeParse(raw);
  const issues: Issue[] = [];
  // Zod may report a field twice (a date fails both its pattern and its calendar check): keep the first.
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.join('.');
    if (!issues.some((known) => known.path === path)) issues.push({ path, message: issue.message });
  }
  const badFields = new Set(issues.map((issue) => issue.path.split('.')[0]));
  const object = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  // A field that failed the schema is left out of the later checks: one problem per field is enough.
  const field = <K extends keyof Shape>(key: K): SignalInput[K] | undefined => {
    if (parsed.success) return parsed.data[key];
    const result = signalFieldsSchema.shape[key].safeParse(object[key]);
    return result.success && !badFields.has(key) ? (result.data as SignalInput[K]) : undefined;
  };

  // Neutral stand-ins for fields already reported, so they raise nothing new.
  const observedOn = field('observedOn') ?? '0000-01-01';
  checkSignalRules(
    {
      observedOn,
      receivedOn: field('receivedOn') ?? observedOn,
      isNational: field('isNational') ?? true,
      municipalities: field('municipalities') ?? [],
    },
    todayInNetherlands(now),
    (path, message) => {
      if (!badFields.has(path)) issues.push({ path, message });
    },
  );

  const added = (values: readonly (string | null)[] | undefined, had: readonly (string | null)[] = []) =>
    (values ?? []).filter((value) => !had.includes(value));
  checkKnown(db, issues, 'themes', 'theme', added(field('themes'), existing?.themes));
  checkKnown(db, issues, 'sourceType', 'sourceType', added([field('sourceType') ?? null], [existing?.sourceType ?? null]));
  checkKnown(db, issues, 'municipalities', 'municipality', added(field('municipalities'), existing?.municipalities));
  checkKnown(db, issues, 'ownerId', 'adviser', added([field('ownerId') ?? null], [existing?.ownerId ?? null]));
  checkKnown(db, issues, 'caseId', 'case', added([field('caseId') ?? null], [existing?.caseId ?? null]));

  if (issues.length > 0 || !parsed.success) throw invalid(what, issues);
  return parsed.data;
}

