import { findActionState, type ActionState } from '../../../db/repositories/followUpActions';
import type { ActionBulkChange, BulkResult } from '../../../shared/contract/bulkChannels';
import type { FollowUpActionInput } from '../../../shared/domain/followUpAction';
import { applyToAll, refusalOf, type BulkRefusal } from '../bulkBatch';
import type { WriteContext } from '../context';
import { todayInNetherlands } from '../validation';
import { updateAction } from './writes';

/** A result typed in the bulk dialog is added below what the action already says, never over it. */
function withResult(existing: string, added: string): string {
  const text = added.trim();
  if (!text) return existing;
  return existing.trim() ? `${existing}\n\n${text}` : text;
}

/**
 * The action's form values with the bulk change applied. The completion date
 * follows the status as the form's rules demand (checkActionRules): a finished
 * action gets today unless it has a date, any other status has none.
 */
function changed(state: ActionState, change: ActionBulkChange, today: string): FollowUpActionInput {
  const { id: _id, number: _number, version: _version, deletedAt: _deletedAt, ...input } = state;
  if (change.kind === 'owner') return { ...input, ownerId: change.ownerId };
  const status = change.kind === 'status' ? change.status : change.closing;
  const completedOn = status === 'afgerond' ? (input.completedOn ?? today) : null;
  const result = change.kind === 'close' ? withResult(input.result, change.result) : input.result;
  return { ...input, status, completedOn, result };
}

/**
 * Changes status or owner of a selection of follow-up actions, or closes them
 * ("Afsluiten": afgerond with today's completion date, or vervallen), in one
 * transaction, all or nothing. Each action is saved through updateAction, as
 * its form saves it: the same validation and audit entries per action.
 */
export function bulkUpdateActions(ctx: WriteContext, ids: readonly string[], change: ActionBulkChange): BulkResult {
  const today = todayInNetherlands(ctx.now);
  return applyToAll(ctx, 'Bulk update actions', ids, (id): boolean | BulkRefusal => {
    const state = findActionState(ctx.db, id);
    if (!state) return { number: id, message: 'errors.NOT_FOUND' };
    if (state.deletedAt !== null) return { number: state.number, message: 'bulk.refusal.deleted' };
    try {
      const saved = updateAction(ctx, id, state.version, changed(state, change, today));
      return saved.version !== state.version;
    } catch (error) {
      return refusalOf(state.number, error);
    }
  });
}
