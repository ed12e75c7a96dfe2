import type { z } from 'zod';
import { CONTACT_MOMENT_SORT_COLUMNS, contactMomentFiltersSchema } from '../../../../shared/domain/contactMoment';
import type { ListState } from '../../components/listState';

export type ContactMomentFilters = z.output<typeof contactMomentFiltersSchema>;
export type ContactMomentSortColumn = (typeof CONTACT_MOMENT_SORT_COLUMNS)[number];
export type ContactMomentListState = ListState<ContactMomentFilters, ContactMomentSortColumn>;

export const emptyContactMomentFilters = (): ContactMomentFilters => contactMomentFiltersSchema.parse({});

export const initialContactMomentListState = (): ContactMomentListState => ({
  filters: emptyContactMomentFilters(),
  sort: { column: 'heldOn', direction: 'desc' },
  page: { offset: 0, limit: 50 },
  columns: { classification: false, updatedAt: false },
});

export function isContactMomentSortColumn(id: string): id is ContactMomentSortColumn {
  return (CONTACT_MOMENT_SORT_COLUMNS as readonly string[]).includes(id);
}
