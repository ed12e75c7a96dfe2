import type { z } from 'zod';
import type { Db } from '../../../db/connection';
import {
  checkActionRules,
  followUpActionFieldsSchema,
  followUpActionInputSchema,
  type FollowUpActionInput,
} from '../../../shared/domain/followUpAction';
import { checkKnown, invalid, todayInNetherlands, type Issue } from '../validation';

type Raw = Record<string, unknown>;

export function asRecord(value: unknown): Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
}

/** Zod's issues as field issues, the first per path: one problem per field is enough for a form. */
export function shapeIssues(result: { success: boolean; error?: z.ZodError }): Issue[] {
  const issues: Issue[] = [];
  for (const issue of result.success ? [] : (result.error?.issues ?? [])) {
    const path = issue.path.join('.');
    if (!issues.some((known) => known.path === path)) issues.push({ path, message: issue.message });
  }
  return issues;
}

export const hasIssue = (issues: readonly Issue[], path: string): boolean =>
  issues.some((issue) => issue.path === path || issue.path.startsWith(`${path}.`));

/**
 * A field's value when its shape is right, else undefined. A field that has
 * an issue already is left out of later checks, so it raises nothing new.
 */
export function validField<S extends z.ZodObject, K extends keyof S['shape'] & string>(
  schema: S,
  raw: Raw,
  key: K,
  issues: readonly Issue[],
  prefix = '',
): z.output<S['shape'][K]> | undefined {
  if (hasIssue(issues, `${prefix}${key}`)) return undefined;
  const result = (schema.shape[key] as z.ZodType).safeParse(raw[key]);
  return result.success ? (result.data as z.output<S['shape'][K]>) : undefined;
}

/** Values worth looking up: given, and not what the record already had (a since-deleted link stays editable). */
export const added = <T>(value: T | undefined, had?: T): T[] => (value === undefined || value === had ? [] : [value]);

/**
 * The checks on an action's own fields that need the clock or the case file:
 * completion rules (on today's date in the Netherlands) and a known owner.
 * `prefix` places the issues, e.g. 'actions.0.' for an action in a contact moment.
 */
export function checkActionFields(
  db: Db,
  issues: Issue[],
  raw: Raw,
  today: string,
  prefix = '',
  existing?: Pick<FollowUpActionInput, 'ownerId'>,
): void {
  const status = validField(followUpActionFieldsSchema, raw, 'status', issues, prefix);
  const completedOn = validField(followUpActionFieldsSchema, raw, 'completedOn', issues, prefix);
  if (status !== undefined && completedOn !== undefined) {
    checkActionRules({ status, completedOn }, today, (path, message) => issues.push({ path: `${prefix}${path}`, message }));
  }
  const ownerId = validField(followUpActionFieldsSchema, raw, 'ownerId', issues, prefix);
  checkKnown(db, issues, `${prefix}ownerId`, 'adviser', added(ownerId, existing?.ownerId));
}

/**
 * Validates a follow-up action as entered, reporting every problem at once:
 * its shape, the completion rules, and links to records this case file does
 * not know (or that were deleted). On an update, only links the adviser newly
 * makes are checked. Throws INVALID_INPUT, or returns the parsed input.
 */
export function validateAction(db: Db, value: unknown, now: Date, what: string, existing?: FollowUpActionInput): FollowUpActionInput {
  const parsed = followUpActionInputSchema.safeParse(value);
  const issues = shapeIssues(parsed);
  const raw = asRecord(value);
  checkActionFields(db, issues, raw, todayInNetherlands(now), '', existing);
  const field = <K extends 'signalId' | 'caseId' | 'contactMomentId'>(key: K) =>
    validField(followUpActionInputSchema, raw, key, issues);
  checkKnown(db, issues, 'signalId', 'signal', added(field('signalId'), existing?.signalId));
  checkKnown(db, issues, 'caseId', 'case', added(field('caseId'), existing?.caseId));
  checkKnown(db, issues, 'contactMomentId', 'contactMoment', added(field('contactMomentId'), existing?.contactMomentId));
  if (issues.length > 0 || !parsed.success) throw invalid(what, issues);
  return parsed.data;
}
