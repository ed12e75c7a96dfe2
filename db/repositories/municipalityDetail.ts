import type { FollowUpActionListRow } from '../../shared/domain/followUpAction';
import type { MunicipalityDetail, MunicipalityListRow } from '../../shared/domain/municipality';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * Everything linked to one municipality, for its page. Counts are exact; the
 * lists hold the newest LIST_LIMIT items (the full lists are one click away,
 * filtered by the municipality). Only live records count, and only through
 * live records: an action whose signal was deleted no longer shows here
 * through that signal.
 */
export const LIST_LIMIT = 50;

type Related = Omit<MunicipalityDetail, keyof MunicipalityListRow>;

/**
 * The ids of open actions linked to the municipality (@code) through a live
 * contact moment, signal or case; UNION keeps each action once. Shared with
 * nothing else on purpose: the overview aggregates the same paths for all
 * municipalities at once (networkOverview.ts).
 */
const OPEN_ACTION_IDS = `
  SELECT a.id FROM contact_moment_municipalities l
  JOIN contact_moments c ON c.id = l.contact_moment_id AND c.deleted_at IS NULL
  JOIN follow_up_actions a ON a.contact_moment_id = c.id
  WHERE l.municipality_code = @code AND a.deleted_at IS NULL AND a.status IN ('open', 'lopend')
  UNION
  SELECT a.id FROM signal_municipalities l
  JOIN signals s ON s.id = l.signal_id AND s.deleted_at IS NULL
  JOIN follow_up_actions a ON a.signal_id = s.id
  WHERE l.municipality_code = @code AND a.deleted_at IS NULL AND a.status IN ('open', 'lopend')
  UNION
  SELECT a.id FROM case_municipalities l
  JOIN cases k ON k.id = l.case_id AND k.deleted_at IS NULL
  JOIN follow_up_actions a ON a.case_id = k.id
  WHERE l.municipality_code = @code AND a.deleted_at IS NULL AND a.status IN ('open', 'lopend')`;

/** Live persons of live organisations that work in the municipality (a person has one organisation, so no duplicates). */
const PERSONS = `
  FROM organisation_municipalities l
  JOIN organisations o ON o.id = l.organisation_id AND o.deleted_at IS NULL
  JOIN contact_persons p ON p.organisation_id = o.id AND p.deleted_at IS NULL
  WHERE l.municipality_code = @code`;

const COUNTS = `
SELECT
  (SELECT count(*) FROM signal_municipalities l JOIN signals s ON s.id = l.signal_id
   WHERE l.municipality_code = @code AND s.deleted_at IS NULL) AS signals,
  (SELECT count(*) FROM case_municipalities l JOIN cases k ON k.id = l.case_id
   WHERE l.municipality_code = @code AND k.deleted_at IS NULL) AS cases,
  (SELECT count(*) FROM contact_moment_municipalities l JOIN contact_moments c ON c.id = l.contact_moment_id
   WHERE l.municipality_code = @code AND c.deleted_at IS NULL) AS contactMoments,
  (SELECT max(c.held_on) FROM contact_moment_municipalities l JOIN contact_moments c ON c.id = l.contact_moment_id
   WHERE l.municipality_code = @code AND c.deleted_at IS NULL) AS lastContactOn,
  (SELECT count(*) FROM organisation_municipalities l JOIN organisations o ON o.id = l.organisation_id
   WHERE l.municipality_code = @code AND o.deleted_at IS NULL) AS organisations,
  (SELECT count(*) ${PERSONS}) AS persons,
  (SELECT count(*) FROM (${OPEN_ACTION_IDS})) AS openActions`;

const SIGNALS = `
SELECT s.id, s.number, s.title, s.received_on AS receivedOn, s.status
FROM signal_municipalities l JOIN signals s ON s.id = l.signal_id
WHERE l.municipality_code = @code AND s.deleted_at IS NULL
ORDER BY s.received_on DESC, s.seq DESC LIMIT @limit`;

const CASES = `
SELECT k.id, k.number, k.title, k.status, k.start_on AS startOn
FROM case_municipalities l JOIN cases k ON k.id = l.case_id
WHERE l.municipality_code = @code AND k.deleted_at IS NULL
ORDER BY k.start_on DESC, k.seq DESC LIMIT @limit`;

const CONTACT_MOMENTS = `
SELECT c.id, c.number, c.held_on AS heldOn, c.form, c.subject
FROM contact_moment_municipalities l JOIN contact_moments c ON c.id = l.contact_moment_id
WHERE l.municipality_code = @code AND c.deleted_at IS NULL
ORDER BY c.held_on DESC, c.seq DESC LIMIT @limit`;

const ORGANISATIONS = `
SELECT o.id, o.name, o.type
FROM organisation_municipalities l JOIN organisations o ON o.id = l.organisation_id
WHERE l.municipality_code = @code AND o.deleted_at IS NULL
ORDER BY o.name COLLATE NOCASE, o.seq LIMIT @limit`;

const PERSON_ROWS = `
SELECT p.id, p.name, p.role, o.name AS organisationName ${PERSONS}
ORDER BY p.name COLLATE NOCASE, p.id LIMIT @limit`;

/** Open work first by due date (no date last), as in the actions list. */
const OPEN_ACTIONS = `
SELECT a.id, a.number, a.description, a.kind, a.status, a.due_on AS dueOn, o.name AS ownerName,
  (a.due_on IS NOT NULL AND a.due_on < @today) AS overdue,
  coalesce(c.number, s.number, k.number) AS linkedTo, a.updated_at AS updatedAt
FROM follow_up_actions a
LEFT JOIN advisers o ON o.id = a.owner_id
LEFT JOIN contact_moments c ON c.id = a.contact_moment_id
LEFT JOIN signals s ON s.id = a.signal_id
LEFT JOIN cases k ON k.id = a.case_id
WHERE a.id IN (${OPEN_ACTION_IDS})
ORDER BY a.due_on IS NULL, a.due_on, a.seq LIMIT @limit`;

interface CountsRow {
  signals: number;
  cases: number;
  contactMoments: number;
  lastContactOn: string | null;
  organisations: number;
  persons: number;
  openActions: number;
}

/** The linked records of a municipality; `today` (Netherlands) decides which actions are overdue. */
export function readMunicipalityRelations(db: Db, code: string, today: string): Related {
  const params = { code, limit: LIST_LIMIT };
  const { lastContactOn, ...counts } = statement(db, COUNTS).get({ code }) as CountsRow;
  const openActions = (statement(db, OPEN_ACTIONS).all({ ...params, today }) as (Omit<FollowUpActionListRow, 'overdue'> & {
    overdue: number;
  })[]).map((row) => ({ ...row, overdue: row.overdue === 1 }));
  return {
    lastContactOn,
    counts,
    signals: statement(db, SIGNALS).all(params) as MunicipalityDetail['signals'],
    cases: statement(db, CASES).all(params) as MunicipalityDetail['cases'],
    contactMoments: statement(db, CONTACT_MOMENTS).all(params) as MunicipalityDetail['contactMoments'],
    organisations: statement(db, ORGANISATIONS).all(params) as MunicipalityDetail['organisations'],
    persons: statement(db, PERSON_ROWS).all(params) as MunicipalityDetail['persons'],
    openActions,
  };
}
