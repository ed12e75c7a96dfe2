import type { VisibilityState } from '@tanstack/react-table';

/** What a list screen remembers (and what a saved view stores): filters, sort, page size, columns. */
export interface ListState<F, C extends string> {
  filters: F;
  sort: { column: C; direction: 'asc' | 'desc' };
  page: { offset: number; limit: number };
  columns: VisibilityState;
}

/** What "save view" stores: everything but the current page. */
export function viewDefinition<F, C extends string>(state: ListState<F, C>): Record<string, unknown> {
  return { filters: state.filters, sort: state.sort, columns: state.columns, page: { limit: state.page.limit } };
}

/**
 * A saved view as a list can use it. Views are loose JSON and may come from
 * an older version of the app: what no longer fits falls back to the current
 * state instead of breaking the list.
 */
export function stateFromView<F, C extends string>(
  definition: unknown,
  current: ListState<F, C>,
  parseFilters: (value: unknown) => F | null,
  sortColumns: readonly C[],
): ListState<F, C> {
  const view = (definition ?? {}) as Partial<Record<keyof ListState<F, C>, unknown>>;
  const sort = view.sort as { column?: unknown; direction?: unknown } | undefined;
  const sortFits =
    !!sort && sortColumns.includes(sort.column as C) && (sort.direction === 'asc' || sort.direction === 'desc');
  const limit = (view.page as { limit?: unknown } | undefined)?.limit;
  return {
    filters: parseFilters(view.filters ?? {}) ?? current.filters,
    sort: sortFits ? (sort as ListState<F, C>['sort']) : current.sort,
    page: { offset: 0, limit: typeof limit === 'number' && limit >= 1 && limit <= 200 ? limit : current.page.limit },
    columns: typeof view.columns === 'object' && view.columns ? (view.columns as VisibilityState) : current.columns,
  };
}

/** Number of filters in use (free text aside, it has its own box), for the "Filters (3)" button. */
export function activeFilterCount(filters: object): number {
  return Object.entries(filters).filter(([key, value]) => {
    if (key === 'text') return false;
    if (Array.isArray(value)) return value.length > 0;
    return value !== undefined && value !== false && value !== '';
  }).length;
}
