import { findSignal } from '../../../db/repositories/signals';
import type { BulkResult, SignalBulkChange } from '../../../shared/contract/bulkChannels';
import type { Signal, SignalInput } from '../../../shared/domain/signal';
import { applyToAll, refusalOf, type BulkRefusal } from '../bulkBatch';
import type { WriteContext } from '../context';
import { inputOf } from './changes';
import { updateSignal } from './writes';

/** The signal's form values with the bulk change applied. */
function changed(signal: Signal, change: SignalBulkChange): SignalInput {
  const input = inputOf(signal);
  if (change.kind === 'status') return { ...input, status: change.status };
  if (change.kind === 'owner') return { ...input, ownerId: change.ownerId };
  return { ...input, status: 'afgesloten' };
}

/**
 * Changes status or owner of a selection of signals, or closes them
 * ("Afsluiten": status afgesloten), in one transaction, all or nothing. Each
 * signal is saved through updateSignal, exactly as its form would save it:
 * the same validation, and the same audit entries ('status' for a status,
 * 'update' for the owner) per signal. A deleted or merged signal is refused.
 */
export function bulkUpdateSignals(ctx: WriteContext, ids: readonly string[], change: SignalBulkChange): BulkResult {
  return applyToAll(ctx, 'Bulk update signals', ids, (id): boolean | BulkRefusal => {
    const signal = findSignal(ctx.db, id);
    if (!signal) return { number: id, message: 'errors.NOT_FOUND' };
    if (signal.mergedInto) return { number: signal.number, message: 'bulk.refusal.merged' };
    if (signal.deletedAt !== null) return { number: signal.number, message: 'bulk.refusal.deleted' };
    try {
      const saved = updateSignal(ctx, id, signal.version, changed(signal, change));
      return saved.version !== signal.version;
    } catch (error) {
      return refusalOf(signal.number, error);
    }
  });
}
