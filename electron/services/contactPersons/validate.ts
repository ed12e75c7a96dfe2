import type { Db } from '../../../db/connection';
import { contactPersonInputSchema, type ContactPersonInput } from '../../../shared/domain/contactPerson';
import { checkKnown, invalid, type Issue } from '../validation';

export const CONTACT_PERSON = 'Contact person';

/**
 * Checks a person the way the form needs it: every problem at once, the shape
 * (zod) and an organisation the case file must know. `keptOrganisationId` is
 * the person's current organisation: keeping it is fine even after it was
 * soft-deleted, so editing a phone number never forces a new organisation.
 */
export function validateContactPerson(db: Db, value: unknown, keptOrganisationId: string | null = null): ContactPersonInput {
  const parsed = contactPersonInputSchema.safeParse(value);
  const issues: Issue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const organisationFailed = issues.some((issue) => issue.path === 'organisationId');
  if (!organisationFailed && typeof raw.organisationId === 'string' && raw.organisationId !== keptOrganisationId) {
    checkKnown(db, issues, 'organisationId', 'organisation', [raw.organisationId]);
  }
  if (issues.length > 0 || !parsed.success) throw invalid(CONTACT_PERSON, issues);
  return parsed.data;
}
