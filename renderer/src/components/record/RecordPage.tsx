import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../../../shared/domain/history';
import { BackButton } from '../../features/shell/BackButton';
import { DeletedNotice } from '../DeletedNotice';
import { HistoryTable } from '../HistoryTable';
import '../../styles/records.css';

export interface RecordDeletion {
  deleted: boolean;
  /** When and why it was deleted, in the page's own words. */
  message: ReactNode;
  restoreLabel: string;
  restore: UseMutationResult<unknown, Error, void>;
}

interface RecordPageProps {
  /** Number, kind and status above the title ("SIG-2026-0001 · Nieuw · Hoog"). */
  kicker: ReactNode;
  title: string;
  /** The record's actions, all in one place: the bar that stays at the top while the page scrolls. */
  actions?: ReactNode;
  /** A record that can be soft-deleted: one notice with its restore button, the same on every page. */
  deletion?: RecordDeletion;
  /** Other notices about the record as a whole (merged, review due). */
  notices?: ReactNode;
  /** The facts and what belongs to the record itself. */
  main?: ReactNode;
  /** Linked records, in a column beside the main part on wide screens. */
  side?: ReactNode;
  /** A page laid out otherwise (a municipality, a note) puts its body here, below main and side. */
  children?: ReactNode;
  /** The history, always last but one. */
  history?: { entity: HistoryEntity; id: string; names?: Record<string, string> };
  /** After the history: a danger zone, the dialogs of the actions. */
  footer?: ReactNode;
}

/**
 * The one frame of every record page: title, actions in one sticky bar,
 * the deleted notice, facts, linked records, history. Pages keep only what is
 * specific to them.
 */
export function RecordPage({ kicker, title, actions, deletion, notices, main, side, children, history, footer }: RecordPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <BackButton />
      <div className="record-head">
        <p className="page-header__kicker">{kicker}</p>
        <h1 className="cell-title record-head__title">{title}</h1>
      </div>
      {actions && (
        // Right after the title in the Tab order, and sticky, so "Exporteren naar Word" is never 50 tabs or a long scroll away.
        <div className="record-bar" role="group" aria-label={t('records.actions')}>
          {actions}
        </div>
      )}
      {deletion && <DeletedNotice {...deletion} />}
      {notices}
      {(main || side) && (
        <div className="detail-layout">
          <div className="detail-layout__main">{main}</div>
          {side && <div className="detail-layout__side">{side}</div>}
        </div>
      )}
      {children}
      {history && (
        <section className="card" aria-labelledby={`${history.entity}-history`}>
          <h2 id={`${history.entity}-history`}>{t('history.heading')}</h2>
          <HistoryTable entity={history.entity} id={history.id} names={history.names} />
        </section>
      )}
      {footer}
    </>
  );
}
