import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { nextNumber } from '../../../db/repositories/numbers';
import { addSignalLinks, insertSignalShare, replaceSignalLinks } from '../../../db/repositories/signalLinks';
import {
  findSignal,
  insertSignal,
  setSignalDeleted,
  touchSignal,
  updateSignalFields,
  type SignalFields,
} from '../../../db/repositories/signals';
import { SIGNAL_STATUSES, type SignalStatus } from '../../../shared/domain/enums';
import { shareSignalSchema, type Signal, type SignalInput } from '../../../shared/domain/signal';
import { AppError } from '../../../shared/errors';
import type { WriteContext } from '../context';
import { invalid, parseOrThrow, todayInNetherlands } from '../validation';
import { changedFields, inputOf, urgencyRank } from './changes';
import { auditSignal, requireSignal, stampOf } from './common';
import { validateSignalInput } from './validate';

/**
 * Registers a signal: number SIG-<year>-NNNN (the year of registration in the
 * Netherlands), owned by the adviser at work unless another owner is chosen.
 */
export function createSignal(ctx: WriteContext, input: SignalInput): Signal {
  const { db } = ctx;
  return db.transaction(() => {
    const valid = validateSignalInput(db, input, ctx.now, 'Create signal');
    const signal = { ...valid, ownerId: valid.ownerId ?? ctx.actor.adviserId };
    const id = randomUUID();
    // Inside the transaction, so a rolled-back registration does not use up a number.
    const number = nextNumber(db, 'SIG', Number(todayInNetherlands(ctx.now).slice(0, 4)));
    const { municipalities, themes, ...fields } = signal;
    insertSignal(db, { id, number, urgencyRank: urgencyRank(signal.urgency), ...fields }, stampOf(ctx));
    addSignalLinks(db, id, 'municipalities', municipalities);
    addSignalLinks(db, id, 'themes', themes);
    auditSignal(ctx, id, 'create', undefined, { number, ...signal });
    // A new signal has nothing merged into it: skip that lookup on the hot path (bulk import, demo).
    return findSignal(db, id, { withMergedFrom: false })!;
  })();
}

/**
 * Saves an edited signal if nobody changed it since `version` was read
 * (CONFLICT otherwise). The audit gets only the changed fields; a status
 * change gets its own 'status' entry, as the case timeline reads those.
 */
export function updateSignal(ctx: WriteContext, id: string, version: number, input: SignalInput): Signal {
  const { db } = ctx;
  return db.transaction(() => {
    const existing = requireSignal(ctx, id);
    if (existing.version !== version) throw conflict(existing);
    const next = validateSignalInput(db, input, ctx.now, 'Update signal', existing);
    const diff = changedFields(inputOf(existing), next);
    if (diff.fields.length === 0) return existing;

    const columns: Partial<SignalFields> & { urgencyRank?: number } = {};
    for (const field of diff.fields) {
      if (field !== 'municipalities' && field !== 'themes') Object.assign(columns, { [field]: next[field] });
    }
    if (diff.fields.includes('urgency')) columns.urgencyRank = urgencyRank(next.urgency);
    if (!updateSignalFields(db, id, version, columns, stampOf(ctx))) throw conflict(existing);
    if (diff.fields.includes('municipalities')) replaceSignalLinks(db, id, 'municipalities', next.municipalities);
    if (diff.fields.includes('themes')) replaceSignalLinks(db, id, 'themes', next.themes);

    const { status: statusBefore, ...before } = diff.before;
    const { status: statusAfter, ...after } = diff.after;
    if (Object.keys(after).length > 0) auditSignal(ctx, id, 'update', before, after);
    if (statusAfter !== undefined) auditSignal(ctx, id, 'status', { status: statusBefore }, { status: statusAfter });
    return findSignal(db, id)!;
  })();
}

function conflict(signal: Signal): AppError {
  return new AppError('CONFLICT', `Signal ${signal.number} was changed by someone else meanwhile; reload it`);
}

