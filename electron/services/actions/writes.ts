import { randomUUID } from 'node:crypto';
import {
  findAction,
  findActionHeader,
  findActionState,
  insertAction,
  setActionDeleted,
  updateActionFields,
  type ActionState,
  type Stamp,
} from '../../../db/repositories/followUpActions';
import { nextNumber } from '../../../db/repositories/numbers';
import type { FollowUpAction, FollowUpActionInput } from '../../../shared/domain/followUpAction';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';
import { invalid, todayInNetherlands } from '../validation';
import { validateAction } from './validate';

const notFound = (id: string) => new AppError('NOT_FOUND', `No follow-up action with id ${id}`);

export const stampOf = (ctx: WriteContext): Stamp => ({ at: ctx.now.toISOString(), by: ctx.actor.adviserId });

function audit(ctx: WriteContext, id: string, action: Change['action'], before: unknown, after: unknown): void {
  recordChange(ctx.db, ctx.actor, { entity: 'action', entityId: id, action, before, after }, ctx.now);
}

/** Re-reads the action after a write; it exists, the write just touched it. */
function reread(ctx: WriteContext, id: string): FollowUpAction {
  const found = findAction(ctx.db, id, todayInNetherlands(ctx.now));
  if (!found) throw notFound(id);
  return found;
}

/**
 * Stores a validated new action with its number (ACT-<year>-NNNN) and audit
 * entry. The owner defaults to the adviser at work. Call inside a transaction.
 */
export function insertNewAction(ctx: WriteContext, input: FollowUpActionInput): string {
  const id = randomUUID();
  const record = { ...input, ownerId: input.ownerId ?? ctx.actor.adviserId };
  // Inside the transaction, so a rolled-back write does not use up a number.
  const number = nextNumber(ctx.db, 'ACT', Number(todayInNetherlands(ctx.now).slice(0, 4)));
  insertAction(ctx.db, { ...record, id, number, createdAt: ctx.now.toISOString(), updatedBy: ctx.actor.adviserId });
  audit(ctx, id, 'create', undefined, { number, ...record });
  return id;
}

export function createAction(ctx: WriteContext, raw: FollowUpActionInput): FollowUpAction {
  const id = ctx.db.transaction(() => insertNewAction(ctx, validateAction(ctx.db, raw, ctx.now, 'Action')))();
  return reread(ctx, id);
}

function liveAction(ctx: WriteContext, id: string): ActionState {
  const state = findActionState(ctx.db, id);
  if (!state || state.deletedAt !== null) throw notFound(id);
  return state;
}

/** Only the fields that changed, as before/after images for the audit log. */
function differences(before: FollowUpActionInput, after: FollowUpActionInput) {
  const changed = (Object.keys(after) as (keyof FollowUpActionInput)[]).filter((key) => before[key] !== after[key]);
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])) as Partial<FollowUpActionInput>,
    after: Object.fromEntries(changed.map((key) => [key, after[key]])) as Partial<FollowUpActionInput>,
  };
}

/**
 * Saves the action form if nobody changed it since `version` was read
 * (CONFLICT otherwise). A status change is its own audit entry ('status'),
 * as for cases; the other changed fields form one 'update' entry. Saving
 * without changes writes nothing.
 */
export function updateAction(ctx: WriteContext, id: string, version: number, raw: FollowUpActionInput): FollowUpAction {
  ctx.db.transaction(() => {
    const state = liveAction(ctx, id);
    if (state.version !== version) {
      throw new AppError('CONFLICT', `Action ${state.number} was changed by someone else (version ${state.version}, not ${version})`);
    }
    const { id: _id, number: _number, version: _version, deletedAt: _deletedAt, ...current } = state;
    const input = validateAction(ctx.db, raw, ctx.now, 'Action', current);
    const { before, after } = differences(current, input);
    if (Object.keys(after).length === 0) return;
    updateActionFields(ctx.db, id, input, stampOf(ctx));
    const { status: statusBefore, ...otherBefore } = before;
    const { status: statusAfter, ...otherAfter } = after;
    if (Object.keys(otherAfter).length > 0) audit(ctx, id, 'update', otherBefore, otherAfter);
    if (statusAfter !== undefined) audit(ctx, id, 'status', { status: statusBefore }, { status: statusAfter });
  })();
  return reread(ctx, id);
}

/** Soft delete with a reason: the action leaves lists and views but can be restored. Deleting twice changes nothing. */
export function deleteAction(ctx: WriteContext, id: string, reason: string): FollowUpAction {
  ctx.db.transaction(() => {
    const header = findActionHeader(ctx.db, id);
    if (!header) throw notFound(id);
    if (header.deletedAt !== null) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3) throw invalid('Action', [{ path: 'reason', message: 'validation.reason' }]);
    setActionDeleted(ctx.db, id, { reason: trimmed }, stampOf(ctx));
    audit(ctx, id, 'delete', undefined, { reason: trimmed });
  })();
  return reread(ctx, id);
}

export function restoreAction(ctx: WriteContext, id: string): FollowUpAction {
  ctx.db.transaction(() => {
    const header = findActionHeader(ctx.db, id);
    if (!header) throw notFound(id);
    if (header.deletedAt === null) return;
    setActionDeleted(ctx.db, id, null, stampOf(ctx));
    audit(ctx, id, 'restore', { deletedAt: header.deletedAt, reason: header.deletedReason }, undefined);
  })();
  return reread(ctx, id);
}
