import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { DataTable } from '../../components/DataTable';
import { useListExport, visibleColumns } from '../../components/ExportMenu';
import '../../styles/bulk.css';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListToolbar } from '../../components/ListToolbar';
import { activeFilterCount, viewDefinition } from '../../components/listState';
import { Pager } from '../../components/Pager';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { NewSignalButton } from './NewSignalButton';
import { SelectionActions } from './SelectionActions';
import { SignalFilterPanel } from './SignalFilterPanel';
import { SIGNAL_COLUMN_IDS, useSignalColumns } from './signalColumns';
import {
  emptySignalFilters,
  initialSignalListState,
  isSignalSortColumn,
  signalStateFromView,
  type SignalListState,
} from './signalListState';
import { useSignalList } from './useSignalList';

export function SignalsPage() {
  const { t } = useTranslation();
  const { navigate, route } = useNavigation();
  const [state, setState] = usePersistentState<SignalListState>('signals.list', initialSignalListState);
  const [selection, setSelection] = usePersistentState<RowSelectionState>('signals.selection', () => ({}));
  // Opened from the overview (a bar, a table row, a count): the list starts with exactly those filters,
  // shown in the open panel so the reader sees why the list holds what it holds and can clear them.
  const routeFilters = route.name === 'signals' ? route.filters : undefined;
  const [filtersOpen, setFiltersOpen] = useState(routeFilters !== undefined);
  const list = useSignalList(state);
  const open = useCallback((row: SignalListRow) => navigate({ name: 'signal', id: row.id }), [navigate]);
  const columns = useSignalColumns(open);
  // Any change of filter or sort starts at the first page again.
  const update = (patch: Partial<SignalListState>) =>
    setState((current) => ({ ...current, ...patch, page: patch.page ?? { ...current.page, offset: 0 } }));
  // Opened from Ctrl+K's "alle n resultaten": the search text is the only filter, as counted there.
  useRouteText((text) => update({ filters: { ...initialSignalListState().filters, text } }));
  // Once per navigation (a new route object), so changing a filter afterwards is never overwritten.
  useEffect(() => {
    if (!routeFilters) return;
    setState((current) => ({ ...current, filters: { ...emptySignalFilters(), ...routeFilters }, page: { ...current.page, offset: 0 } }));
  }, [routeFilters, setState]);
  const selectedIds = Object.keys(selection).filter((id) => selection[id]);
  // The export takes the list as filtered and sorted on screen; the page does not matter (every row goes out).
  const exporter = useListExport({
    list: 'signals',
    query: { filters: { ...state.filters, text: state.filters.text?.trim() || undefined }, sort: state.sort },
    columns: visibleColumns(SIGNAL_COLUMN_IDS, state.columns),
  });

  return (
    <>
      <div className="page-header">
        <h1>{t('signals.heading')}</h1>
        <div className="page-header__actions">
          {exporter.menu}
          <NewSignalButton />
        </div>
      </div>
      <ListToolbar
        entity="signal"
        searchLabel={t('signals.searchLabel')}
        text={state.filters.text ?? ''}
        onTextChange={(text) => update({ filters: { ...state.filters, text } })}
        filterCount={activeFilterCount(state.filters)}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        filtersId="signal-filters"
        columns={SIGNAL_COLUMN_IDS.filter((id) => id !== 'number').map((id) => ({
          id,
          label: String(columns.find((c) => c.id === id)?.header ?? id),
        }))}
        visibility={state.columns}
        onVisibilityChange={(visibility) => setState({ ...state, columns: visibility })}
        viewDefinition={viewDefinition(state)}
        onApplyView={(view) => setState(signalStateFromView(view.definition, state))}
      />
      {filtersOpen && (
        <SignalFilterPanel
          id="signal-filters"
          filters={state.filters}
          onChange={(filters) => update({ filters })}
          onClear={() => update({ filters: emptySignalFilters() })}
        />
      )}
      <SelectionActions signalIds={selectedIds} onDone={() => setSelection({})} />
      {exporter.notice}
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t('signals.heading')}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        rowClassName={(row) => (row.deletedAt ? 'is-deleted' : undefined)}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isSignalSortColumn(first.id)) update({ sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
        }}
        columnVisibility={state.columns}
        rowSelection={selection}
        onRowSelectionChange={setSelection}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('signals.empty')}
      />
      <Pager
        offset={state.page.offset}
        limit={state.page.limit}
        total={list.data?.total ?? 0}
        onChange={(page) => update({ page })}
      />
    </>
  );
}
