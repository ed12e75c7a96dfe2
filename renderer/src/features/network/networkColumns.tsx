import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAttentionRule, NetworkOverviewRow } from '../../../../shared/domain/municipality';
import { formatDate, formatNumber } from '../../format';
import { attentionReasons } from './networkAttention';

/** A count, right-aligned so columns of numbers compare at a glance. */
const count = (value: number) => <span className="numeric">{formatNumber(value)}</span>;

export function useNetworkColumns(
  open: (row: NetworkOverviewRow) => void,
  rule: NetworkAttentionRule | undefined,
): ColumnDef<NetworkOverviewRow, unknown>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<NetworkOverviewRow, unknown>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: t('network.column.name'),
        cell: ({ row }) => (
          <button type="button" className="link-button" onClick={() => open(row.original)}>
            {row.original.name}
          </button>
        ),
      },
      {
        // Sorting on it puts the places that need attention first (the service decides which).
        id: 'attention', meta: { width: 'wide' },
        // A value makes the header a sort button; the service does the sorting.
        accessorFn: (row) => (row.attention ? 1 : 0),
        header: t('attention.network.column'),
        cell: ({ row }) =>
          row.original.attention && rule ? (
            <span className="network-attention">
              <span className="badge badge--hoog">
                <span aria-hidden="true">⚠ </span>
                {t('network.attention')}
              </span>{' '}
              <span className="cell-sub">{attentionReasons(t, row.original, rule).join(' · ')}</span>
            </span>
          ) : null,
      },
      { id: 'provinceName', meta: { width: 'short' }, accessorKey: 'provinceName', header: t('network.column.provinceName') },
      { id: 'signals', meta: { width: 'count' }, accessorKey: 'signals', header: t('network.column.signals'), cell: ({ row }) => count(row.original.signals) },
      {
        id: 'contactMoments', meta: { width: 'short' },
        accessorKey: 'contactMoments',
        header: t('network.column.contactMoments'),
        cell: ({ row }) => count(row.original.contactMoments),
      },
      {
        id: 'lastContactOn', meta: { width: 'date' },
        header: t('network.column.lastContactOn'),
        enableSorting: false,
        cell: ({ row }) => (row.original.lastContactOn ? <span className="nowrap">{formatDate(row.original.lastContactOn)}</span> : t('network.never')),
      },
      {
        id: 'daysSinceContact', meta: { width: 'count' },
        accessorKey: 'daysSinceContact',
        header: t('network.column.daysSinceContact'),
        cell: ({ row }) =>
          row.original.daysSinceContact === null ? <span className="numeric">{t('network.never')}</span> : count(row.original.daysSinceContact),
      },
      {
        id: 'openActions', meta: { width: 'count' },
        accessorKey: 'openActions',
        header: t('network.column.openActions'),
        cell: ({ row }) => count(row.original.openActions),
      },
      {
        id: 'overdueActions', meta: { width: 'count' },
        accessorKey: 'overdueActions',
        header: t('network.column.overdueActions'),
        cell: ({ row }) =>
          row.original.overdueActions > 0 ? (
            <span className="numeric">
              <span className="badge badge--hoog">
                <span aria-hidden="true">⚠ </span>
                {row.original.overdueActions}
              </span>
            </span>
          ) : (
            count(0)
          ),
      },
    ],
    [t, open, rule],
  );
}
