import type { z } from 'zod';
import { ORGANISATION_SORT_COLUMNS, organisationFiltersSchema } from '../../../../shared/domain/organisation';
import type { ListState } from '../../components/listState';

export type OrganisationFilters = z.output<typeof organisationFiltersSchema>;
export type OrganisationSortColumn = (typeof ORGANISATION_SORT_COLUMNS)[number];
export type OrganisationListState = ListState<OrganisationFilters, OrganisationSortColumn>;

export const emptyOrganisationFilters = (): OrganisationFilters => organisationFiltersSchema.parse({});

export const initialOrganisationListState = (): OrganisationListState => ({
  filters: emptyOrganisationFilters(),
  sort: { column: 'name', direction: 'asc' },
  page: { offset: 0, limit: 50 },
  columns: {},
});

export function isOrganisationSortColumn(id: string): id is OrganisationSortColumn {
  return (ORGANISATION_SORT_COLUMNS as readonly string[]).includes(id);
}
