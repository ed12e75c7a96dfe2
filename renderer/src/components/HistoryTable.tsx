import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, HistoryEntry } from '../../../shared/domain/history';
import { call } from '../api/client';
import { recordKeys } from '../api/domain';
import { formatDateTime } from '../format';
import { ErrorAlert } from './ErrorAlert';
import { useHistoryText } from './historyValue';

export function useHistory(entity: HistoryEntity, id: string) {
  return useQuery({ queryKey: recordKeys.history(entity, id), queryFn: () => call('history.get', { entity, id }) });
}

/** The audit trail of one record: who changed what, when, before → after, in plain Dutch. */
interface HistoryTableProps {
  entity: HistoryEntity;
  id: string;
  /** Names for ids that may appear as values (the linked case → its number). */
  names?: Record<string, string>;
}

export function HistoryTable({ entity, id, names }: HistoryTableProps) {
  const { t, i18n } = useTranslation();
  const history = useHistory(entity, id);
  const text = useHistoryText(entity, names);
  const actionLabel = (action: string) => {
    const key = `history.action.${action}`;
    return i18n.exists(key) ? t(key as 'history.action.create') : action;
  };
  if (history.error) return <ErrorAlert error={history.error} />;
  if (!history.data) return <p className="muted">{t('app.loading')}</p>;
  if (history.data.length === 0) return <p className="muted">{t('history.empty')}</p>;
  // One row per changed field. Creation lists every field, which says little:
  // it gets one row, like entries without field changes (delete, erase).
  const rows = history.data.flatMap((entry: HistoryEntry) =>
    entry.changes.length === 0 || entry.action === 'create'
      ? [{ entry, change: null as HistoryEntry['changes'][number] | null }]
      : entry.changes.map((change) => ({ entry, change })),
  );
  // Values such as a file's sha256 may break anywhere (history-table in app.css),
  // so the table fits the page and never becomes a region only a mouse can scroll.
  return (
    <div className="table-wrap history-table">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{t('history.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.at')}</th>
            <th scope="col">{t('history.by')}</th>
            <th scope="col">{t('history.actionHeader')}</th>
            <th scope="col">{t('history.field')}</th>
            <th scope="col">{t('history.before')}</th>
            <th scope="col">{t('history.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, change }, index) => (
            <tr key={`${entry.seq}-${index}`}>
              <td className="nowrap">{formatDateTime(entry.at)}</td>
              <td>{entry.by}</td>
              <td>{actionLabel(entry.action)}</td>
              <td>{change ? text.label(change.field) : entry.erased ? t('history.erased') : '—'}</td>
              <td className="history__value">{change ? text.value(change.field, change.before, entry.names) : ''}</td>
              <td className="history__value">{change ? text.value(change.field, change.after, entry.names) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
