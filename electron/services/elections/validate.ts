import type { Db } from '../../../db/connection';
import { findElection } from '../../../db/repositories/elections';
import {
  campaignVisitFieldsSchema,
  electionFieldsSchema,
  type CampaignVisitFields,
  type ElectionFields,
} from '../../../shared/domain/election';
import { checkKnown, invalid, type Issue } from '../validation';

export const ELECTION = 'Election';
export const CAMPAIGN_VISIT = 'Campaign visit';

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }): Issue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/**
 * The stored date of a month or year known only roughly: the 1st of the month,
 * or 1 January. The form may send any day in it; the register keeps one.
 */
export function normalisedDate(date: string, precision: ElectionFields['precision']): string {
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  return date;
}

/**
 * Checks an election the way the form needs it: every problem at once. Beyond
 * the schema: the municipalities of polling places exist, a held election is
 * not in the future, and a source is not verified in the future.
 */
export function validateElection(db: Db, value: unknown, today: string): ElectionFields {
  const parsed = electionFieldsSchema.safeParse(value);
  if (!parsed.success) throw invalid(ELECTION, issuesOf(parsed.error));
  const fields = { ...parsed.data, date: normalisedDate(parsed.data.date, parsed.data.precision) };
  const issues: Issue[] = [];
  fields.votingPlaces.forEach((place, index) =>
    checkKnown(db, issues, `votingPlaces.${index}.municipalityCode`, 'municipality', [place.municipalityCode]),
  );
  if (fields.status === 'gehouden' && fields.date > today) issues.push({ path: 'status', message: 'election.validation.heldInFuture' });
  if (fields.verifiedOn > today) issues.push({ path: 'verifiedOn', message: 'validation.dateInFuture' });
  if (issues.length > 0) throw invalid(ELECTION, issues);
  return fields;
}

/** A visit belongs to a live election; its municipality, when given, exists. */
export function validateCampaignVisit(db: Db, value: unknown): CampaignVisitFields {
  const parsed = campaignVisitFieldsSchema.safeParse(value);
  if (!parsed.success) throw invalid(CAMPAIGN_VISIT, issuesOf(parsed.error));
  const fields = parsed.data;
  const issues: Issue[] = [];
  const election = findElection(db, fields.electionId);
  if (!election || election.deletedAt !== null) {
    issues.push({ path: 'electionId', message: 'election.validation.unknownElection', detail: fields.electionId });
  }
  checkKnown(db, issues, 'municipalityCode', 'municipality', [fields.municipalityCode]);
  if (issues.length > 0) throw invalid(CAMPAIGN_VISIT, issues);
  return fields;
}
