import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingListItem } from '../../../../shared/contract/briefingChannels';
import { call } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import '../../styles/briefings.css';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { useRouteText } from '../search/useRouteText';
import { briefingKeys, useHouseStyle } from './briefingQueries';
import { isBriefingSortColumn, sortBriefings, useBriefingColumns, type BriefingSortColumn } from './briefingColumns';

interface BriefingListState {
  sort: { column: BriefingSortColumn; direction: 'asc' | 'desc' };
  includeDeleted: boolean;
  /** Reference or subject contains this (as Ctrl+K's notes group counts). */
  text?: string;
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
  useRouteText((text) => setState((current) => ({ ...current, text, includeDeleted: false })));
  const rows = useMemo(() => {
    const text = state.text?.trim().toLowerCase() ?? '';
    const found = (list.data ?? []).filter((row) => !text || `${row.reference}\n${row.subject}`.toLowerCase().includes(text));
    return sortBriefings(found, state.sort.column, state.sort.direction, defaultRecipient);
  }, [list.data, state.sort, state.text, defaultRecipient]);

  return (
    <>
      <div className="page-header">
        <h1>{t('briefings.heading')}</h1>
        <button type="button" className="button button--primary" onClick={() => navigate({ name: 'briefingNew' })}>
          {t('briefings.new')}
        </button>
      </div>
      <Field label={t('attention.search.briefingFilter')} type="search" value={state.text ?? ''} onChange={(event) => setState({ ...state, text: event.target.value })} />
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
