import { eraseAuditPayloadsOf } from '../../../db/repositories/auditLog';
import { deleteDraftsMentioning } from '../../../db/repositories/drafts';
import { actionsLinkedToSignal, checkpointAndTruncateWal, optimizeSignalSearchIndex } from '../../../db/repositories/signalErasure';
import { clearMergedInto, deleteSignalRow, mergedSourceIds } from '../../../db/repositories/signals';
import { recordChange, recordPayloadErasure } from '../audit';
import { forgetInBriefings } from '../briefings/erasure';
import type { WriteContext } from '../context';
import { invalid } from '../validation';
import { auditSignal, requireSignal, stampOf } from './common';

/** What stands where an erased signal's title stood in a note's text. */
export const ERASED_SIGNAL_PLACEHOLDER = '[gewist signaal]';

/**
 * A title copied into a note's sections is removed with the signal; a very
 * short title ("Onrust") would also hit the adviser's own words, so those
 * are left to the stored copies' withdrawal and the adviser's eye.
 */
function titlePattern(title: string): RegExp | null {
  const trimmed = title.trim();
  if (trimmed.length < 12) return null;
  return new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

/**
 * Erases a signal for privacy reasons: unlike a soft delete, its content must
 * be gone from the case file afterwards, including its history and the bytes
 * on disk. The adviser confirms by typing the signal's number.
 *
 * Removed: the row (links and shares cascade, the FTS entry by trigger), the
 * before/after data of all its audit entries, and its traces in briefing notes
 * (selection, copied title, stored copies of exports that included it). Kept: the audit entries
 * themselves (their payload hashes keep the chain verifiable), one 'erase'
 * entry that names only the number, and one entry listing the entries whose
 * data went (so `ess verify` can tell this erasure from tampering).
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
    forgetInBriefings(ctx, {
      reference: signal.number,
      recordIds: [id],
      text: titlePattern(signal.title),
      placeholder: ERASED_SIGNAL_PLACEHOLDER,
    });
    const erasedSeqs = eraseAuditPayloadsOf(db, 'signal', id);
    const linkedActions = actionsLinkedToSignal(db, id);
    deleteSignalRow(db, id);
    deleteDraftsMentioning(db, id, [signal.number]);
    optimizeSignalSearchIndex(db);
    auditSignal(ctx, id, 'erase', undefined, { number: signal.number });
    for (const actionId of linkedActions) {
      recordChange(db, ctx.actor, { entity: 'action', entityId: actionId, action: 'update', before: { signalId: id }, after: { signalId: null } }, ctx.now);
    }
    recordPayloadErasure(db, ctx.actor, { entity: 'signal', entityId: id, seqs: erasedSeqs }, ctx.now);
  })();
  // Outside the transaction: a checkpoint cannot run inside one.
  checkpointAndTruncateWal(db);
}
