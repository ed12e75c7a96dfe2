import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationListRow } from '../../../../shared/domain/organisation';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListExport, visibleColumns } from '../../components/ExportMenu';
import '../../styles/bulk.css';
import { activeFilterCount } from '../../components/listState';
import { Pager } from '../../components/Pager';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import '../../styles/organisations.css';
import { NetworkTabs } from '../network/NetworkTabs';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { ListSearchBar } from './ListSearchBar';
import { useOrganisationColumns } from './organisationColumns';
import { OrganisationFilterPanel } from './OrganisationFilterPanel';
import {
  emptyOrganisationFilters,
  initialOrganisationListState,
  isOrganisationSortColumn,
  type OrganisationListState,
} from './organisationListState';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<OrganisationListState>('organisations.list', initialOrganisationListState);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const text = useDebouncedValue(state.filters.text ?? '', 350);
  const query = { filters: { ...state.filters, text: text.trim() || undefined }, sort: state.sort, page: state.page };
  const list = useQuery({
    queryKey: [...recordKeys.organisations, 'list', query],
    queryFn: () => call('organisations.list', query),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: OrganisationListRow) => navigate({ name: 'organisation', id: row.id }), [navigate]);
  const columns = useOrganisationColumns(open);
  // The export takes the list as filtered and sorted on screen, every row of it, in its visible columns.
  const exporter = useListExport({ list: 'organisations', query: { filters: { ...state.filters, text: state.filters.text?.trim() || undefined }, sort: state.sort }, columns: visibleColumns(columns.map((column) => column.id ?? ''), state.columns) });
  const update = (patch: Partial<OrganisationListState>) =>
    setState((current) => ({ ...current, ...patch, page: patch.page ?? { ...current.page, offset: 0 } }));
  // Opened from Ctrl+K's "alle n resultaten": the search text is the only filter, as counted there.
  useRouteText((text) => update({ filters: { ...initialOrganisationListState().filters, text } }));

  return (
    <>
      <NetworkTabs current="organisations" />
      <div className="page-header">
        <h1>{t('organisations.heading')}</h1>
        <div className="page-header__actions">
          {exporter.menu}
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'organisationForm' })}>
            {t('organisations.new')}
          </button>
        </div>
      </div>
      <ListSearchBar
        id="organisation-list-text"
        label={t('organisations.searchLabel')}
        text={state.filters.text ?? ''}
        onTextChange={(value) => update({ filters: { ...state.filters, text: value } })}
        filterCount={activeFilterCount(state.filters)}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        filtersId="organisation-filters"
      />
      {filtersOpen && (
        <OrganisationFilterPanel
          id="organisation-filters"
          filters={state.filters}
          onChange={(filters) => update({ filters })}
          onClear={() => update({ filters: emptyOrganisationFilters() })}
        />
      )}
      {exporter.notice}
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t('organisations.heading')}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.name}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isOrganisationSortColumn(first.id)) update({ sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
        }}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('organisations.empty')}
      />
      <Pager offset={state.page.offset} limit={state.page.limit} total={list.data?.total ?? 0} onChange={(page) => update({ page })} />
    </>
  );
}
