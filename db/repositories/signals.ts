import type { Db } from '../connection';
import { statement } from '../statements';
import type { Signal, SignalInput } from '../../shared/domain/signal';

/** Who changed a record and when: lands in updated_at/updated_by of every write. */
export interface Stamp {
  at: string;
  by: string | null;
}

/** The columns of a signal that an adviser edits (its links live in signalLinks.ts). */
export type SignalFields = Omit<SignalInput, 'municipalities' | 'themes'>;

/** Field name → column, for inserts and updates; names never come from input. */
const FIELD_COLUMNS: Record<keyof SignalFields, string> = {
  title: 'title',
  description: 'description',
  interpretation: 'interpretation',
  observedOn: 'observed_on',
  receivedOn: 'received_on',
  isNational: 'is_national',
  location: 'location',
  community: 'community',
  stateActor: 'state_actor',
  phase: 'phase',
  urgency: 'urgency',
  trend: 'trend',
  sourceType: 'source_type',
  sourceReliability: 'source_reliability',
  infoCredibility: 'info_credibility',
  status: 'status',
  caseId: 'case_id',
  ownerId: 'owner_id',
  classification: 'classification',
  containsPersonalData: 'contains_personal_data',
  retainUntil: 'retain_until',
};
const FIELDS = Object.keys(FIELD_COLUMNS) as (keyof SignalFields)[];

