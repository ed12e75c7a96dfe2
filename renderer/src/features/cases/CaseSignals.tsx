import type { ColumnDef } from '@tanstack/react-table';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { useSignalColumns } from '../signals/signalColumns';
import { SignalChooser } from '../signals/SignalChooser';
import { emptySignalFilters, isSignalSortColumn, type SignalListState } from '../signals/signalListState';
import { useSignalList } from '../signals/useSignalList';
import { useNavigation } from '../shell/navigation';

const COLUMNS = ['number', 'title', 'receivedOn', 'status'];

/** The signals of a case (paged by the server like every list), with add and remove. */
export function CaseSignals({ caseId, disabled }: { caseId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [adding, setAdding] = useState(false);
  const [state, setState] = useState<SignalListState>(() => ({
    filters: { ...emptySignalFilters(), caseId },
    sort: { column: 'receivedOn', direction: 'asc' },
    page: { offset: 0, limit: 25 },
    columns: {},
  }));
  const list = useSignalList(state);
  const open = useCallback((row: SignalListRow) => navigate({ name: 'signal', id: row.id }), [navigate]);
  const add = useMutation({
    mutationFn: (signalId: string) => call('cases.addSignals', { caseId, signalIds: [signalId] }),
    onSuccess: () => {
      invalidate();
      setAdding(false);
    },
  });
  const remove = useMutation({
    mutationFn: (signalId: string) => call('cases.removeSignal', { caseId, signalId }),
    onSuccess: invalidate,
  });
  const base = useSignalColumns(open);
  const columns = useMemo<ColumnDef<SignalListRow, unknown>[]>(
    () => [
      ...base.filter((column) => COLUMNS.includes(column.id ?? '')),
      {
        id: 'remove',
        header: t('caseSignals.actions'),
        enableSorting: false,
        cell: ({ row }) => (
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={disabled || remove.isPending}
            aria-label={t('caseSignals.removeLabel', { number: row.original.number })}
            onClick={() => remove.mutate(row.original.id)}
          >
            {t('caseSignals.remove')}
          </button>
        ),
      },
    ],
    [base, t, disabled, remove],
  );
  return (
    <section className="card" aria-labelledby="case-signals">
      <div className="card__header">
        <h2 id="case-signals">{t('caseSignals.heading')}</h2>
        <button type="button" className="button button--small" disabled={disabled} onClick={() => setAdding(true)}>
          {t('caseSignals.add')}
        </button>
      </div>
      <ErrorAlert error={list.error ?? remove.error} />
      <DataTable
        caption={t('caseSignals.heading')}
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
        emptyText={t('caseSignals.empty')}
      />
      {(list.data?.total ?? 0) > state.page.limit && (
        <Pager offset={state.page.offset} limit={state.page.limit} total={list.data?.total ?? 0} onChange={(page) => setState({ ...state, page })} />
      )}
      {adding && (
        <Dialog title={t('caseSignals.add')} onClose={() => setAdding(false)} wide>
          <ErrorAlert error={add.error} />
          <SignalChooser excludeIds={(list.data?.rows ?? []).map((row) => row.id)} onChoose={(row) => add.mutate(row.id)} busy={add.isPending} />
        </Dialog>
      )}
    </section>
  );
}
