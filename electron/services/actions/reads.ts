import type { Db } from '../../../db/connection';
import { toFtsQuery } from '../../../db/ftsQuery';
import { findAction } from '../../../db/repositories/followUpActions';
import { queryActionList } from '../../../db/repositories/followUpActionList';
import {
  endOfIsoWeek,
  followUpActionListQuerySchema,
  type FollowUpAction,
  type FollowUpActionListQuery,
  type FollowUpActionListRow,
} from '../../../shared/domain/followUpAction';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../validation';

/** Who asks and on which day: the views "Mijn acties", "Verlopen" and "Deze week" depend on both. */
export interface ActionViewer {
  adviserId: string | null;
  /** Today in the Netherlands, YYYY-MM-DD (todayInNetherlands). */
  today: string;
}

/** An action with the labels of its links, also when soft-deleted (its page then offers a restore). */
export function getAction(db: Db, id: string, today: string): FollowUpAction {
  const found = findAction(db, id, today);
  if (!found) throw new AppError('NOT_FOUND', `No follow-up action with id ${id}`);
  return found;
}

export function listActions(
  db: Db,
  query: FollowUpActionListQuery,
  viewer: ActionViewer,
): { rows: FollowUpActionListRow[]; total: number } {
  const parsed = parseOrThrow(followUpActionListQuerySchema, query, 'Action list');
  // Text without a searchable word (only punctuation) filters nothing, as in the other lists.
  return queryActionList(db, parsed, toFtsQuery(parsed.filters.text ?? ''), {
    adviserId: viewer.adviserId,
    today: viewer.today,
    weekEnd: endOfIsoWeek(viewer.today),
  });
}
