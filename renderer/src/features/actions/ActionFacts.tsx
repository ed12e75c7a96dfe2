import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAction } from '../../../../shared/domain/followUpAction';
import { adviserName, useReference } from '../../api/domain';
import { formatDate, formatDateTime } from '../../format';
import { useNavigation, type Route } from '../shell/navigation';
import { DueDate } from './DueDate';
import { Facts, type Fact } from '../../components/record/Facts';

/** The fields of an action, read-only; its links open the records it follows from. */
export function ActionFacts({ action }: { action: FollowUpAction }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const reference = useReference().data;
  const link = (label: string | null, route: Route): ReactNode =>
    label ? (
      <button type="button" className="link-button" onClick={() => navigate(route)}>
        {label}
      </button>
    ) : (
      '—'
    );
  const facts: Fact[] = [
    [t('action.kind'), t(`enums.actionKind.${action.kind}`)],
    [t('action.status'), t(`enums.actionStatus.${action.status}`)],
    [t('action.owner'), action.ownerName ?? '—'],
    [t('action.dueOn'), <DueDate key="due" dueOn={action.dueOn} overdue={action.overdue} />],
    [t('action.completedOn'), formatDate(action.completedOn)],
    [t('action.contactMomentId'), link(action.contactMomentLabel, { name: 'contactMoment', id: action.contactMomentId ?? '' })],
    [t('action.signalId'), link(action.signalLabel, { name: 'signal', id: action.signalId ?? '' })],
    [t('action.caseId'), link(action.caseLabel, { name: 'case', id: action.caseId ?? '' })],
    [t('action.updatedAt'), [formatDateTime(action.updatedAt), adviserName(reference, action.updatedBy)].filter(Boolean).join(' · ')],
  ];
  return (
    <section className="card" aria-labelledby="action-facts">
      <h2 id="action-facts">{t('actions.facts')}</h2>
      <Facts facts={facts} />
      <h3>{t('action.result')}</h3>
      <p className="prose">{action.result || <span className="muted">{t('actions.noResult')}</span>}</p>
    </section>
  );
}
