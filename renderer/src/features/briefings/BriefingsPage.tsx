import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingListItem } from '../../../../shared/contract/briefingChannels';
import { call } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import '../../styles/briefings.css';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { briefingKeys, useHouseStyle } from './briefingQueries';
import { isBriefingSortColumn, sortBriefings, useBriefingColumns, type BriefingSortColumn } from './briefingColumns';

interface BriefingListState {
  sort: { column: BriefingSortColumn; direction: 'asc' | 'desc' };
  includeDeleted: boolean;
}

const initialState = (): BriefingListState => ({ sort: { column: 'updatedAt', direction: 'desc' }, includeDeleted: false });

/** The notes in the case file, newest change first. */
export function BriefingsPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<BriefingListState>('briefings.list', initialState);
  const list = useQuery({
    queryKey: briefingKeys.list(state.includeDeleted),
    queryFn: () => call('briefings.list', { includeDeleted: state.includeDeleted }),
  });
  const defaultRecipient = useHouseStyle().data?.defaultRecipient ?? '';
  const open = useCallback((row: BriefingListItem) => navigate({ name: 'briefing', id: row.id }), [navigate]);
  const columns = useBriefingColumns(open, defaultRecipient);
  const rows = useMemo(
    () => sortBriefings(list.data ?? [], state.sort.column, state.sort.direction, defaultRecipient),
    [list.data, state.sort, defaultRecipient],
  );

  return (
    <>
      <div className="page-header">
        <h1>{t('briefings.heading')}</h1>
        <button type="button" className="button button--primary" onClick={() => navigate({ name: 'briefingNew' })}>
          {t('briefings.new')}
        </button>
      </div>
      <label className="checkbox briefings-list__deleted">
        <input
          type="checkbox"
          checked={state.includeDeleted}
          onChange={(event) => setState({ ...state, includeDeleted: event.target.checked })}
        />
        <span>{t('briefings.showDeleted')}</span>
      </label>
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t('briefings.heading')}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.reference}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isBriefingSortColumn(first.id)) setState({ ...state, sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' } });
        }}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('briefings.empty')}
        rowClassName={(row) => (row.deletedAt ? 'is-deleted' : undefined)}
      />
    </>
  );
}