const statusSchema = z.object({ status: z.enum(SIGNAL_STATUSES, 'validation.status') });

/** Moves a signal to another status; who and when are in the audit entry. */
export function setSignalStatus(ctx: WriteContext, id: string, status: SignalStatus): Signal {
  const { db } = ctx;
  const parsed = parseOrThrow(statusSchema, { status }, 'Change signal status');
  return db.transaction(() => {
    const existing = requireSignal(ctx, id);
    if (existing.status === parsed.status) return existing;
    updateSignalFields(db, id, existing.version, { status: parsed.status }, stampOf(ctx));
    auditSignal(ctx, id, 'status', { status: existing.status }, { status: parsed.status });
    return findSignal(db, id)!;
  })();
}

/** Statuses that sharing moves on to 'gedeeld': the signal has left the adviser's desk. */
const SHARE_ADVANCES: readonly SignalStatus[] = ['nieuw', 'in-duiding'];

/** Records that a signal was shared with an organisation (date, channel). */
export function shareSignal(
  ctx: WriteContext,
  share: { id: string; organisation: string; sharedOn: string; channel: string },
): Signal {
  const { db } = ctx;
  const parsed = parseOrThrow(shareSignalSchema, share, 'Share signal');
  if (parsed.sharedOn > todayInNetherlands(ctx.now)) {
    throw invalid('Share signal', [{ path: 'sharedOn', message: 'validation.dateInFuture' }]);
  }
  return db.transaction(() => {
    const existing = requireSignal(ctx, parsed.id);
    const stamp = stampOf(ctx);
    const shareId = randomUUID();
    const { id: signalId, ...details } = parsed;
    insertSignalShare(db, { id: shareId, signalId, ...details, createdAt: stamp.at, createdBy: stamp.by });
    const advance = SHARE_ADVANCES.includes(existing.status);
    if (advance) updateSignalFields(db, signalId, existing.version, { status: 'gedeeld' }, stamp);
    else touchSignal(db, signalId, stamp);
    auditSignal(ctx, signalId, 'update', undefined, { share: { id: shareId, ...details } });
    if (advance) auditSignal(ctx, signalId, 'status', { status: existing.status }, { status: 'gedeeld' });
    return findSignal(db, signalId)!;
  })();
}

const reasonSchema = z.object({ reason: z.string().trim().min(3, 'validation.reason').max(500, 'validation.tooLong') });

/** Soft delete with a reason: the signal leaves lists but can be restored. */
export function deleteSignal(ctx: WriteContext, id: string, reason: string): Signal {
  const { db } = ctx;
  const parsed = parseOrThrow(reasonSchema, { reason }, 'Delete signal');
  return db.transaction(() => {
    const existing = requireSignal(ctx, id);
    if (existing.deletedAt !== null) return existing;
    const stamp = stampOf(ctx);
    setSignalDeleted(db, id, { at: stamp.at, reason: parsed.reason }, stamp);
    auditSignal(ctx, id, 'delete', { deletedAt: null, deletedReason: null }, { deletedAt: stamp.at, deletedReason: parsed.reason });
    return findSignal(db, id)!;
  })();
}

/** Undoes a soft delete. A merged signal stays merged: its content lives on in the target. */
export function restoreSignal(ctx: WriteContext, id: string): Signal {
  const { db } = ctx;
  return db.transaction(() => {
    const existing = requireSignal(ctx, id);
    if (existing.mergedInto) {
      throw invalid('Restore signal', [{ path: 'id', message: 'validation.signalMerged', detail: existing.mergedInto.number }]);
    }
    if (existing.deletedAt === null) return existing;
    setSignalDeleted(db, id, null, stampOf(ctx));
    auditSignal(
      ctx,
      id,
      'restore',
      { deletedAt: existing.deletedAt, deletedReason: existing.deletedReason },
      { deletedAt: null, deletedReason: null },
    );
    return findSignal(db, id)!;
  })();
}
