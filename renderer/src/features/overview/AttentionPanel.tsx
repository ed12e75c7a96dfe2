import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OPEN_SIGNAL_STATUSES, URGENT_LEVELS } from '../../../../shared/domain/overview';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNavigation, type Route } from '../shell/navigation';
import { UpcomingElections } from './UpcomingElections';
import { useOverviewAttention } from './useOverview';

/**
 * "Wat aandacht vraagt": each figure is also the way to the records behind it,
 * opening the list with the same rule the count uses.
 */
export function AttentionPanel() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const attention = useOverviewAttention();
  const warnings = useQuery({ queryKey: ['caseFile', 'overview', 'earlyWarning'], queryFn: () => call('earlyWarning.summary', {}), staleTime: 0 });
  const items: { key: string; text: string; route: Route; urgent: boolean }[] = [];
  if (attention.data) {
    const { triage, openUrgent, overdueActions } = attention.data;
    items.push(
      { key: 'triage', text: t('overview.attention.triage', { count: triage }), route: { name: 'triage' }, urgent: triage > 0 },
      {
        key: 'openUrgent',
        text: t('overview.attention.openUrgent', { count: openUrgent }),
        route: { name: 'signals', filters: { urgencies: [...URGENT_LEVELS], statuses: [...OPEN_SIGNAL_STATUSES] } },
        urgent: openUrgent > 0,
      },
      {
        key: 'overdueActions',
        text: t('overview.attention.overdueActions', { count: overdueActions }),
        route: { name: 'actions', view: 'overdue' },
        urgent: overdueActions > 0,
      },
    );
  }
  if (warnings.data) {
    items.push({
      key: 'earlyWarning',
      text: t('overview.attention.earlyWarning', { count: warnings.data.unreviewed, week: warnings.data.week.replace(/^\d{4}-W0?/, '') }),
      route: { name: 'earlyWarning' },
      urgent: warnings.data.unreviewed > 0,
    });
  }
  return (
    <section className="card overview-attention" aria-labelledby="overview-attention">
      <h2 id="overview-attention">{t('overview.attention.heading')}</h2>
      <ErrorAlert error={attention.error ?? warnings.error} />
      <ul className="overview-attention__list">
        {items.map((item) => (
          <li key={item.key} className={item.urgent ? 'overview-attention__item is-urgent' : 'overview-attention__item'}>
            <button type="button" className="link-button" onClick={() => navigate(item.route)}>
              {item.text}
            </button>
          </li>
        ))}
      </ul>
      <UpcomingElections />
    </section>
  );
}
