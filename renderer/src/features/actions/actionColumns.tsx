import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpActionListRow } from '../../../../shared/domain/followUpAction';
import { formatDateTime } from '../../format';
import { DueDate } from './DueDate';

export const ACTION_COLUMN_IDS = ['number', 'description', 'kind', 'status', 'dueOn', 'ownerName', 'linkedTo', 'updatedAt'] as const;

export function useActionColumns(open: (row: FollowUpActionListRow) => void): ColumnDef<FollowUpActionListRow, unknown>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<FollowUpActionListRow, unknown>[]>(
    () => [
      {
        id: 'number', meta: { width: 'ref' },
        accessorKey: 'number',
        header: t('action.number'),
        enableHiding: false,
        cell: ({ row }) => (
          <button type="button" className="link-button nowrap" onClick={() => open(row.original)}>
            {row.original.number}
          </button>
        ),
      },
      {
        id: 'description',
        accessorKey: 'description',
        header: t('action.description'),
        cell: ({ row }) => <span className="cell-title">{row.original.description}</span>,
      },
      { id: 'kind', meta: { width: 'short' }, accessorKey: 'kind', header: t('action.kind'), cell: ({ row }) => t(`enums.actionKind.${row.original.kind as 'advies'}`) },
      {
        id: 'status', meta: { width: 'short' },
        accessorKey: 'status',
        header: t('action.status'),
        cell: ({ row }) => t(`enums.actionStatus.${row.original.status as 'open'}`),
      },
      {
        id: 'dueOn', meta: { width: 'wide' },
        accessorKey: 'dueOn',
        header: t('action.dueOn'),
        cell: ({ row }) => <DueDate dueOn={row.original.dueOn} overdue={row.original.overdue} />,
      },
      { id: 'ownerName', meta: { width: 'short' }, accessorKey: 'ownerName', header: t('action.owner'), cell: ({ row }) => row.original.ownerName ?? '—' },
      { id: 'linkedTo', meta: { width: 'text' }, header: t('action.linkedTo'), enableSorting: false, cell: ({ row }) => row.original.linkedTo ?? '—' },
      {
        id: 'updatedAt', meta: { width: 'dateTime' },
        accessorKey: 'updatedAt',
        header: t('action.updatedAt'),
        cell: ({ row }) => formatDateTime(row.original.updatedAt),
      },
    ],
    [t, open],
  );
}
