import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import type { BriefingPreviewModel } from '../../../../shared/contract/briefingChannels';

/**
 * The data-driven parts of a note, read-only, as the main process resolved
 * them for the document (display text only). Long lists show their first
 * rows; the Word export holds them all.
 */

const MAX_ROWS = 100;

/** Up to this many rows show at once; a longer table opens on request, so the text below stays near. */
const OPEN_ROWS = 12;

interface TableProps {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  /** Shown instead of an empty table. */
  emptyText?: string;
  /** Columns (by index) that must not wrap, such as numbers and dates. */
  nowrap?: number[];
  /** Counts are short lines and always shown; record lists fold away when long. */
  fold?: boolean;
}

function ReadOnlyTable(props: TableProps) {
  const { t } = useTranslation();
  const { caption, rows, emptyText } = props;
  if (rows.length === 0 && emptyText) return <p className="muted">{emptyText}</p>;
  if (rows.length <= OPEN_ROWS || props.fold === false) return <Table {...props} />;
  return (
    <details className="briefing-list">
      <summary>{t('briefings.showRows', { caption, count: rows.length })}</summary>
      <Table {...props} />
    </details>
  );
}

function Table({ caption, headers, rows, nowrap = [] }: TableProps) {
  const { t } = useTranslation();
  const count = rows.length;
  return (
    <div className="table-wrap briefing-table">
      <table className="data-table data-table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, column) => (
                <td key={column} className={nowrap.includes(column) ? 'nowrap' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {count > MAX_ROWS && <p className="field__hint">{t('briefings.firstRows', { shown: MAX_ROWS, total: count })}</p>}
    </div>
  );
}

export const SignalLinesTable = memo(function SignalLinesTable({ model, caption }: { model: BriefingPreviewModel; caption: string }) {
  const { t } = useTranslation();
  return (
    <ReadOnlyTable
      caption={caption}
      headers={[t('briefings.column.number'), t('briefings.column.date'), t('briefings.column.place'), t('briefings.column.themes'), t('briefings.column.title'), t('briefings.column.urgency')]}
      nowrap={[0, 1]}
      rows={model.signals.map((line) => [
        line.number,
        line.receivedOn,
        line.place,
        line.themes,
        <span className="cell-title" key="t">
          <span>{line.title}</span>
          {line.detail && <span className="cell-sub briefing-detail">{line.detail}</span>}
        </span>,
        line.urgency,
      ])}
      emptyText={t('briefings.noSignals')}
    />
  );
});

export function CaseLinesTable({ model, caption }: { model: BriefingPreviewModel; caption: string }) {
  const { t } = useTranslation();
  if (model.cases.length === 0) return null;
  return (
    <ReadOnlyTable
      caption={caption}
      headers={[t('briefings.column.number'), t('briefings.column.title'), t('briefings.column.kind'), t('briefings.column.status'), t('briefings.column.date')]}
      nowrap={[0, 4]}
      rows={model.cases.map((line) => [line.number, line.title, line.type, line.status, line.startOn])}
    />
  );
}

export function CountTable({ caption, column, lines }: { caption: string; column: string; lines: { label: string; count: number }[] }) {
  const { t } = useTranslation();
  return (
    <ReadOnlyTable
      caption={caption}
      headers={[column, t('briefings.column.count')]}
      fold={false}
      rows={lines.map((line) => [line.label, <span className="numeric" key="c">{formatNumber(line.count)}</span>])}
    />
  );
}

export const ContactsAndActions = memo(function ContactsAndActions({ model }: { model: BriefingPreviewModel }) {
  const { t } = useTranslation();
  return (
    <>
      <ReadOnlyTable
        caption={t('briefings.contactsCaption')}
        headers={[t('briefings.column.number'), t('briefings.column.date'), t('briefings.column.form'), t('briefings.column.place'), t('briefings.column.subject'), t('briefings.column.withWhom')]}
        nowrap={[0, 1]}
        rows={model.contactMoments.map((line) => [line.number, line.heldOn, line.form, line.places, line.subject, line.withWhom])}
        emptyText={t('briefings.noContacts')}
      />
      <ReadOnlyTable
        caption={t('briefings.actionsCaption')}
        headers={[t('briefings.column.number'), t('briefings.column.action'), t('briefings.column.kind'), t('briefings.column.owner'), t('briefings.column.due'), t('briefings.column.status')]}
        nowrap={[0, 4]}
        rows={model.actions.map((line) => [line.number, line.description, line.kind, line.owner, line.dueOn, line.status])}
        emptyText={t('briefings.noActions')}
      />
    </>
  );
});
