import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../shared/domain/case';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListExport, visibleColumns } from '../../components/ExportMenu';
import '../../styles/bulk.css';
import { ListToolbar } from '../../components/ListToolbar';
import { activeFilterCount, viewDefinition } from '../../components/listState';
import { Pager } from '../../components/Pager';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { CaseFilterPanel } from './CaseFilterPanel';
import { CASE_COLUMN_IDS, useCaseColumns } from './caseColumns';
import {
  caseStateFromView,
  emptyCaseFilters,
  initialCaseListState,
  isCaseSortColumn,
  type CaseListState,
} from './caseListState';

export function CasesPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<CaseListState>('cases.list', initialCaseListState);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const text = useDebouncedValue(state.filters.text ?? '', 350);
  const query = { ...state, filters: { ...state.filters, text: text.trim() || undefined } };
  const list = useQuery({
    queryKey: [...recordKeys.cases, 'list', query],
    queryFn: () => call('cases.list', { filters: query.filters, sort: query.sort, page: query.page }),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: CaseListRow) => navigate({ name: 'case', id: row.id }), [navigate]);
  const columns = useCaseColumns(open);
  // The export takes the list as filtered and sorted on screen, every row of it, in its visible columns.
  const exporter = useListExport({ list: 'cases', query: { filters: { ...state.filters, text: state.filters.text?.trim() || undefined }, sort: state.sort }, columns: visibleColumns(columns.map((column) => column.id ?? ''), state.columns) });
  const update = (patch: Partial<CaseListState>) =>
    setState((current) => ({ ...current, ...patch, page: patch.page ?? { ...current.page, offset: 0 } }));
  // Opened from Ctrl+K's "alle n resultaten": the search text is the only filter, as counted there.
  useRouteText((text) => update({ filters: { ...initialCaseListState().filters, text } }));

  return (
    <>
      <div className="page-header">
        <h1>{t('cases.heading')}</h1>
        <div className="page-header__actions">
          {exporter.menu}
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'caseForm' })}>
            {t('cases.new')}
          </button>
        </div>
      </div>
      <ListToolbar
        entity="case"
        searchLabel={t('cases.searchLabel')}
        text={state.filters.text ?? ''}
        onTextChange={(value) => update({ filters: { ...state.filters, text: value } })}
        filterCount={activeFilterCount(state.filters)}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        filtersId="case-filters"
        columns={CASE_COLUMN_IDS.filter((id) => id !== 'number').map((id) => ({
          id,
          label: String(columns.find((c) => c.id === id)?.header ?? id),
        }))}
        visibility={state.columns}
        onVisibilityChange={(visibility) => setState({ ...state, columns: visibility })}
        viewDefinition={viewDefinition(state)}
        onApplyView={(view) => setState(caseStateFromView(view.definition, state))}
      />
      {filtersOpen && (
        <CaseFilterPanel
          id="case-filters"
          filters={state.filters}
          onChange={(filters) => update({ filters })}
          onClear={() => update({ filters: emptyCaseFilters() })}
        />
      )}
      {exporter.notice}
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t('cases.heading')}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isCaseSortColumn(first.id)) update({ sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
        }}
        columnVisibility={state.columns}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('cases.empty')}
      />
      <Pager offset={state.page.offset} limit={state.page.limit} total={list.data?.total ?? 0} onChange={(page) => update({ page })} />
    </>
  );
}
