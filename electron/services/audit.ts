import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { insertAuditRow, iterateAuditRows, lastAuditRow, type AuditRow } from '../../db/repositories/auditLog';
import { isRecordEntity, recordStateJson } from '../../db/repositories/auditState';
import type { Actor } from './actor';

export const GENESIS_HASH = '0'.repeat(64);

export interface Change {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'status' | 'delete' | 'restore' | 'erase' | 'export' | 'rekey' | 'settings';
  before?: unknown;
  after?: unknown;
}

/** The entity of the entries that say which payloads an erasure removed. */
export const PAYLOAD_ERASURE_ENTITY = 'auditPayload';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

export function payloadHash(beforeJson: string | null, afterJson: string | null): string {
  return sha256(JSON.stringify([beforeJson, afterJson]));
}

/** Version of the state fingerprint, so a later change of its columns cannot be mistaken for tampering. */
const STATE_FORMAT = '1';

/** The fingerprint of a record's stored state (its canonical JSON), or of its absence. */
export function stateFingerprint(stateJson: string | null): string {
  return sha256(`${STATE_FORMAT}:${stateJson ?? 'absent'}`);
}

/** '' for an entry about something that is not a stored record (a setting, the case file itself). */
function stateAfterChange(db: Db, entity: string, entityId: string): string {
  return isRecordEntity(entity) ? stateFingerprint(recordStateJson(db, entity, entityId)) : '';
}

/**
 * The hash of a row covers every field but the hash itself, including the
 * previous row's hash. Entries from before schema v6 have no state
 * fingerprint and keep the hash they were written with.
 */
export function rowHash(row: Omit<AuditRow, 'hash'>): string {
  const fields: unknown[] = [
    row.seq,
    row.id,
    row.at,
    row.adviserId,
    row.adviserLabel,
    row.entity,
    row.entityId,
    row.action,
    row.payloadSha256,
    row.prevHash,
  ];
  if (row.stateSha256 !== null) fields.push(row.stateSha256);
  return sha256(JSON.stringify(fields));
}

/**
 * Appends one change to the hash-chained audit log. Call it inside the same
 * transaction as the change itself and after the record was written: the
 * entry fingerprints the record as it stands then.
 */
export function recordChange(db: Db, actor: Actor, change: Change, now: Date): void {
  const previous = lastAuditRow(db);
  const beforeJson = toJson(change.before);
  const afterJson = toJson(change.after);
  const partial = {
    seq: (previous?.seq ?? 0) + 1,
    id: randomUUID(),
    at: now.toISOString(),
    adviserId: actor.adviserId,
    adviserLabel: actor.label,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    payloadSha256: payloadHash(beforeJson, afterJson),
    stateSha256: stateAfterChange(db, change.entity, change.entityId),
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  insertAuditRow(db, { ...partial, hash: rowHash(partial) }, { beforeJson, afterJson });
}

/** Seqs as [from, to] runs: an erasure of thousands of entries stays a short entry. */
export function toRanges(seqs: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const seq of [...seqs].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && seq === last[1] + 1) last[1] = seq;
    else if (!last || seq > last[1]) ranges.push([seq, seq]);
  }
  return ranges;
}

/**
 * Records, in its own chained entry, which entries lost their before/after
 * data in an erasure (numbers only, never content). `ess verify` accepts a
 * missing payload only when such an entry covers it. Call in the erasure's
 * transaction; nothing is written when nothing was erased.
 */
export function recordPayloadErasure(db: Db, actor: Actor, erased: { entity: string; entityId: string; seqs: readonly number[] }, now: Date): void {
  if (erased.seqs.length === 0) return;
  recordChange(
    db,
    actor,
    { entity: PAYLOAD_ERASURE_ENTITY, entityId: erased.entityId, action: 'erase', after: { entity: erased.entity, seqs: toRanges(erased.seqs) } },
    now,
  );
}

export interface AuditVerification {
  entries: number;
  valid: boolean;
  /** Entries whose before/after images were erased for privacy; their hashes still chain. */
  erasedPayloads: number;
  firstProblem?: { seq: number; reason: string };
  headHash: string;
  /** Seq of the last entry (0 for an empty chain). */
  headSeq: number;
}

/** The seq runs an erasure entry declares, or null when its payload does not hold them. */
function declaredRanges(afterJson: string | null): [number, number][] | null {
  try {
    const value = JSON.parse(afterJson ?? 'null') as { seqs?: unknown } | null;
    const seqs = value?.seqs;
    if (!Array.isArray(seqs)) return null;
    return seqs.filter((run): run is [number, number] => Array.isArray(run) && run.length === 2 && run.every(Number.isInteger));
  } catch {
    return null;
  }
}

/**
 * Walks the whole chain: sequence, links, row hashes and payload hashes; and
 * every missing payload must be covered by a later erasure entry. Entries
 * from before schema v6 erased by an erasure of that time (which did not list
 * them) are accepted when such an erasure follows them.
 */
export function verifyAuditChain(db: Db): AuditVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let erasedPayloads = 0;
  const missing: { seq: number; legacy: boolean }[] = [];
  const covered: [number, number][] = [];
  let lastLegacyErasure = 0;
  const fail = (seq: number, reason: string): AuditVerification => ({
    entries,
    valid: false,
    erasedPayloads,
    firstProblem: { seq, reason },
    headHash: prevHash,
    headSeq: expectedSeq - 1,
  });
  for (const row of iterateAuditRows(db)) {
    if (row.seq !== expectedSeq) return fail(row.seq, `expected entry ${expectedSeq}: entries are missing`);
    if (row.prevHash !== prevHash) return fail(row.seq, 'link to the previous entry is broken');
    if (rowHash(row) !== row.hash) return fail(row.seq, 'entry was altered after it was written');
    if (!row.hasPayload) {
      erasedPayloads += 1;
      missing.push({ seq: row.seq, legacy: row.stateSha256 === null });
    } else if (payloadHash(row.beforeJson, row.afterJson) !== row.payloadSha256) {
      return fail(row.seq, 'before/after data was altered after it was written');
    } else if (row.action === 'erase' && row.stateSha256 === null) {
      lastLegacyErasure = row.seq;
    } else if (row.entity === PAYLOAD_ERASURE_ENTITY && row.action === 'erase') {
      for (const [from, to] of declaredRanges(row.afterJson) ?? []) if (from < row.seq) covered.push([from, Math.min(to, row.seq - 1)]);
    }
    prevHash = row.hash;
    expectedSeq += 1;
    entries += 1;
  }
  const isCovered = (seq: number) => covered.some(([from, to]) => seq >= from && seq <= to);
  const uncovered = missing.find(({ seq, legacy }) => !(legacy && seq < lastLegacyErasure) && !isCovered(seq));
  if (uncovered) {
    return fail(uncovered.seq, 'before/after data was removed outside the audited erasure path (no erasure entry covers it)');
  }
  return { entries, valid: true, erasedPayloads, headHash: prevHash, headSeq: expectedSeq - 1 };
}
