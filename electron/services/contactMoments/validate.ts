import type { Db } from '../../../db/connection';
import {
  contactMomentInputSchema,
  createContactMomentSchema,
  type ContactMomentInput,
  type CreateContactMomentInput,
} from '../../../shared/domain/contactMoment';
import { asRecord, checkActionFields, shapeIssues, validField } from '../actions/validate';
import { checkKnown, invalid, todayInNetherlands, type Issue } from '../validation';

const WHAT = 'Contact moment';

/** Values the adviser newly adds; on an update, links that were already there are not looked up again. */
const addedValues = (values: readonly string[] | undefined, had: readonly string[] = []): string[] =>
  (values ?? []).filter((value) => !had.includes(value));

/**
 * The checks that need the clock or the case file, for the fields of a
 * contact moment: held not in the future, and every link known and live
 * (municipalities, organisations, persons, ESS staff, themes, signals, case).
 */
function checkContactMomentFields(db: Db, issues: Issue[], raw: Record<string, unknown>, today: string, existing?: ContactMomentInput): void {
  const field = <K extends keyof typeof contactMomentInputSchema.shape & string>(key: K) =>
    validField(contactMomentInputSchema, raw, key, issues);
  const heldOn = field('heldOn');
  if (heldOn !== undefined && heldOn > today) issues.push({ path: 'heldOn', message: 'validation.dateInFuture' });
  checkKnown(db, issues, 'municipalities', 'municipality', addedValues(field('municipalities'), existing?.municipalities));
  checkKnown(db, issues, 'organisationIds', 'organisation', addedValues(field('organisationIds'), existing?.organisationIds));
  checkKnown(db, issues, 'personIds', 'contactPerson', addedValues(field('personIds'), existing?.personIds));
  checkKnown(db, issues, 'staffIds', 'adviser', addedValues(field('staffIds'), existing?.staffIds));
  checkKnown(db, issues, 'themes', 'theme', addedValues(field('themes'), existing?.themes));
  checkKnown(db, issues, 'signalIds', 'signal', addedValues(field('signalIds'), existing?.signalIds));
  const caseId = field('caseId');
  if (caseId && caseId !== existing?.caseId) checkKnown(db, issues, 'caseId', 'case', [caseId]);
}

/**
 * A new contact moment with the follow-up actions logged with it, checked as
 * one: every problem at once, those of an action under 'actions.<n>.<field>'.
 */
export function validateNewContactMoment(db: Db, value: unknown, now: Date): CreateContactMomentInput {
  const parsed = createContactMomentSchema.safeParse(value);
  const issues = shapeIssues(parsed);
  const raw = asRecord(value);
  const today = todayInNetherlands(now);
  checkContactMomentFields(db, issues, raw, today);
  const actions = Array.isArray(raw.actions) ? (raw.actions as unknown[]) : [];
  actions.forEach((action, index) => checkActionFields(db, issues, asRecord(action), today, `actions.${index}.`));
  if (issues.length > 0 || !parsed.success) throw invalid(WHAT, issues);
  return parsed.data;
}

/** Changes to a contact moment; links it already had are not looked up again, so a since-deleted one stays editable. */
export function validateContactMomentChanges(db: Db, value: unknown, now: Date, existing: ContactMomentInput): ContactMomentInput {
  const parsed = contactMomentInputSchema.safeParse(value);
  const issues = shapeIssues(parsed);
  checkContactMomentFields(db, issues, asRecord(value), todayInNetherlands(now), existing);
  if (issues.length > 0 || !parsed.success) throw invalid(WHAT, issues);
  return parsed.data;
}