/** Booleans are stored as 0/1 (STRICT tables have no boolean type). */
function toColumnValue(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export function insertSignal(
  db: Db,
  signal: { id: string; number: string; urgencyRank: number } & SignalFields,
  stamp: Stamp,
): void {
  const columns = FIELDS.map((field) => FIELD_COLUMNS[field]);
  statement(
    db,
    `INSERT INTO signals (id, number, urgency_rank, ${columns.join(', ')}, created_at, updated_at, updated_by, version)
     VALUES (?, ?, ?, ${columns.map(() => '?').join(', ')}, ?, ?, ?, 1)`,
  ).run(
    signal.id,
    signal.number,
    signal.urgencyRank,
    ...FIELDS.map((field) => toColumnValue(signal[field])),
    stamp.at,
    stamp.at,
    stamp.by,
  );
}

/**
 * Writes the given fields if the stored version is still `version`; false when
 * someone else changed the signal meanwhile (or it does not exist).
 */
export function updateSignalFields(
  db: Db,
  id: string,
  version: number,
  fields: Partial<SignalFields> & { urgencyRank?: number },
  stamp: Stamp,
): boolean {
  const names = FIELDS.filter((field) => field in fields);
  const assignments = names.map((field) => `${FIELD_COLUMNS[field]} = ?`);
  const values = names.map((field) => toColumnValue(fields[field]));
  if (fields.urgencyRank !== undefined) {
    assignments.push('urgency_rank = ?');
    values.push(fields.urgencyRank);
  }
  const result = statement(
    db,
    `UPDATE signals SET ${[...assignments, 'updated_at = ?', 'updated_by = ?', 'version = version + 1'].join(', ')}
     WHERE id = ? AND version = ?`,
  ).run(...values, stamp.at, stamp.by, id, version);
  return result.changes === 1;
}

/** Marks a change that lives outside the signal row (a share, new links), so the version still moves. */
export function touchSignal(db: Db, id: string, stamp: Stamp): void {
  statement(db, 'UPDATE signals SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
    stamp.at,
    stamp.by,
    id,
  );
}

export function setSignalDeleted(
  db: Db,
  id: string,
  deleted: { at: string; reason: string; mergedIntoId?: string } | null,
  stamp: Stamp,
): void {
  statement(
    db,
    `UPDATE signals SET deleted_at = ?, deleted_reason = ?, merged_into_id = coalesce(?, merged_into_id),
       updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(deleted?.at ?? null, deleted?.reason ?? null, deleted?.mergedIntoId ?? null, stamp.at, stamp.by, id);
}

/** Detaches signals that were merged into one that is being erased (the reference would dangle). */
export function clearMergedInto(db: Db, ids: readonly string[], stamp: Stamp): void {
  statement(
    db,
    `UPDATE signals SET merged_into_id = NULL, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(stamp.at, stamp.by, JSON.stringify(ids));
}

/** Removes the row for good; links and shares go by ON DELETE CASCADE, the FTS entry by trigger. */
export function deleteSignalRow(db: Db, id: string): void {
  statement(db, 'DELETE FROM signals WHERE id = ?').run(id);
}

/**
 * The signals merged into this one. signals.merged_into_id has no index, so
 * rather than scan every signal, the candidates come from the target's own
 * merge entries in the audit log (indexed by entity id) and are then confirmed
 * against merged_into_id, so the answer is always what the signals table says.
 */
export function mergedSourceIds(db: Db, targetId: string): string[] {
  const rows = statement(
    db,
    `SELECT s.id FROM signals s
     WHERE s.merged_into_id = ? AND s.id IN (
       SELECT json_extract(p.after_json, '$.mergedFrom.id')
       FROM audit_log l JOIN audit_payload p ON p.seq = l.seq
       WHERE l.entity = 'signal' AND l.entity_id = ? AND l.action = 'update'
         AND json_extract(p.after_json, '$.mergedFrom.id') IS NOT NULL)
     ORDER BY s.seq`,
  ).all(targetId, targetId) as { id: string }[];
  return rows.map((row) => row.id);
}

interface SignalRow extends Omit<Signal, 'isNational' | 'containsPersonalData' | 'themes' | 'municipalities' | 'municipalityNames' | 'shares' | 'mergedFrom' | 'mergedInto'> {
  isNational: 0 | 1;
  containsPersonalData: 0 | 1;
  themesJson: string;
  municipalitiesJson: string;
  sharesJson: string;
  mergedIntoId: string | null;
  mergedIntoNumber: string | null;
}

const SELECT_SIGNAL = `
SELECT s.id, s.number, s.title, s.description, s.interpretation, s.observed_on AS observedOn,
  s.received_on AS receivedOn, s.is_national AS isNational, s.location, s.community, s.state_actor AS stateActor,
  s.phase, s.urgency, s.trend, s.source_type AS sourceType, s.source_reliability AS sourceReliability,
  s.info_credibility AS infoCredibility, s.status, s.case_id AS caseId, s.owner_id AS ownerId, s.classification,
  s.contains_personal_data AS containsPersonalData, s.retain_until AS retainUntil, s.created_at AS createdAt,
  s.updated_at AS updatedAt, s.updated_by AS updatedBy, s.version, s.deleted_at AS deletedAt,
  s.deleted_reason AS deletedReason, c.number AS caseNumber, c.title AS caseTitle, a.name AS ownerName,
  t.id AS mergedIntoId, t.number AS mergedIntoNumber,
  (SELECT json_group_array(theme_code) FROM signal_themes WHERE signal_id = s.id) AS themesJson,
  (SELECT json_group_array(json_array(code, name)) FROM (
     SELECT m.code, m.name FROM signal_municipalities sm JOIN municipalities m ON m.code = sm.municipality_code
     WHERE sm.signal_id = s.id ORDER BY m.name)) AS municipalitiesJson,
  (SELECT json_group_array(json_object('id', id, 'organisation', organisation, 'sharedOn', shared_on,
       'channel', channel, 'createdAt', created_at, 'createdBy', created_by)) FROM (
     SELECT * FROM signal_shares WHERE signal_id = s.id ORDER BY shared_on, created_at)) AS sharesJson
FROM signals s
LEFT JOIN cases c ON c.id = s.case_id
LEFT JOIN advisers a ON a.id = s.owner_id
LEFT JOIN signals t ON t.id = s.merged_into_id
WHERE s.id = ?`;

/** One signal with its links, shares, case, owner and merge relations; undefined when unknown. */
export function findSignal(db: Db, id: string, options: { withMergedFrom?: boolean } = {}): Signal | undefined {
  const row = statement(db, SELECT_SIGNAL).get(id) as SignalRow | undefined;
  if (!row) return undefined;
  const { themesJson, municipalitiesJson, sharesJson, mergedIntoId, mergedIntoNumber, ...rest } = row;
  const municipalities = JSON.parse(municipalitiesJson) as [string, string][];
  const mergedFrom = options.withMergedFrom === false ? [] : signalNumbers(db, mergedSourceIds(db, id));
  return {
    ...rest,
    isNational: rest.isNational === 1,
    containsPersonalData: rest.containsPersonalData === 1,
    themes: JSON.parse(themesJson) as string[],
    municipalities: municipalities.map(([code]) => code),
    municipalityNames: municipalities.map(([, name]) => name),
    shares: JSON.parse(sharesJson) as Signal['shares'],
    mergedFrom,
    mergedInto: mergedIntoId && mergedIntoNumber ? { id: mergedIntoId, number: mergedIntoNumber } : null,
  } as Signal;
}

function signalNumbers(db: Db, ids: readonly string[]): { id: string; number: string }[] {
  if (ids.length === 0) return [];
  return statement(
    db,
    'SELECT id, number FROM signals WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq',
  ).all(JSON.stringify(ids)) as { id: string; number: string }[];
}
