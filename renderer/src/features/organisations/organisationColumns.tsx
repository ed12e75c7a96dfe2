import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationListRow } from '../../../../shared/domain/organisation';
import { formatDate, formatDateTime, formatNumber } from '../../format';

/** Sortable columns name their accessor after the server's sort column (see DataTable). */
export function useOrganisationColumns(open: (row: OrganisationListRow) => void): ColumnDef<OrganisationListRow, unknown>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<OrganisationListRow, unknown>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: t('organisation.name'),
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
      {
        id: 'type', meta: { width: 'short' },
        accessorKey: 'type',
        header: t('organisation.type'),
        cell: ({ row }) => t(`enums.organisationType.${row.original.type as 'gemeente'}`),
      },
      {
        id: 'municipalities', meta: { width: 'text' },
        header: t('organisation.municipalities'),
        enableSorting: false,
        cell: ({ row }) => row.original.municipalityNames.join(', ') || '—',
      },
      { id: 'personCount', meta: { width: 'count' }, accessorKey: 'personCount', header: t('organisation.personCount'), cell: ({ row }) => formatNumber(row.original.personCount) },
      {
        id: 'lastContactOn', meta: { width: 'date' },
        accessorKey: 'lastContactOn',
        header: t('organisation.lastContactOn'),
        cell: ({ row }) => (row.original.lastContactOn ? formatDate(row.original.lastContactOn) : t('organisations.never')),
      },
      { id: 'updatedAt', meta: { width: 'dateTime' }, accessorKey: 'updatedAt', header: t('organisation.updatedAt'), cell: ({ row }) => formatDateTime(row.original.updatedAt) },
    ],
    [t, open],
  );
}
