import type { ElectionFields, VotingPlace } from '../../shared/domain/election';
import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/** An election as stored: its fields and record columns; the service adds what is derived (window, names). */
export interface ElectionRecord extends ElectionFields {
  id: string;
  number: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
}

const COLUMNS = `e.id, e.number, e.country, e.kind, e.round, e.date, e.precision, e.status, e.title,
  e.voting_from AS votingFrom, e.voting_to AS votingTo, e.source, e.verified_on AS verifiedOn, e.notes,
  e.created_at AS createdAt, e.updated_at AS updatedAt, COALESCE(u.name, e.updated_by) AS updatedBy,
  e.version, e.deleted_at AS deletedAt,
  (SELECT json_group_array(json_object('kind', kind, 'name', name, 'municipalityCode', municipality_code, 'address', address))
     FROM (SELECT * FROM election_voting_places WHERE election_id = e.id ORDER BY position)) AS placesJson`;

/** The last day the election can fall on: the day itself, or the end of its month or year. */
const LAST_POSSIBLE_DAY = `CASE e.precision WHEN 'month' THEN date(e.date, 'start of month', '+1 month', '-1 day')
  WHEN 'year' THEN substr(e.date, 1, 4) || '-12-31' ELSE e.date END`;

type Row = Omit<ElectionRecord, 'votingPlaces'> & { placesJson: string };

const toRecord = ({ placesJson, ...row }: Row): ElectionRecord => ({
  ...row,
  votingPlaces: JSON.parse(placesJson) as VotingPlace[],
});

/** One election, also when deleted. */
export function findElection(db: Db, id: string): ElectionRecord | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM elections e LEFT JOIN advisers u ON u.id = e.updated_by WHERE e.id = ?`).get(id) as
    | Row
    | undefined;
  return row ? toRecord(row) : undefined;
}

/** By its human number (VK-2026-0001), for the CLI. */
export function findElectionIdByNumber(db: Db, number: string): string | undefined {
  const row = statement(db, 'SELECT id FROM elections WHERE number = ? COLLATE NOCASE').get(number) as { id: string } | undefined;
  return row?.id;
}

/**
 * Live elections: those still to come (their last possible day is today or later) first, soonest first, then the
 * past ones (most recent first) when asked for. `text` matches the title,
 * number, country code or source; country names are matched by the caller
 * passing the codes whose name matches.
 */
export function listElectionRecords(
  db: Db,
  options: { today: string; includePast: boolean; text?: string; countryCodes?: readonly string[] },
): ElectionRecord[] {
  const like = options.text ? `%${options.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM elections e LEFT JOIN advisers u ON u.id = e.updated_by
     WHERE e.deleted_at IS NULL
       AND (@includePast = 1 OR ${LAST_POSSIBLE_DAY} >= @today)
       AND (@like IS NULL OR e.title LIKE @like ESCAPE '\\' OR e.number LIKE @like ESCAPE '\\'
            OR e.source LIKE @like ESCAPE '\\' OR e.country IN (SELECT value FROM json_each(@codes)))
     ORDER BY (${LAST_POSSIBLE_DAY} < @today), CASE WHEN ${LAST_POSSIBLE_DAY} >= @today THEN e.date END ASC, e.date DESC, e.round, e.seq`,
  ).all({
    today: options.today,
    includePast: options.includePast ? 1 : 0,
    like,
    codes: JSON.stringify(options.countryCodes ?? []),
  }) as Row[];
  return rows.map(toRecord);
}

/** Live, not held, on or after today, soonest first. */
export function upcomingElectionRecords(db: Db, today: string, limit: number): ElectionRecord[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM elections e LEFT JOIN advisers u ON u.id = e.updated_by
     WHERE e.deleted_at IS NULL AND e.status <> 'gehouden' AND ${LAST_POSSIBLE_DAY} >= ?
     ORDER BY e.date, e.round, e.seq LIMIT ?`,
  ).all(today, limit) as Row[];
  return rows.map(toRecord);
}

function replaceVotingPlaces(db: Db, id: string, places: readonly VotingPlace[]): void {
  statement(db, 'DELETE FROM election_voting_places WHERE election_id = ?').run(id);
  const insert = statement(
    db,
    'INSERT INTO election_voting_places (election_id, position, kind, name, municipality_code, address) VALUES (?, ?, ?, ?, ?, ?)',
  );
  places.forEach((place, index) => insert.run(id, index + 1, place.kind, place.name, place.municipalityCode, place.address));
}

const params = (e: ElectionFields) => ({
  country: e.country,
  kind: e.kind,
  round: e.round,
  date: e.date,
  precision: e.precision,
  status: e.status,
  title: e.title,
  votingFrom: e.votingFrom,
  votingTo: e.votingTo,
  source: e.source,
  verifiedOn: e.verifiedOn,
  notes: e.notes,
});

export function insertElection(db: Db, record: ElectionFields & { id: string; number: string }, stamp: Stamp): void {
  statement(
    db,
    `INSERT INTO elections (id, number, country, kind, round, date, precision, status, title, voting_from, voting_to,
       source, verified_on, notes, created_at, updated_at, updated_by, version)
     VALUES (@id, @number, @country, @kind, @round, @date, @precision, @status, @title, @votingFrom, @votingTo,
       @source, @verifiedOn, @notes, @at, @at, @by, 1)`,
  ).run({ id: record.id, number: record.number, ...params(record), at: stamp.at, by: stamp.by });
  replaceVotingPlaces(db, record.id, record.votingPlaces);
}

export function updateElectionFields(db: Db, id: string, fields: ElectionFields, stamp: Stamp): void {
  statement(
    db,
    `UPDATE elections SET country = @country, kind = @kind, round = @round, date = @date, precision = @precision,
       status = @status, title = @title, voting_from = @votingFrom, voting_to = @votingTo, source = @source,
       verified_on = @verifiedOn, notes = @notes, updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({ id, ...params(fields), at: stamp.at, by: stamp.by });
  replaceVotingPlaces(db, id, fields.votingPlaces);
}

/** Sets the tombstone; the reason stays with it. */
export function setElectionDeleted(db: Db, id: string, reason: string, stamp: Stamp): void {
  statement(
    db,
    `UPDATE elections SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(stamp.at, reason, stamp.at, stamp.by, id);
}
