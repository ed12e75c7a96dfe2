import type { ColumnDef } from '@tanstack/react-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_MOMENT_SORT_COLUMNS,
  type ContactMomentListQuery,
  type ContactMomentListRow,
} from '../../../../shared/domain/contactMoment';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { formatDate } from '../../format';
import { useNavigation, type ContactMomentPrefill } from '../shell/navigation';

type SortColumn = ContactMomentListQuery['sort']['column'];
const isSortColumn = (id: string): id is SortColumn => (CONTACT_MOMENT_SORT_COLUMNS as readonly string[]).includes(id);

interface LinkedContactMomentsProps {
  /** Whose contact moments: an organisation's or a person's. */
  filter: { organisationIds: string[] } | { personIds: string[] };
  /** What a new contact moment logged from here starts with. */
  prefill: ContactMomentPrefill;
  disabled?: boolean;
}

/** The contact moments of an organisation or person, newest first, paged by the server, with "log one". */
export function LinkedContactMoments({ filter, prefill, disabled }: LinkedContactMomentsProps) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [sort, setSort] = useState<{ column: SortColumn; direction: 'asc' | 'desc' }>({ column: 'heldOn', direction: 'desc' });
  const [page, setPage] = useState({ offset: 0, limit: 25 });
  const query = { filters: filter, sort, page };
  const list = useQuery({
    queryKey: [...recordKeys.contactMoments, 'list', query],
    queryFn: () => call('contactMoments.list', query),
    placeholderData: keepPreviousData,
  });
  const open = useCallback((row: ContactMomentListRow) => navigate({ name: 'contactMoment', id: row.id }), [navigate]);
  const columns = useMemo<ColumnDef<ContactMomentListRow, unknown>[]>(
    () => [
      {
        id: 'heldOn',
        accessorKey: 'heldOn',
        header: t('organisations.momentHeldOn'),
        cell: ({ row }) => <span className="nowrap">{formatDate(row.original.heldOn)}</span>,
      },
      {
        id: 'number',
        accessorKey: 'number',
        header: t('organisations.momentNumber'),
        cell: ({ row }) => (
          <button type="button" className="link-button nowrap" onClick={() => open(row.original)}>
            {row.original.number}
          </button>
        ),
      },
      {
        id: 'form',
        accessorKey: 'form',
        header: t('organisations.momentForm'),
        cell: ({ row }) => t(`enums.contactForm.${row.original.form as 'overleg'}`),
      },
      {
        id: 'subject',
        accessorKey: 'subject',
        header: t('organisations.momentSubject'),
        cell: ({ row }) => <span className="cell-title">{row.original.subject}</span>,
      },
    ],
    [t, open],
  );
  return (
    <section className="card" aria-labelledby="linked-contact-moments">
      <div className="card__header">
        <h2 id="linked-contact-moments">{t('organisations.contactMoments')}</h2>
        <button
          type="button"
          className="button button--small"
          disabled={disabled}
          onClick={() => navigate({ name: 'contactMomentForm', prefill })}
        >
          {t('organisations.logContactMoment')}
        </button>
      </div>
      <ErrorAlert error={list.error} />
      <DataTable
        caption={t('organisations.contactMoments')}
        columns={columns}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.number}
        sorting={[{ id: sort.column, desc: sort.direction === 'desc' }]}
        onSortingChange={(sorting) => {
          const first = sorting[0];
          if (first && isSortColumn(first.id)) {
            setSort({ column: first.id, direction: first.desc ? 'desc' : 'asc' });
            setPage((current) => ({ ...current, offset: 0 }));
          }
        }}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('organisations.noContactMoments')}
      />
      {(list.data?.total ?? 0) > page.limit && (
        <Pager offset={page.offset} limit={page.limit} total={list.data?.total ?? 0} onChange={setPage} />
      )}
    </section>
  );
}
