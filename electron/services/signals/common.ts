import { findSignal, type Stamp } from '../../../db/repositories/signals';
import type { Signal } from '../../../shared/domain/signal';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';

export function stampOf(ctx: WriteContext): Stamp {
  return { at: ctx.now.toISOString(), by: ctx.actor.adviserId };
}

/** The signal as stored now, for a write; NOT_FOUND if the id is unknown. */
export function requireSignal(ctx: WriteContext, id: string): Signal {
  const signal = findSignal(ctx.db, id);
  if (!signal) throw new AppError('NOT_FOUND', `Signal ${id} not found`);
  return signal;
}

/** One audit entry about a signal; call inside the write's transaction. */
export function auditSignal(
  ctx: WriteContext,
  id: string,
  action: Change['action'],
  before: unknown,
  after: unknown,
): void {
  recordChange(ctx.db, ctx.actor, { entity: 'signal', entityId: id, action, before, after }, ctx.now);
}
