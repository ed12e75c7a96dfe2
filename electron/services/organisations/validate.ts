import type { Db } from '../../../db/connection';
import { organisationInputSchema, type OrganisationInput } from '../../../shared/domain/organisation';
import { checkKnown, invalid, type Issue } from '../validation';

export const ORGANISATION = 'Organisation';

/** Codes in one canonical order without repeats, so stored links and audit diffs are stable. */
function canonicalCodes(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort();
}

/**
 * Checks an organisation the way the form needs it: every problem at once,
 * the shape (zod) and the municipalities the register must know. A field that
 * already failed its shape is not looked up.
 */
export function validateOrganisation(db: Db, value: unknown): OrganisationInput {
  const parsed = organisationInputSchema.safeParse(value);
  const issues: Issue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const failed = issues.some((issue) => issue.path === 'municipalities' || issue.path.startsWith('municipalities.'));
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (!failed && Array.isArray(raw.municipalities)) {
    const codes = raw.municipalities.filter((code): code is string => typeof code === 'string');
    checkKnown(db, issues, 'municipalities', 'municipality', codes);
  }
  if (issues.length > 0 || !parsed.success) throw invalid(ORGANISATION, issues);
  return { ...parsed.data, municipalities: canonicalCodes(parsed.data.municipalities) };
}
