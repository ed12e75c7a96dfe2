import type { z } from 'zod';
import type { Db } from '../../../db/connection';
import { findSignalLinks, type SignalLink } from '../../../db/repositories/caseSignals';
import { caseInputSchema, createCaseSchema, type CaseInput } from '../../../shared/domain/case';
import { checkKnown, invalid, type Issue } from '../validation';

const WHAT = 'Case';

/** Codes in one canonical order without repeats, so stored links and audit diffs are stable. */
export function canonicalCodes(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort();
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Signals that may be linked: they exist and are not deleted. Reports the
 * rest under `path`; returns the live ones in the order they were created.
 */
export function liveSignals(db: Db, ids: readonly string[], issues: Issue[], path: string): SignalLink[] {
  const unique = [...new Set(ids)];
  const found = findSignalLinks(db, unique);
  const live = found.filter((signal) => signal.deletedAt === null);
  const liveIds = new Set(live.map((signal) => signal.id));
  const unknown = unique.filter((id) => !liveIds.has(id));
  if (unknown.length > 0) issues.push({ path, message: 'validation.unknownSignal', detail: unknown.join(', ') });
  return live;
}

/**
 * Checks a case the way the form needs it: every problem at once, both the
 * shape (zod) and the codes the case file must know (themes, municipalities,
 * owner, signals). A field that already failed its shape is not looked up.
 */
function validate<S extends z.ZodType>(
  db: Db,
  schema: S,
  value: unknown,
  signalIds: 'with-signals' | 'without-signals',
): { input: z.output<S>; signals: SignalLink[] } {
  const parsed = schema.safeParse(value);
  const issues: Issue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const failed = (field: string) => issues.some((issue) => issue.path === field || issue.path.startsWith(`${field}.`));
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;

  if (!failed('themes')) checkKnown(db, issues, 'themes', 'theme', stringArray(raw.themes));
  if (!failed('municipalities')) checkKnown(db, issues, 'municipalities', 'municipality', stringArray(raw.municipalities));
  if (!failed('ownerId') && typeof raw.ownerId === 'string') checkKnown(db, issues, 'ownerId', 'adviser', [raw.ownerId]);
  const signals =
    signalIds === 'with-signals' && !failed('signalIds') ? liveSignals(db, stringArray(raw.signalIds), issues, 'signalIds') : [];

  if (issues.length > 0 || !parsed.success) throw invalid(WHAT, issues);
  return { input: parsed.data, signals };
}

export function validateNewCase(db: Db, value: unknown): { input: z.output<typeof createCaseSchema>; signals: SignalLink[] } {
  return validate(db, createCaseSchema, value, 'with-signals');
}

export function validateCaseChanges(db: Db, value: unknown): CaseInput {
  return validate(db, caseInputSchema, value, 'without-signals').input;
}
