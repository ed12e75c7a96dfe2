import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactMomentListRow } from '../../../../shared/domain/contactMoment';
import { useReference, useReferenceLabel } from '../../api/domain';
import { formatDate, formatDateTime } from '../../format';

export function useContactMomentColumns(open: (row: ContactMomentListRow) => void): ColumnDef<ContactMomentListRow, unknown>[] {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  return useMemo<ColumnDef<ContactMomentListRow, unknown>[]>(
    () => [
      {
        id: 'number', meta: { width: 'ref' },
        accessorKey: 'number',
        header: t('contactMoment.number'),
        enableHiding: false,
        cell: ({ row }) => (
          <button type="button" className="link-button nowrap" onClick={() => open(row.original)}>
            {row.original.number}
          </button>
        ),
      },
      { id: 'heldOn', meta: { width: 'date' }, accessorKey: 'heldOn', header: t('contactMoment.heldOn'), cell: ({ row }) => <span className="nowrap">{formatDate(row.original.heldOn)}</span> },
      { id: 'form', meta: { width: 'short' }, accessorKey: 'form', header: t('contactMoment.form'), cell: ({ row }) => t(`enums.contactForm.${row.original.form as 'overleg'}`) },
      {
        id: 'subject',
        accessorKey: 'subject',
        header: t('contactMoment.subject'),
        cell: ({ row }) => <span className="cell-title">{row.original.subject}</span>,
      },
      {
        id: 'municipalities', meta: { width: 'text' },
        header: t('contactMoment.municipalities'),
        enableSorting: false,
        cell: ({ row }) => row.original.municipalityNames.join(', ') || '—',
      },
      {
        id: 'organisations', meta: { width: 'text' },
        header: t('contactMoment.organisations'),
        enableSorting: false,
        cell: ({ row }) => row.original.organisationNames.join(', ') || '—',
      },
      {
        id: 'themes', meta: { width: 'text' },
        header: t('contactMoment.themes'),
        enableSorting: false,
        cell: ({ row }) => row.original.themes.map((code) => label(reference?.themes, code)).join(', ') || '—',
      },
      {
        id: 'classification', meta: { width: 'short' },
        header: t('contactMoment.classification'),
        enableSorting: false,
        cell: ({ row }) => t(`enums.classification.${row.original.classification as 'ongerubriceerd'}`),
      },
      {
        id: 'updatedAt', meta: { width: 'dateTime' },
        accessorKey: 'updatedAt',
        header: t('contactMoment.updatedAt'),
        cell: ({ row }) => formatDateTime(row.original.updatedAt),
      },
    ],
    [t, reference, label, open],
  );
}
