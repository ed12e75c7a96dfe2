import type { z } from 'zod';
import { CONTACT_PERSON_SORT_COLUMNS, contactPersonFiltersSchema } from '../../../../shared/domain/contactPerson';
import type { ListState } from '../../components/listState';

export type ContactPersonFilters = z.output<typeof contactPersonFiltersSchema>;
export type ContactPersonSortColumn = (typeof CONTACT_PERSON_SORT_COLUMNS)[number];
export type ContactPersonListState = ListState<ContactPersonFilters, ContactPersonSortColumn>;

export const emptyContactPersonFilters = (): ContactPersonFilters => contactPersonFiltersSchema.parse({});

export const initialContactPersonListState = (): ContactPersonListState => ({
  filters: emptyContactPersonFilters(),
  sort: { column: 'name', direction: 'asc' },
  page: { offset: 0, limit: 50 },
  columns: {},
});

/** The review list: the oldest review date first, so the longest overdue is on top. */
export const initialReviewListState = (): ContactPersonListState => ({
  ...initialContactPersonListState(),
  sort: { column: 'reviewOn', direction: 'asc' },
});

export function isContactPersonSortColumn(id: string): id is ContactPersonSortColumn {
  return (CONTACT_PERSON_SORT_COLUMNS as readonly string[]).includes(id);
}
