import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../../shared/domain/election';
import { countryName, electionTitle, kindAndRound, longDate } from './electionText';

/** The campaign-ban cell: from when, or why there is none; "loopt" in words, not colour alone. */
export function WindowCell({ election }: { election: Election }) {
  const { t, i18n } = useTranslation();
  if (election.isEu) return <span className="muted">{t('elections.windowEu')}</span>;
  if (!election.campaignWindowFrom) return <span className="muted">{t('elections.windowUnknown')}</span>;
  const date = longDate(election.campaignWindowFrom, i18n.language);
  return (
    <>
      {election.campaignWindowApproximate ? t('elections.windowFromApprox', { date }) : t('elections.windowFrom', { date })}
      {election.windowOpen && (
        <>
          {' '}
          <span className="badge elections-badge--open">{t('elections.windowOpen')}</span>
        </>
      )}
    </>
  );
}

/** The register's columns; the service orders the rows (upcoming first), so no column sorts. */
export function useElectionColumns(open: (row: Election) => void): ColumnDef<Election, unknown>[] {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo<ColumnDef<Election, unknown>[]>(
    () => [
      {
        id: 'country',
        header: t('elections.column.country'),
        enableSorting: false,
        cell: ({ row }) => (
          <>
            <button type="button" className="link-button cell-title" onClick={() => open(row.original)}>
              {countryName(row.original.country, language)}
            </button>{' '}
            <span className="muted nowrap">{electionTitle(t, row.original, language)}</span>
          </>
        ),
      },
      {
        id: 'kind', meta: { width: 'short' },
        header: t('elections.column.kind'),
        enableSorting: false,
        cell: ({ row }) => kindAndRound(t, row.original.kind, row.original.round),
      },
      {
        id: 'date', meta: { width: 'date' },
        header: t('elections.column.date'),
        enableSorting: false,
        cell: ({ row }) => longDate(row.original.date, language, row.original.precision),
      },
      {
        id: 'status', meta: { width: 'badge' },
        header: t('elections.column.status'),
        enableSorting: false,
        cell: ({ row }) => t(`elections.status.${row.original.status}`),
      },
      {
        id: 'window', meta: { width: 'wide' },
        header: t('elections.column.window'),
        enableSorting: false,
        // The ban's words wrap rather than end in an ellipsis: they are the point of the column.
        cell: ({ row }) => (
          <span className="elections-wrap">
            <WindowCell election={row.original} />
          </span>
        ),
      },
    ],
    [t, open, language],
  );
}
