import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../../shared/domain/election';
import { call } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import '../../styles/bulk.css';
import '../../styles/elections.css';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useElectionColumns } from './electionColumns';
import { electionKeys } from './electionQueries';

interface ElectionListState {
  text: string;
  includePast: boolean;
}

const initialState = (): ElectionListState => ({ text: '', includePast: false });

/** The register of foreign elections: upcoming first, past ones behind a toggle, a text filter. */
export function ElectionsPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<ElectionListState>('elections.list', initialState);
  const text = useDebouncedValue(state.text.trim(), 300);
  const list = useQuery({
    queryKey: electionKeys.list(state.includePast, text),
    queryFn: () => call('elections.list', { includePast: state.includePast, text: text || undefined }),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: Election) => navigate({ name: 'election', id: row.id }), [navigate]);
  const columns = useElectionColumns(open);
  const rows = list.data ?? [];
  return (
    <>
      <div className="page-header">
        <h1>{t('elections.heading')}</h1>
        <div className="page-header__actions">
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'electionForm' })}>
            {t('elections.new')}
          </button>
        </div>
      </div>
      <div className="toolbar">
        <div className="toolbar__search">
          <label htmlFor="election-list-text">{t('elections.searchLabel')}</label>
          <input
            id="election-list-text"
            type="search"
            value={state.text}
            onChange={(event) => setState((current) => ({ ...current, text: event.target.value }))}
          />
        </div>
        <label className="elections-toggle">
          <input
            type="checkbox"
            checked={state.includePast}
            onChange={(event) => setState((current) => ({ ...current, includePast: event.target.checked }))}
          />{' '}
          {t('elections.includePast')}
        </label>
      </div>
      <ErrorAlert error={list.error} />
      <p className="muted" role="status">
        {list.data ? t('elections.count', { count: rows.length }) : ''}
      </p>
      <DataTable
        caption={t('elections.heading')}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        sorting={[]}
        onSortingChange={() => undefined}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('elections.empty')}
        rowClassName={(row) => (row.windowOpen ? 'elections-row--open' : undefined)}
      />
    </>
  );
}
