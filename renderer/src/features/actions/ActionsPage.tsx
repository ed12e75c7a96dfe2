import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView, FollowUpActionListRow } from '../../../../shared/domain/followUpAction';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { useListExport, visibleColumns } from '../../components/ExportMenu';
import { ErrorAlert } from '../../components/ErrorAlert';
import { activeFilterCount } from '../../components/listState';
import { Pager } from '../../components/Pager';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { ActionFilterPanel } from './ActionFilterPanel';
import { ActionSelectionActions } from './ActionSelectionActions';
import { ACTION_COLUMN_IDS, useActionColumns } from './actionColumns';
import {
  ACTION_TABS,
  DEFAULT_VIEW,
  emptyActionFilters,
  initialActionListState,
  isActionSortColumn,
  type ActionListState,
} from './actionListState';
import '../../styles/contactMoments.css';
import '../../styles/bulk.css';

/** The actions area: one tab per ready-made view, each a server-paged table with its own filters. */
export function ActionsPage({ view = DEFAULT_VIEW }: { view?: ActionView }) {
  // The menu opens the area without a view: a fresh page per view, so no state leaks between tabs.
  return <ActionViewPage key={view} view={view} />;
}

function ActionViewPage({ view }: { view: ActionView }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<ActionListState>(`actions.list.${view}`, initialActionListState(view));
  const [filtersOpen, setFiltersOpen] = useState(false);
  const text = useDebouncedValue(state.filters.text ?? '', 350);
  const filters = { ...state.filters, view, text: text.trim() || undefined };
  const list = useQuery({
    queryKey: [...recordKeys.actions, 'list', filters, state.sort, state.page],
    queryFn: () => call('actions.list', { filters, sort: state.sort, page: state.page }),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: FollowUpActionListRow) => navigate({ name: 'action', id: row.id }), [navigate]);
  const columns = useActionColumns(open);
  const update = (patch: Partial<ActionListState>) =>
    setState((current) => ({ ...current, ...patch, page: patch.page ?? { ...current.page, offset: 0 } }));
  // Opened from Ctrl+K's "alle n resultaten": the search text is the only filter, as counted there.
  useRouteText((text) => update({ filters: { ...initialActionListState(view)().filters, text } }));
  const { view: _view, ...narrowing } = state.filters;
  const [selection, setSelection] = usePersistentState<RowSelectionState>(`actions.selection.${view}`, () => ({}));
  const selectedIds = Object.keys(selection).filter((id) => selection[id]);
  // The export takes the list as filtered and sorted on screen; the page does not matter (every row goes out).
  const exporter = useListExport({
    list: 'actions',
    query: { filters: { ...state.filters, view, text: state.filters.text?.trim() || undefined }, sort: state.sort },
    columns: visibleColumns(ACTION_COLUMN_IDS, state.columns),
  });

  return (
    <>
      <div className="page-header">
        <h1>{t('actions.heading')}</h1>
        <div className="page-header__actions">
          {exporter.menu}
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'actionForm' })}>
            {t('actions.new')}
          </button>
        </div>
      </div>
      <nav className="subnav" aria-label={t('actions.views')}>
        <ul>
          {ACTION_TABS.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="subnav__item"
                aria-current={view === name ? 'page' : undefined}
                onClick={() => navigate({ name: 'actions', view: name })}
              >
                {t(`actions.view.${name}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted view-intro">{t(`actions.viewIntro.${view}`)}</p>
      <div className="toolbar">
        <div className="toolbar__search">
          <label htmlFor="action-list-text">{t('actions.searchLabel')}</label>
          <input
            id="action-list-text"
            type="search"
            value={state.filters.text ?? ''}
            onChange={(event) => update({ filters: { ...state.filters, text: event.target.value } })}
          />
        </div>
        <button
          type="button"
          className="button button--small"
          aria-expanded={filtersOpen}
          aria-controls="action-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {activeFilterCount(narrowing) ? t('filters.toggleCount', { count: activeFilterCount(narrowing) }) : t('filters.toggle')}
        </button>
      </div>
      {filtersOpen && (
        <ActionFilterPanel
          id="action-filters"
          filters={state.filters}
          onChange={(next) => update({ filters: next })}
          onClear={() => update({ filters: emptyActionFilters(view) })}
        />
      )}
      <ActionSelectionActions actionIds={selectedIds} onDone={() => setSelection({})} />
      {exporter.notice}
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t(`actions.view.${view}`)}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        rowClassName={(row) => (row.overdue ? 'is-overdue' : undefined)}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isActionSortColumn(first.id)) update({ sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
        }}
        columnVisibility={state.columns}
        rowSelection={selection}
        onRowSelectionChange={setSelection}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('actions.empty')}
      />
      <Pager offset={state.page.offset} limit={state.page.limit} total={list.data?.total ?? 0} onChange={(page) => update({ page })} />
    </>
  );
}
