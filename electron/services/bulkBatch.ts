import type { BulkResult } from '../../shared/contract/bulkChannels';
import { AppError } from '../../shared/errors';
import type { WriteContext } from './context';

/** Why one record of a selection cannot change: its number and the reason as an i18n key. */
export interface BulkRefusal {
  number: string;
  message: string;
}

/** The reason a single-record write gave, as an i18n key the dialog can show next to the number. */
export function refusalOf(number: string, error: unknown): BulkRefusal {
  if (error instanceof AppError) {
    const first = error.issues?.[0];
    return { number, message: first ? first.message : `errors.${error.code}` };
  }
  throw error;
}

/**
 * Applies one change to every record of a selection in ONE transaction, all
 * or nothing. Each record goes through `applyOne` (the single-record service,
 * so the same rules hold); its own transaction nests as a savepoint. A record
 * that is refused does not stop the others from being tried, so the adviser
 * hears about every record that cannot change at once; then the whole batch
 * rolls back and nothing of the selection changed.
 *
 * `applyOne` returns whether the record changed (false when it already was as asked).
 */
export function applyToAll(
  ctx: WriteContext,
  what: string,
  ids: readonly string[],
  applyOne: (id: string) => boolean | BulkRefusal,
): BulkResult {
  return ctx.db.transaction(() => {
    const refusals: BulkRefusal[] = [];
    let changed = 0;
    for (const id of ids) {
      const outcome = applyOne(id);
      if (typeof outcome === 'object') refusals.push(outcome);
      else if (outcome) changed += 1;
    }
    if (refusals.length > 0) {
      const names = refusals.map((refusal) => refusal.number).join(', ');
      // `detail` names the record next to its reason (ErrorAlert shows it); the message is for logs and the CLI.
      const issues = refusals.map((refusal) => ({ path: 'ids', message: refusal.message, detail: refusal.number }));
      throw new AppError('INVALID_INPUT', `${what}: nothing changed; these records cannot change: ${names}`, { issues });
    }
    return { changed, unchanged: ids.length - changed };
  })();
}
