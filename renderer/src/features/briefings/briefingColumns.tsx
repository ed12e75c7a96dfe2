import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingListItem } from '../../../../shared/contract/briefingChannels';
import { formatDateTime } from '../../format';

/** Columns the list sorts by (in the renderer: the list of notes is short and not paged). */
export const BRIEFING_SORT_COLUMNS = ['reference', 'kind', 'subject', 'recipient', 'status', 'classification', 'lastExportedAt', 'updatedAt'] as const;
export type BriefingSortColumn = (typeof BRIEFING_SORT_COLUMNS)[number];

export const isBriefingSortColumn = (id: string): id is BriefingSortColumn => (BRIEFING_SORT_COLUMNS as readonly string[]).includes(id);

export function sortBriefings(rows: BriefingListItem[], column: BriefingSortColumn, direction: 'asc' | 'desc', defaultRecipient: string): BriefingListItem[] {
  const value = (row: BriefingListItem): string => (column === 'recipient' ? row.recipient || defaultRecipient : (row[column] ?? ''));
  const sorted = [...rows].sort((a, b) => value(a).localeCompare(value(b), 'nl', { numeric: true }));
  return direction === 'asc' ? sorted : sorted.reverse();
}

export function useBriefingColumns(open: (row: BriefingListItem) => void, defaultRecipient: string): ColumnDef<BriefingListItem, unknown>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<BriefingListItem, unknown>[]>(
    () => [
      {
        id: 'reference', meta: { width: 'ref' },
        accessorKey: 'reference',
        header: t('briefing.reference'),
        cell: ({ row }) => (
          <>
            <button type="button" className="link-button nowrap" onClick={() => open(row.original)}>
              {row.original.reference}
            </button>
            {row.original.deletedAt && <span className="badge briefings-badge">{t('briefings.deletedTag')}</span>}
          </>
        ),
      },
      { id: 'kind', meta: { width: 'short' }, accessorKey: 'kind', header: t('briefing.kind'), cell: ({ row }) => t(`briefing.kinds.${row.original.kind}`) },
      {
        id: 'subject',
        accessorKey: 'subject',
        header: t('briefing.subject'),
        cell: ({ row }) => <span className="cell-title">{row.original.subject || <span className="muted">{t('briefings.noSubject')}</span>}</span>,
      },
      {
        id: 'recipient', meta: { width: 'short' },
        accessorKey: 'recipient',
        header: t('briefing.recipient'),
        cell: ({ row }) => row.original.recipient || t('briefings.defaultRecipient', { code: defaultRecipient }),
      },
      {
        id: 'status', meta: { width: 'badge' },
        accessorKey: 'status',
        header: t('briefing.status'),
        cell: ({ row }) => <span className={`badge briefing-status briefing-status--${row.original.status}`}>{t(`briefing.statuses.${row.original.status}`)}</span>,
      },
      {
        id: 'classification', meta: { width: 'short' },
        accessorKey: 'classification',
        header: t('briefing.classification'),
        cell: ({ row }) => t(`enums.classification.${row.original.classification}`),
      },
      {
        id: 'lastExportedAt', meta: { width: 'wide' },
        accessorKey: 'lastExportedAt',
        header: t('briefings.lastExport'),
        cell: ({ row }) =>
          row.original.lastExportedAt ? (
            <>
              <span className="nowrap">{formatDateTime(row.original.lastExportedAt)}</span>
              <span className="cell-sub">{t('briefings.exportCount', { count: row.original.exportCount })}</span>
            </>
          ) : (
            <span className="muted">{t('briefings.notExported')}</span>
          ),
      },
      { id: 'updatedAt', meta: { width: 'dateTime' }, accessorKey: 'updatedAt', header: t('briefings.updatedAt'), cell: ({ row }) => formatDateTime(row.original.updatedAt) },
    ],
    [t, open, defaultRecipient],
  );
}
