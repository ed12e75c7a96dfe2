import type { Db } from '../../../db/connection';
import { endOfIsoWeek, followUpActionListQuerySchema, type ActionDigest, type ActionView } from '../../../shared/domain/followUpAction';
import { todayInNetherlands } from '../validation';
import { listActions } from './reads';

/** Enough for a glance after unlocking; the full views are one click away. */
export const DIGEST_LIMIT = 10;

/**
 * What the adviser should see right after unlocking: their own overdue
 * actions and those due this week (today up to Sunday), soonest first.
 * Without an adviser at work there is nobody to show anything to.
 */
export function actionDigest(db: Db, adviserId: string | null, now: Date): ActionDigest {
  const today = todayInNetherlands(now);
  const weekEndsOn = endOfIsoWeek(today);
  if (adviserId === null) return { today, weekEndsOn, overdue: [], dueThisWeek: [] };
  const view = (name: ActionView) =>
    listActions(
      db,
      followUpActionListQuerySchema.parse({
        filters: { view: name, ownerIds: [adviserId] },
        sort: { column: 'dueOn', direction: 'asc' },
        page: { offset: 0, limit: DIGEST_LIMIT },
      }),
      { adviserId, today },
    ).rows;
  return { today, weekEndsOn, overdue: view('overdue'), dueThisWeek: view('thisWeek') };
}
