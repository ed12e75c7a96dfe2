import type { z } from 'zod';
import {
  ACTION_SORT_COLUMNS,
  followUpActionFiltersSchema,
  type ActionView,
} from '../../../../shared/domain/followUpAction';
import type { ListState } from '../../components/listState';

export type ActionFilters = z.output<typeof followUpActionFiltersSchema>;
export type ActionSortColumn = (typeof ACTION_SORT_COLUMNS)[number];
export type ActionListState = ListState<ActionFilters, ActionSortColumn>;

/** The tabs of the actions area, in tab order; the menu's "Acties" opens the first. */
export const ACTION_TABS = ['mine', 'overdue', 'thisWeek', 'all'] as const satisfies readonly ActionView[];
export const DEFAULT_VIEW: ActionView = 'mine';

export const emptyActionFilters = (view: ActionView): ActionFilters => followUpActionFiltersSchema.parse({ view });

export const initialActionListState = (view: ActionView) => (): ActionListState => ({
  filters: emptyActionFilters(view),
  // Soonest due first: what needs doing comes to the top.
  sort: { column: 'dueOn', direction: 'asc' },
  page: { offset: 0, limit: 50 },
  columns: { updatedAt: false },
});

export function isActionSortColumn(id: string): id is ActionSortColumn {
  return (ACTION_SORT_COLUMNS as readonly string[]).includes(id);
}
