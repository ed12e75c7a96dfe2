import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/** What linking needs to know about a signal: whether it is live and where it is linked now. */
export interface SignalLink {
  id: string;
  number: string;
  caseId: string | null;
  caseNumber: string | null;
  deletedAt: string | null;
}

/** The signals among the given ids that exist (deleted ones included, so the caller can tell why). */
export function findSignalLinks(db: Db, ids: readonly string[]): SignalLink[] {
  if (ids.length === 0) return [];
  return statement(
    db,
    `SELECT s.id, s.number, s.case_id AS caseId, c.number AS caseNumber, s.deleted_at AS deletedAt
     FROM signals s LEFT JOIN cases c ON c.id = s.case_id
     WHERE s.id IN (SELECT value FROM json_each(?))
     ORDER BY s.seq`,
  ).all(JSON.stringify(ids)) as SignalLink[];
}

/** Moves a signal into a case (or out of any with null); the signal gets a new version. */
export function setSignalCase(db: Db, signalId: string, caseId: string | null, stamp: Stamp): void {
  statement(db, 'UPDATE signals SET case_id = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
    caseId,
    stamp.at,
    stamp.by,
    signalId,
  );
}
