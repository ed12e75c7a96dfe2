import { eraseAuditPayloadsOf } from '../../../db/repositories/auditLog';
import { checkpointAndTruncateWal, optimizeSignalSearchIndex } from '../../../db/repositories/signalErasure';
import { clearMergedInto, deleteSignalRow, mergedSourceIds } from '../../../db/repositories/signals';
import type { WriteContext } from '../context';
import { invalid } from '../validation';
import { auditSignal, requireSignal, stampOf } from './common';

/**
 * Erases a signal for privacy reasons: unlike a soft delete, its content must
 * be gone from the case file afterwards, including its history and the bytes
 * on disk. The adviser confirms by typing the signal's number.
 *
 * Removed: the row (links and shares cascade, the FTS entry by trigger) and the
 * before/after data of all its audit entries. Kept: the audit entries
 * themselves (their payload hashes keep the chain verifiable) plus one 'erase'
 * entry that names only the number.
 */
export function eraseSignal(ctx: WriteContext, id: string, confirmNumber: string): void {
  const { db } = ctx;
  db.transaction(() => {
    const signal = requireSignal(ctx, id);
    if (confirmNumber.trim() !== signal.number) {
      throw invalid('Erase signal', [{ path: 'confirmNumber', message: 'validation.confirmNumber' }]);
    }
    const stamp = stampOf(ctx);
    // Signals merged into this one would point at nothing; they stay soft-deleted on their own.
    const sources = mergedSourceIds(db, id);
    if (sources.length > 0) {
      clearMergedInto(db, sources, stamp);
      for (const sourceId of sources) {
        auditSignal(ctx, sourceId, 'update', { mergedInto: { id, number: signal.number } }, { mergedInto: null });
      }
    }
    eraseAuditPayloadsOf(db, 'signal', id);
    deleteSignalRow(db, id);
    optimizeSignalSearchIndex(db);
    auditSignal(ctx, id, 'erase', undefined, { number: signal.number });
  })();
  // Outside the transaction: a checkpoint cannot run inside one.
  checkpointAndTruncateWal(db);
}
