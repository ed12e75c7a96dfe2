import { addContactMomentSignal, touchContactMoment } from '../../../db/repositories/contactMoments';
import type { Signal, SignalInput } from '../../../shared/domain/signal';
import type { WriteContext } from '../context';
import { getSignal } from '../signals/reads';
import { createSignal } from '../signals/writes';
import { auditContactMoment, liveContactMoment, stampOf } from './writes';

/**
 * Registers a signal heard at a contact moment and links the two, as one
 * transaction: the signals service registers it (its own validation, number
 * and audit entry; its transaction nests as a savepoint), then the contact
 * moment gains the link, a new version and an audit entry naming its signals
 * before and after. If anything fails, neither the signal nor the link exists.
 */
export function registerSignalFromContactMoment(ctx: WriteContext, contactMomentId: string, signalInput: SignalInput): Signal {
  const signalId = ctx.db.transaction(() => {
    const moment = liveContactMoment(ctx, contactMomentId);
    const signal = createSignal(ctx, signalInput);
    addContactMomentSignal(ctx.db, contactMomentId, signal.id);
    touchContactMoment(ctx.db, contactMomentId, stampOf(ctx));
    auditContactMoment(
      ctx,
      contactMomentId,
      'update',
      { signalIds: moment.signalIds },
      { signalIds: [...moment.signalIds, signal.id].sort() },
    );
    return signal.id;
  })();
  return getSignal(ctx.db, signalId);
}
