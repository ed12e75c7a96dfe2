import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { municipalityName, useReference, useReferenceLabel } from '../../api/domain';
import { formatDate, formatDateTime } from '../../format';

/** Hidden until turned on under Kolommen, so the default list fits a 1366-pixel laptop screen. */
export const SIGNAL_HIDDEN_COLUMNS = { observedOn: false, phase: false, ownerName: false, classification: false, updatedAt: false };

export const SIGNAL_COLUMN_IDS = [
  'number',
  'title',
  'receivedOn',
  'observedOn',
  'urgency',
  'status',
  'phase',
  'themes',
  'municipalities',
  'caseNumber',
  'ownerName',
  'classification',
  'updatedAt',
] as const;

/** A list row's places and themes as text ("Landelijk, Zwolle"; "Polarisatie, Discriminatie"). */
export function useSignalRowText() {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  return useMemo(
    () => ({
      places: (row: SignalListRow) =>
        [...(row.isNational ? [t('signal.national')] : []), ...row.municipalities.map((code) => municipalityName(reference, code))].join(', '),
      themes: (row: SignalListRow) => row.themes.map((code) => label(reference?.themes, code)).join(', '),
    }),
    [t, reference, label],
  );
}

export function useSignalColumns(open: (row: SignalListRow) => void): ColumnDef<SignalListRow, unknown>[] {
  const { t } = useTranslation();
  const text = useSignalRowText();
  return useMemo<ColumnDef<SignalListRow, unknown>[]>(
    () => [
      {
        id: 'number', meta: { width: 'ref' },
        accessorKey: 'number',
        header: t('signal.number'),
        enableHiding: false,
        cell: ({ row }) => (
          <button type="button" className="link-button nowrap" onClick={() => open(row.original)}>
            {row.original.number}
          </button>
        ),
      },
      { id: 'title', accessorKey: 'title', header: t('signal.title'), cell: ({ row }) => <span className="cell-title">{row.original.title}</span> },
      { id: 'receivedOn', meta: { width: 'date' }, accessorKey: 'receivedOn', header: t('signal.receivedOn'), cell: ({ row }) => formatDate(row.original.receivedOn) },
      { id: 'observedOn', meta: { width: 'date' }, accessorKey: 'observedOn', header: t('signal.observedOn'), cell: ({ row }) => formatDate(row.original.observedOn) },
      {
        id: 'urgency', meta: { width: 'badge' },
        accessorKey: 'urgency',
        header: t('signal.urgency'),
        cell: ({ row }) => (
          <span className={`badge badge--${row.original.urgency}`}>
            {t(`enums.urgency.${row.original.urgency as 'laag'}`)}
          </span>
        ),
      },
      {
        id: 'status', meta: { width: 'short' },
        accessorKey: 'status',
        header: t('signal.status'),
        cell: ({ row }) => t(`enums.signalStatus.${row.original.status as 'nieuw'}`),
      },
      {
        id: 'phase', meta: { width: 'short' },
        accessorKey: 'phase',
        header: t('signal.phase'),
        cell: ({ row }) => (row.original.phase ? t(`enums.phase.${row.original.phase as 'escalatie'}`) : '—'),
      },
      {
        id: 'themes', meta: { width: 'text' },
        header: t('signal.themes'),
        enableSorting: false,
        cell: ({ row }) => text.themes(row.original),
      },
      {
        id: 'municipalities', meta: { width: 'text' },
        header: t('signal.municipalities'),
        enableSorting: false,
        cell: ({ row }) => text.places(row.original),
      },
      { id: 'caseNumber', meta: { width: 'ref' }, accessorKey: 'caseNumber', header: t('signal.case'), cell: ({ row }) => row.original.caseNumber ?? '—' },
      { id: 'ownerName', meta: { width: 'short' }, accessorKey: 'ownerName', header: t('signal.owner'), cell: ({ row }) => row.original.ownerName ?? '—' },
      {
        id: 'classification', meta: { width: 'short' },
        accessorKey: 'classification',
        header: t('signal.classification'),
        cell: ({ row }) => t(`enums.classification.${row.original.classification as 'ongerubriceerd'}`),
      },
      { id: 'updatedAt', meta: { width: 'dateTime' }, accessorKey: 'updatedAt', header: t('signal.updatedAt'), cell: ({ row }) => formatDateTime(row.original.updatedAt) },
    ],
    [t, text, open],
  );
}
