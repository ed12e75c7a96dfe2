import type { Db } from '../connection';
import { statement } from '../statements';

export interface AuditRow {
  seq: number;
  id: string;
  at: string;
  adviserId: string | null;
  adviserLabel: string;
  entity: string;
  entityId: string;
  action: string;
  payloadSha256: string;
  /** Fingerprint of the record after the change (schema v6); null on older entries. */
  stateSha256: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditPayload {
  beforeJson: string | null;
  afterJson: string | null;
}

/**
 * `ess verify` reads files it does not migrate: before schema v6 the column
 * is absent and every entry reads as written without a state fingerprint.
 */
function stateColumn(db: Db): string {
  const names = statement(db, 'SELECT name FROM pragma_table_info(?)').all('audit_log') as { name: string }[];
  return names.some((column) => column.name === 'state_sha256') ? 'l.state_sha256' : 'NULL';
}

const columns = (db: Db) => `l.seq, l.id, l.at, l.adviser_id AS adviserId, l.adviser_label AS adviserLabel, l.entity,
  l.entity_id AS entityId, l.action, l.payload_sha256 AS payloadSha256, ${stateColumn(db)} AS stateSha256,
  l.prev_hash AS prevHash, l.hash`;

export function lastAuditRow(db: Db): Pick<AuditRow, 'seq' | 'hash'> | undefined {
  return statement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | Pick<AuditRow, 'seq' | 'hash'>
    | undefined;
}

/** The hash of the entry at `seq`, or undefined when the chain has no such entry. */
export function auditHashAt(db: Db, seq: number): string | undefined {
  return (statement(db, 'SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string } | undefined)?.hash;
}

export function insertAuditRow(db: Db, row: AuditRow, payload: AuditPayload): void {
  statement(
    db,
    `INSERT INTO audit_log (seq, id, at, adviser_id, adviser_label, entity, entity_id, action, payload_sha256, state_sha256, prev_hash, hash)
     VALUES (@seq, @id, @at, @adviserId, @adviserLabel, @entity, @entityId, @action, @payloadSha256, @stateSha256, @prevHash, @hash)`,
  ).run(row);
  statement(db, 'INSERT INTO audit_payload (seq, before_json, after_json) VALUES (?, ?, ?)').run(
    row.seq,
    payload.beforeJson,
    payload.afterJson,
  );
}

export type AuditRowWithPayload = AuditRow & AuditPayload & { hasPayload: 0 | 1 };

/** Streams the whole chain in order with its payloads (hasPayload 0 once erased). */
export function* iterateAuditRows(db: Db): Generator<AuditRowWithPayload> {
  const statement = db.prepare(
    `SELECT ${columns(db)}, p.before_json AS beforeJson, p.after_json AS afterJson, p.seq IS NOT NULL AS hasPayload
     FROM audit_log l LEFT JOIN audit_payload p ON p.seq = l.seq ORDER BY l.seq`,
  );
  yield* statement.iterate() as Iterable<AuditRowWithPayload>;
}

export function countAuditRows(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

export type AuditEntry = Pick<AuditRow, 'seq' | 'at' | 'adviserLabel' | 'entityId' | 'action'> & AuditPayload & { hasPayload: 0 | 1 };

/** The entries of some records of one entity, newest first, with their before/after data if not erased. */
export function auditEntriesOf(db: Db, entity: string, entityIds: readonly string[]): AuditEntry[] {
  return statement(
    db,
    `SELECT l.seq, l.at, l.adviser_label AS adviserLabel, l.entity_id AS entityId, l.action,
       p.before_json AS beforeJson, p.after_json AS afterJson, p.seq IS NOT NULL AS hasPayload
     FROM audit_log l LEFT JOIN audit_payload p ON p.seq = l.seq
     WHERE l.entity = ? AND l.entity_id IN (SELECT value FROM json_each(?))
     ORDER BY l.seq DESC`,
  ).all(entity, JSON.stringify(entityIds)) as AuditEntry[];
}

/** The last entry of every record of one entity that has entries: its seq, action and state fingerprint. */
export function lastEntryPerRecord(db: Db, entity: string): Map<string, { seq: number; stateSha256: string | null }> {
  const rows = statement(
    db,
    `SELECT l.entity_id AS entityId, l.seq, ${stateColumn(db)} AS stateSha256
     FROM audit_log l
     JOIN (SELECT entity_id, max(seq) AS seq FROM audit_log WHERE entity = ? GROUP BY entity_id) last ON last.seq = l.seq`,
  ).all(entity) as { entityId: string; seq: number; stateSha256: string | null }[];
  return new Map(rows.map((row) => [row.entityId, { seq: row.seq, stateSha256: row.stateSha256 }]));
}

/** The stored payloads of one record's entries, for an erasure to test what they hold. */
export function payloadsOfRecord(db: Db, entity: string, entityId: string): ({ seq: number } & AuditPayload)[] {
  return statement(
    db,
    `SELECT p.seq, p.before_json AS beforeJson, p.after_json AS afterJson
     FROM audit_log l JOIN audit_payload p ON p.seq = l.seq
     WHERE l.entity = ? AND l.entity_id = ? ORDER BY l.seq`,
  ).all(entity, entityId) as ({ seq: number } & AuditPayload)[];
}

/**
 * Erasure: drops the before/after data of the given entries. The entries
 * stay, and their payload hashes keep the chain verifiable; with secure_delete
 * on, the freed bytes are overwritten. Returns the seqs that lost a payload,
 * which the erasure must record in the chain (see recordPayloadErasure).
 */
export function eraseAuditPayloads(db: Db, seqs: readonly number[]): number[] {
  if (seqs.length === 0) return [];
  return (
    statement(db, 'DELETE FROM audit_payload WHERE seq IN (SELECT value FROM json_each(?)) RETURNING seq').all(JSON.stringify(seqs)) as {
      seq: number;
    }[]
  )
    .map((row) => row.seq)
    .sort((a, b) => a - b);
}

/** Erasure of every entry about one record (see eraseAuditPayloads). */
export function eraseAuditPayloadsOf(db: Db, entity: string, entityId: string): number[] {
  return eraseAuditPayloads(
    db,
    payloadsOfRecord(db, entity, entityId).map((row) => row.seq),
  );
}
