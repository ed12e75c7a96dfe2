import type { Db } from '../connection';

/**
 * After a signal is erased its words must leave the file, not just the index's
 * live view. With secure-delete on, FTS5 already rewrites the segments that held
 * them; 'optimize' then merges every segment into one fresh b-tree, so no older
 * segment (from before secure-delete or from a pending merge) can still hold a
 * token. Costs a rewrite of the index; erasure is rare and deliberate.
 */
export function optimizeSignalSearchIndex(db: Db): void {
  db.prepare("INSERT INTO signals_fts (signals_fts) VALUES ('optimize')").run();
}

/**
 * Copies the WAL into the main file and truncates it to zero bytes, so the
 * pre-erasure page images in the WAL are gone too. Must run outside a
 * transaction. True when the checkpoint completed.
 */
export function checkpointAndTruncateWal(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}

/**
 * Follow-up actions that point at a signal: erasing the signal clears their
 * link (ON DELETE SET NULL), which the erasure audits on each action.
 */
export function actionsLinkedToSignal(db: Db, signalId: string): string[] {
  return (db.prepare('SELECT id FROM follow_up_actions WHERE signal_id = ? ORDER BY seq').all(signalId) as { id: string }[]).map((row) => row.id);
}
