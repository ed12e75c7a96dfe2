import type { ColumnDef } from '@tanstack/react-table';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { NewSignalButton } from './NewSignalButton';
import { ShareDialog } from './ShareDialog';
import { useSignalColumns, useSignalRowText } from './signalColumns';
import { emptySignalFilters, isSignalSortColumn, type SignalListState } from './signalListState';
import { useSignalList } from './useSignalList';

const TRIAGE_COLUMNS = ['number', 'receivedOn', 'urgency', 'status'];

/**
 * The triage preset of the signals list: everything new or being interpreted,
 * the most urgent first (acuut, hoog, gemiddeld, laag) and within a level the
 * oldest received first, as the urgency sort of the list does.
 */
const initialTriage = (): SignalListState => ({
  filters: { ...emptySignalFilters(), statuses: ['nieuw', 'in-duiding'] },
  sort: { column: 'urgency', direction: 'desc' },
  page: { offset: 0, limit: 50 },
  columns: {},
});

export function TriagePage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [state, setState] = usePersistentState('signals.triage', initialTriage);
  const [sharing, setSharing] = useState<SignalListRow | null>(null);
  const list = useSignalList(state);
  const open = useCallback((row: SignalListRow) => navigate({ name: 'signal', id: row.id }), [navigate]);
  const take = useMutation({
    mutationFn: (id: string) => call('signals.setStatus', { id, status: 'in-duiding' }),
    onSuccess: invalidate,
  });
  const base = useSignalColumns(open);
  const text = useSignalRowText();
  const columns = useMemo<ColumnDef<SignalListRow, unknown>[]>(
    () => [
      ...base.filter((column) => column.id === 'number'),
      {
        // Triage reads title, place and theme together; one column keeps the actions in view.
        id: 'title',
        accessorKey: 'title',
        header: t('signal.title'),
        cell: ({ row }) => (
          <>
            <span className="cell-title">{row.original.title}</span>
            <span className="cell-sub">
              {[text.places(row.original), text.themes(row.original)].filter(Boolean).join(' · ')}
            </span>
          </>
        ),
      },
      ...base.filter((column) => TRIAGE_COLUMNS.includes(column.id ?? '') && column.id !== 'number'),
      {
        id: 'actions',
        header: t('triage.actions'),
        enableSorting: false,
        cell: ({ row }) => (
          <div className="button-row button-row--tight">
            {row.original.status === 'nieuw' && (
              <button
                type="button"
                className="button button--small"
                disabled={take.isPending}
                aria-label={t('triage.takeLabel', { number: row.original.number })}
                onClick={() => take.mutate(row.original.id)}
              >
                {t('triage.take')}
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              aria-label={t('triage.shareLabel', { number: row.original.number })}
              onClick={() => setSharing(row.original)}
            >
              {t('share.open')}
            </button>
          </div>
        ),
      },
    ],
    [base, t, take, text],
  );

  return (
    <>
      <div className="page-header">
        <h1>{t('triage.heading')}</h1>
        <NewSignalButton />
      </div>
      <p className="muted">{t('attention.triageIntro')}</p>
      <ErrorAlert error={list.error ?? take.error} />
      <DataTable
        caption={t('triage.heading')}
        range={{ offset: state.page.offset, limit: state.page.limit, total: list.data?.total ?? 0 }}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isSignalSortColumn(first.id)) {
            setState({ ...state, sort: { column: first.id, direction: first.desc ? 'desc' : 'asc' }, page: { ...state.page, offset: 0 } });
          }
        }}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('triage.empty')}
      />
      <Pager
        offset={state.page.offset}
        limit={state.page.limit}
        total={list.data?.total ?? 0}
        onChange={(page) => setState({ ...state, page })}
      />
      {sharing && <ShareDialog signalId={sharing.id} number={sharing.number} onClose={() => setSharing(null)} />}
    </>
  );
}
