import type { SignalLink } from '../../../db/repositories/caseSignals';
import { setSignalCase } from '../../../db/repositories/caseSignals';
import { touchCase, type Stamp } from '../../../db/repositories/cases';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';

export function stampOf(ctx: WriteContext): Stamp {
  return { at: ctx.now.toISOString(), by: ctx.actor.adviserId };
}

/**
 * Moves signals into a case (or out of any case with null). Each moved signal
 * gets its own audit entry (caseId before/after), and a case it leaves records
 * which signal went, so both sides of a move can be traced from either history.
 * The receiving case's entry is left to the caller, which knows whether this
 * is a creation or an addition. Call inside the caller's transaction.
 *
 * Returns the numbers of the signals that actually moved.
 */
export function moveSignals(ctx: WriteContext, signals: readonly SignalLink[], caseId: string | null): string[] {
  const stamp = stampOf(ctx);
  const moved: string[] = [];
  for (const signal of signals) {
    if (signal.caseId === caseId) continue;
    setSignalCase(ctx.db, signal.id, caseId, stamp);
    recordChange(
      ctx.db,
      ctx.actor,
      { entity: 'signal', entityId: signal.id, action: 'update', before: { caseId: signal.caseId }, after: { caseId } },
      ctx.now,
    );
    if (signal.caseId !== null) {
      touchCase(ctx.db, signal.caseId, stamp);
      recordChange(
        ctx.db,
        ctx.actor,
        { entity: 'case', entityId: signal.caseId, action: 'update', after: { removedSignal: signal.number } },
        ctx.now,
      );
    }
    moved.push(signal.number);
  }
  return moved;
}

/** The receiving case's side of a move: one new version and one entry naming the signals added. */
export function recordSignalsAdded(ctx: WriteContext, caseId: string, numbers: readonly string[]): void {
  if (numbers.length === 0) return;
  touchCase(ctx.db, caseId, stampOf(ctx));
  recordChange(ctx.db, ctx.actor, { entity: 'case', entityId: caseId, action: 'update', after: { addedSignals: numbers } }, ctx.now);
}
