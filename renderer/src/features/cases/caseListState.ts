import type { z } from 'zod';
import { CASE_SORT_COLUMNS, caseFiltersSchema } from '../../../../shared/domain/case';
import { stateFromView, type ListState } from '../../components/listState';
import { CASE_HIDDEN_COLUMNS } from './caseColumns';

export type CaseFilters = z.output<typeof caseFiltersSchema>;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number];
export type CaseListState = ListState<CaseFilters, CaseSortColumn>;

export const emptyCaseFilters = (): CaseFilters => caseFiltersSchema.parse({});

export const initialCaseListState = (): CaseListState => ({
  filters: emptyCaseFilters(),
  sort: { column: 'startOn', direction: 'desc' },
  page: { offset: 0, limit: 50 },
  columns: { ...CASE_HIDDEN_COLUMNS },
});

export function isCaseSortColumn(id: string): id is CaseSortColumn {
  return (CASE_SORT_COLUMNS as readonly string[]).includes(id);
}

export function caseStateFromView(definition: unknown, current: CaseListState): CaseListState {
  return stateFromView(
    definition,
    current,
    (value) => {
      const parsed = caseFiltersSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
    CASE_SORT_COLUMNS,
  );
}
