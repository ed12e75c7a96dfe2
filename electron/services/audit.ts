import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { insertAuditRow, iterateAuditRows, lastAuditRow, type AuditRow } from '../../db/repositories/auditLog';
import type { Actor } from './actor';

export const GENESIS_HASH = '0'.repeat(64);

export interface Change {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'status' | 'delete' | 'restore' | 'erase' | 'export' | 'rekey' | 'settings';
  before?: unknown;
  after?: unknown;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

export function payloadHash(beforeJson: string | null, afterJson: string | null): string {
  return sha256(JSON.stringify([beforeJson, afterJson]));
}

/** The hash of a row covers every field but the hash itself, including the previous row's hash. */
export function rowHash(row: Omit<AuditRow, 'hash'>): string {
  return sha256(
    JSON.stringify([
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
    ]),
  );
}

/**
 * Appends one change to the hash-chained audit log. Call it inside the same
 * transaction as the change itself, so a change never lands without its entry.
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
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  insertAuditRow(db, { ...partial, hash: rowHash(partial) }, { beforeJson, afterJson });
}

export interface AuditVerification {
  entries: number;
  valid: boolean;
  /** Entries whose before/after images were erased for privacy; their hashes still chain. */
  erasedPayloads: number;
  firstProblem?: { seq: number; reason: string };
  headHash: string;
}

/** Walks the whole chain: sequence, links, row hashes and payload hashes. */
export function verifyAuditChain(db: Db): AuditVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let erasedPayloads = 0;
  const fail = (seq: number, reason: string): AuditVerification => ({
    entries,
    valid: false,
    erasedPayloads,
    firstProblem: { seq, reason },
    headHash: prevHash,
  });
  for (const row of iterateAuditRows(db)) {
    if (row.seq !== expectedSeq) return fail(row.seq, `expected entry ${expectedSeq}: entries are missing`);
    if (row.prevHash !== prevHash) return fail(row.seq, 'link to the previous entry is broken');
    if (rowHash(row) !== row.hash) return fail(row.seq, 'entry was altered after it was written');
    if (!row.hasPayload) {
      erasedPayloads += 1;
    } else if (payloadHash(row.beforeJson, row.afterJson) !== row.payloadSha256) {
      return fail(row.seq, 'before/after data was altered after it was written');
    }
    prevHash = row.hash;
    expectedSeq += 1;
    entries += 1;
  }
  return { entries, valid: true, erasedPayloads, headHash: prevHash };
}
