import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/domain/enums';
import type { FollowUpActionListRow } from '../../../../shared/domain/followUpAction';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNavigation, type Route } from '../shell/navigation';
import { DueDate } from './DueDate';
import '../../styles/contactMoments.css';

interface RelatedActionsProps {
  /** The record the actions follow from. */
  filter: { signalId?: string; caseId?: string; contactMomentId?: string };
  /** Where "Vervolgactie toevoegen" leads (the action form, prefilled with this record). */
  addRoute: Route;
  /** Only what still needs doing (a case's open actions). */
  openOnly?: boolean;
  disabled?: boolean;
}

const LIMIT = 50;

/** The follow-up actions of a signal, case or contact moment, each opening its page, with a button to add one. */
export function RelatedActions({ filter, addRoute, openOnly = false, disabled = false }: RelatedActionsProps) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const headingId = useId();
  const statuses: ActionStatus[] = openOnly ? ['open', 'lopend'] : [];
  const filters = { ...filter, statuses };
  const list = useQuery({
    queryKey: [...recordKeys.actions, 'related', filters],
    queryFn: () =>
      call('actions.list', {
        filters,
        sort: { column: 'dueOn', direction: 'asc' },
        page: { offset: 0, limit: LIMIT },
      }),
  });
  const rows: FollowUpActionListRow[] = list.data?.rows ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId}>{openOnly ? t('actions.relatedOpenHeading') : t('actions.relatedHeading')}</h2>
        <button type="button" className="button button--small" disabled={disabled} onClick={() => navigate(addRoute)}>
          {t('actions.add')}
        </button>
      </div>
      <ErrorAlert error={list.error} />
      {list.data && rows.length === 0 && (
        <p className="muted">{openOnly ? t('actions.relatedOpenEmpty') : t('actions.relatedEmpty')}</p>
      )}
      <ul className="action-list">
        {rows.map((row) => (
          <li key={row.id}>
            <button type="button" className="link-button" onClick={() => navigate({ name: 'action', id: row.id })}>
              {row.number}
            </button>{' '}
            <span className="cell-title">{row.description}</span>
            <span className="action-list__meta">
              {t(`enums.actionStatus.${row.status as 'open'}`)} · {row.ownerName ?? '—'} ·{' '}
              <DueDate dueOn={row.dueOn} overdue={row.overdue} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
