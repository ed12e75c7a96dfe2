import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPersonListRow } from '../../../../shared/domain/contactPerson';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListExport, visibleColumns } from '../../components/ExportMenu';
import '../../styles/bulk.css';
import { activeFilterCount } from '../../components/listState';
import { Pager } from '../../components/Pager';
import { localToday } from '../../format';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import '../../styles/organisations.css';
import { NetworkTabs } from '../network/NetworkTabs';
import { ListSearchBar } from '../organisations/ListSearchBar';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { useContactPersonColumns } from './contactPersonColumns';
import { ContactPersonFilterPanel } from './ContactPersonFilterPanel';
import {
  emptyContactPersonFilters,
  initialContactPersonListState,
  initialReviewListState,
  isContactPersonSortColumn,
  type ContactPersonListState,
} from './contactPersonListState';

/** All contact persons, or (reviewDue) those whose privacy review date has come. */
export function ContactPersonsPage({ reviewDue }: { reviewDue?: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<ContactPersonListState>(
    reviewDue ? 'contactPersons.review' : 'contactPersons.list',
    reviewDue ? initialReviewListState : initialContactPersonListState,
  );
  const [filtersOpen, setFiltersOpen] = useState(false);
  const today = localToday();
  const text = useDebouncedValue(state.filters.text ?? '', 350);
  const query = {
    filters: { ...state.filters, text: text.trim() || undefined, reviewDueBy: reviewDue ? today : undefined },
    sort: state.sort,
    page: state.page,
  };
  const list = useQuery({
    queryKey: [...recordKeys.contactPersons, 'list', query],
    queryFn: () => call('contactPersons.list', query),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: ContactPersonListRow) => navigate({ name: 'contactPerson', id: row.id }), [navigate]);
  const columns = useContactPersonColumns(open, today);
  // The export takes the list as filtered and sorted on screen, every row of it, in its visible columns.
  const exporter = useListExport({ list: 'contactPersons', query: { filters: { ...query.filters, text: state.filters.text?.trim() || undefined }, sort: state.sort }, columns: visibleColumns(columns.map((column) => column.id ?? ''), state.columns) });
  const update = (patch: Partial<ContactPersonListState>) =>
    setState((current) => ({ ...current, ...patch, page: patch.page ?? { ...current.page, offset: 0 } }));
  // Opened from Ctrl+K's "alle n resultaten": the search text is the only filter, as counted there.
  useRouteText((text) => update({ filters: { ...initialContactPersonListState().filters, text } }));

  return (
    <>
      <NetworkTabs current="contactPersons" />
      <div className="page-header">
        <h1>{reviewDue ? t('contactPersons.reviewHeading') : t('contactPersons.heading')}</h1>
        <div className="button-row">
          {exporter.menu}
          <button
            type="button"
            className="button organisations-toggle"
            aria-pressed={!!reviewDue}
            onClick={() => navigate({ name: 'contactPersons', reviewDue: !reviewDue })}
          >
            {t('contactPersons.reviewDue')}
          </button>
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'contactPersonForm' })}>
            {t('contactPersons.new')}
          </button>
        </div>
      </div>
      {reviewDue && <p className="lead">{t('contactPersons.reviewIntro')}</p>}
      <ListSearchBar
        id="contact-person-list-text"
        label={t('contactPersons.searchLabel')}
        text={state.filters.text ?? ''}
        onTextChange={(value) => update({ filters: { ...state.filters, text: value } })}
        filterCount={activeFilterCount(state.filters)}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        filtersId="contact-person-filters"
      />
      {filtersOpen && (
        <ContactPersonFilterPanel
          id="contact-person-filters"
          filters={state.filters}
          onChange={(filters) => update({ filters })}
          onClear={() => update({ filters: emptyContactPersonFilters() })}
        />
      )}
      {exporter.notice}
      <ErrorAlert error={list.error} />
      <DataTable
        caption={reviewDue ? t('contactPersons.reviewHeading') : t('contactPersons.heading')}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.name}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isContactPersonSortColumn(first.id)) update({ sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
        }}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={reviewDue ? t('contactPersons.emptyReview') : t('contactPersons.empty')}
      />
      <Pager offset={state.page.offset} limit={state.page.limit} total={list.data?.total ?? 0} onChange={(page) => update({ page })} />
    </>
  );
}
