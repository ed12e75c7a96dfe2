import type { ElectionLinkEntity } from '../../shared/domain/election';
import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/** The table that holds each kind of linkable record, with its live condition. */
const RECORD_TABLES: Record<ElectionLinkEntity, { table: string; live: string }> = {
  signal: { table: 'signals', live: 'deleted_at IS NULL AND merged_into_id IS NULL' },
  case: { table: 'cases', live: 'deleted_at IS NULL' },
  action: { table: 'follow_up_actions', live: 'deleted_at IS NULL' },
};

/** The record's number when it exists and is live (links are only made to live records). */
export function liveRecordNumber(db: Db, entity: ElectionLinkEntity, id: string): string | undefined {
  const { table, live } = RECORD_TABLES[entity];
  const row = statement(db, `SELECT number FROM ${table} WHERE id = ? AND ${live}`).get(id) as { number: string } | undefined;
  return row?.number;
}

/** Adds a link; false when it was there already. */
export function insertElectionLink(db: Db, electionId: string, entity: ElectionLinkEntity, recordId: string, stamp: Stamp): boolean {
  const result = statement(
    db,
    `INSERT OR IGNORE INTO election_links (election_id, entity, record_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)`,
  ).run(electionId, entity, recordId, stamp.at, stamp.by);
  return result.changes > 0;
}

/** Removes a link; false when there was none. */
export function deleteElectionLink(db: Db, electionId: string, entity: ElectionLinkEntity, recordId: string): boolean {
  const result = statement(db, 'DELETE FROM election_links WHERE election_id = ? AND entity = ? AND record_id = ?').run(
    electionId,
    entity,
    recordId,
  );
  return result.changes > 0;
}

export interface LinkedElectionRow {
  id: string;
  number: string;
  title: string;
  kind: string;
  round: number;
  country: string;
  date: string;
}

/** The live elections a record is linked to, by date. */
export function electionsLinkedTo(db: Db, entity: ElectionLinkEntity, recordId: string): LinkedElectionRow[] {
  return statement(
    db,
    `SELECT e.id, e.number, e.title, e.kind, e.round, e.country, e.date FROM election_links l
     JOIN elections e ON e.id = l.election_id
     WHERE l.entity = ? AND l.record_id = ? AND e.deleted_at IS NULL
     ORDER BY e.date, e.seq`,
  ).all(entity, recordId) as LinkedElectionRow[];
}

export interface TimelineSignalRow {
  id: string;
  number: string;
  title: string;
  observedOn: string;
  urgency: string;
  linked: 0 | 1;
}

/**
 * The signals around an election: those linked to it (whenever observed) and
 * every live signal observed in the span, by date of observation.
 */
export function timelineSignals(db: Db, electionId: string, from: string, to: string): TimelineSignalRow[] {
  return statement(
    db,
    `SELECT s.id, s.number, s.title, s.observed_on AS observedOn, s.urgency,
       EXISTS (SELECT 1 FROM election_links l WHERE l.election_id = @electionId AND l.entity = 'signal' AND l.record_id = s.id) AS linked
     FROM signals s
     WHERE s.deleted_at IS NULL AND s.merged_into_id IS NULL
       AND ((s.observed_on BETWEEN @from AND @to)
            OR s.id IN (SELECT record_id FROM election_links WHERE election_id = @electionId AND entity = 'signal'))
     ORDER BY s.observed_on, s.number`,
  ).all({ electionId, from, to }) as TimelineSignalRow[];
}

/** Live signals observed per ISO week in the span (weeks without signals are absent). */
export function signalsPerWeek(db: Db, from: string, to: string): { week: string; count: number }[] {
  return statement(
    db,
    `SELECT strftime('%G-W%V', observed_on) AS week, count(*) AS count FROM signals
     WHERE observed_on BETWEEN ? AND ? AND deleted_at IS NULL AND merged_into_id IS NULL
     GROUP BY week ORDER BY week`,
  ).all(from, to) as { week: string; count: number }[];
}

export function linkedCases(db: Db, electionId: string): { id: string; number: string; title: string }[] {
  return statement(
    db,
    `SELECT c.id, c.number, c.title FROM election_links l JOIN cases c ON c.id = l.record_id
     WHERE l.election_id = ? AND l.entity = 'case' AND c.deleted_at IS NULL ORDER BY c.number`,
  ).all(electionId) as { id: string; number: string; title: string }[];
}

export function linkedActions(
  db: Db,
  electionId: string,
): { id: string; number: string; title: string; dueOn: string | null; status: string }[] {
  return statement(
    db,
    `SELECT a.id, a.number, a.description AS title, a.due_on AS dueOn, a.status FROM election_links l
     JOIN follow_up_actions a ON a.id = l.record_id
     WHERE l.election_id = ? AND l.entity = 'action' AND a.deleted_at IS NULL
     ORDER BY a.due_on IS NULL, a.due_on, a.number`,
  ).all(electionId) as { id: string; number: string; title: string; dueOn: string | null; status: string }[];
}
