import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactMomentListRow } from '../../../../shared/domain/contactMoment';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListExport, visibleColumns } from '../../components/ExportMenu';
import '../../styles/bulk.css';
import { activeFilterCount } from '../../components/listState';
import { Pager } from '../../components/Pager';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { useContactMomentColumns } from './contactMomentColumns';
import { ContactMomentFilterPanel } from './ContactMomentFilterPanel';
import {
  emptyContactMomentFilters,
  initialContactMomentListState,
  isContactMomentSortColumn,
  type ContactMomentListState,
} from './contactMomentListState';

/** All contact moments, most recent first, filtered, sorted and paged by the server. */
export function ContactMomentsPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<ContactMomentListState>('contactMoments.list', initialContactMomentListState);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const text = useDebouncedValue(state.filters.text ?? '', 350);
  const filters = { ...state.filters, text: text.trim() || undefined };
  const list = useQuery({
    queryKey: [...recordKeys.contactMoments, 'list', filters, state.sort, state.page],
    queryFn: () => call('contactMoments.list', { filters, sort: state.sort, page: state.page }),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: ContactMomentListRow) => navigate({ name: 'contactMoment', id: row.id }), [navigate]);
  const columns = useContactMomentColumns(open);
  // The export takes the list as filtered and sorted on screen, every row of it, in its visible columns.
  const exporter = useListExport({ list: 'contactMoments', query: { filters: { ...state.filters, text: state.filters.text?.trim() || undefined }, sort: state.sort }, columns: visibleColumns(columns.map((column) => column.id ?? ''), state.columns) });
  const update = (patch: Partial<ContactMomentListState>) =>
    setState((current) => ({ ...current, ...patch, page: patch.page ?? { ...current.page, offset: 0 } }));
  // Opened from Ctrl+K's "alle n resultaten": the search text is the only filter, as counted there.
  useRouteText((text) => update({ filters: { ...initialContactMomentListState().filters, text } }));
  const count = activeFilterCount(state.filters);

  return (
    <>
      <div className="page-header">
        <h1>{t('contactMoments.heading')}</h1>
        <div className="page-header__actions">
          {exporter.menu}
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'contactMomentForm' })}>
            {t('contactMoments.new')}
          </button>
        </div>
      </div>
      <div className="toolbar">
        <div className="toolbar__search">
          <label htmlFor="contact-moment-list-text">{t('contactMoments.searchLabel')}</label>
          <input
            id="contact-moment-list-text"
            type="search"
            value={state.filters.text ?? ''}
            onChange={(event) => update({ filters: { ...state.filters, text: event.target.value } })}
          />
        </div>
        <button
          type="button"
          className="button button--small"
          aria-expanded={filtersOpen}
          aria-controls="contact-moment-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {count ? t('filters.toggleCount', { count }) : t('filters.toggle')}
        </button>
      </div>
      {filtersOpen && (
        <ContactMomentFilterPanel
          id="contact-moment-filters"
          filters={state.filters}
          onChange={(next) => update({ filters: next })}
          onClear={() => update({ filters: emptyContactMomentFilters() })}
        />
      )}
      {exporter.notice}
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t('contactMoments.heading')}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isContactMomentSortColumn(first.id)) {
            update({ sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
          }
        }}
        columnVisibility={state.columns}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('contactMoments.empty')}
      />
      <Pager offset={state.page.offset} limit={state.page.limit} total={list.data?.total ?? 0} onChange={(page) => update({ page })} />
    </>
  );
}
