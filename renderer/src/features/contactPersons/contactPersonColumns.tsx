import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPersonListRow } from '../../../../shared/domain/contactPerson';
import { formatDate } from '../../format';

/** Sortable columns name their accessor after the server's sort column (see DataTable). */
export function useContactPersonColumns(
  open: (row: ContactPersonListRow) => void,
  today: string,
): ColumnDef<ContactPersonListRow, unknown>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<ContactPersonListRow, unknown>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: t('contactPerson.name'),
        cell: ({ row }) => (
          <>
            <button type="button" className="link-button cell-title" onClick={() => open(row.original)}>
              {row.original.name}
            </button>{' '}
            <span className="muted nowrap">{row.original.number}</span>
            {row.original.deletedAt && <span className="badge organisations-badge">{t('organisations.deletedTag')}</span>}
          </>
        ),
      },
      { id: 'function', meta: { width: 'text' }, accessorKey: 'function', header: t('contactPerson.function'), cell: ({ row }) => row.original.function || '—' },
      {
        id: 'role', meta: { width: 'short' },
        accessorKey: 'role',
        header: t('contactPerson.role'),
        cell: ({ row }) => t(`enums.contactRole.${row.original.role as 'sleutelfiguur'}`),
      },
      {
        id: 'organisationName', meta: { width: 'text' },
        accessorKey: 'organisationName',
        header: t('contactPerson.organisationName'),
        cell: ({ row }) => row.original.organisationName ?? '—',
      },
      {
        id: 'lastContactOn', meta: { width: 'date' },
        accessorKey: 'lastContactOn',
        header: t('contactPerson.lastContactOn'),
        cell: ({ row }) => (row.original.lastContactOn ? formatDate(row.original.lastContactOn) : t('organisations.never')),
      },
      {
        id: 'reviewOn', meta: { width: 'wide' },
        accessorKey: 'reviewOn',
        header: t('contactPerson.reviewOn'),
        cell: ({ row }) => (
          <span className="nowrap">
            {formatDate(row.original.reviewOn)}
            {row.original.reviewOn <= today && (
              <span className="badge organisations-badge organisations-badge--due">{t('contactPersons.reviewDueTag')}</span>
            )}
          </span>
        ),
      },
    ],
    [t, open, today],
  );
}
