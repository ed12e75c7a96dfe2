import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../shared/domain/case';
import { municipalityName, useReference, useReferenceLabel } from '../../api/domain';
import { formatDate, formatDateTime, formatNumber } from '../../format';

export const CASE_HIDDEN_COLUMNS = { classification: false, updatedAt: false, endOn: false };

export const CASE_COLUMN_IDS = [
  'number',
  'title',
  'type',
  'status',
  'startOn',
  'endOn',
  'themes',
  'municipalities',
  'ownerName',
  'signalCount',
  'classification',
  'updatedAt',
] as const;

export function useCaseColumns(open: (row: CaseListRow) => void): ColumnDef<CaseListRow, unknown>[] {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  return useMemo<ColumnDef<CaseListRow, unknown>[]>(
    () => [
      {
        id: 'number', meta: { width: 'ref' },
        accessorKey: 'number',
        header: t('case.number'),
        enableHiding: false,
        cell: ({ row }) => (
          <button type="button" className="link-button nowrap" onClick={() => open(row.original)}>
            {row.original.number}
          </button>
        ),
      },
      { id: 'title', accessorKey: 'title', header: t('case.title'), cell: ({ row }) => <span className="cell-title">{row.original.title}</span> },
      { id: 'type', meta: { width: 'short' }, accessorKey: 'type', header: t('case.type'), cell: ({ row }) => t(`enums.caseType.${row.original.type as 'obi'}`) },
      { id: 'status', meta: { width: 'short' }, accessorKey: 'status', header: t('case.status'), cell: ({ row }) => t(`enums.caseStatus.${row.original.status as 'open'}`) },
      { id: 'startOn', meta: { width: 'date' }, accessorKey: 'startOn', header: t('case.startOn'), cell: ({ row }) => formatDate(row.original.startOn) },
      { id: 'endOn', meta: { width: 'date' }, header: t('case.endOn'), enableSorting: false, cell: ({ row }) => formatDate(row.original.endOn) },
      {
        id: 'themes', meta: { width: 'text' },
        header: t('case.themes'),
        enableSorting: false,
        cell: ({ row }) => row.original.themes.map((code) => label(reference?.themes, code)).join(', '),
      },
      {
        id: 'municipalities', meta: { width: 'text' },
        header: t('case.municipalities'),
        enableSorting: false,
        cell: ({ row }) => row.original.municipalities.map((code) => municipalityName(reference, code)).join(', '),
      },
      { id: 'ownerName', meta: { width: 'short' }, accessorKey: 'ownerName', header: t('case.owner'), cell: ({ row }) => row.original.ownerName ?? '—' },
      { id: 'signalCount', meta: { width: 'count' }, accessorKey: 'signalCount', header: t('case.signalCount'), cell: ({ row }) => formatNumber(row.original.signalCount) },
      {
        id: 'classification', meta: { width: 'short' },
        header: t('case.classification'),
        enableSorting: false,
        cell: ({ row }) => t(`enums.classification.${row.original.classification as 'ongerubriceerd'}`),
      },
      { id: 'updatedAt', meta: { width: 'dateTime' }, accessorKey: 'updatedAt', header: t('case.updatedAt'), cell: ({ row }) => formatDateTime(row.original.updatedAt) },
    ],
    [t, reference, label, open],
  );
}
