import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { electionTitle, longDate } from '../elections/electionText';
import { useNavigation } from '../shell/navigation';

/** The next foreign elections and whether representatives of their government may campaign here now. */
export function UpcomingElections() {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const elections = useQuery({ queryKey: ['caseFile', 'overview', 'elections'], queryFn: () => call('elections.upcoming', { limit: 3 }), staleTime: 0 });
  return (
    <>
      <h3 id="overview-elections">{t('overview.elections.heading')}</h3>
      <ErrorAlert error={elections.error} />
      {elections.data?.length === 0 && <p className="muted">{t('overview.elections.none')}</p>}
      <ul className="overview-attention__list" aria-labelledby="overview-elections">
        {elections.data?.map((election) => {
          const window = election.windowOpen
            ? t('overview.elections.windowOpen')
            : election.campaignWindowFrom
              ? t('overview.elections.windowFrom', { date: longDate(election.campaignWindowFrom, i18n.language) })
              : election.isEu
                ? t('overview.elections.noWindowEu')
                : t('overview.elections.windowUnknown');
          return (
            <li key={election.id} className={election.windowOpen ? 'overview-attention__item is-urgent' : 'overview-attention__item'}>
              <button type="button" className="link-button" onClick={() => navigate({ name: 'election', id: election.id })}>
                {t('overview.elections.item', {
                  title: electionTitle(t, election, i18n.language),
                  date: longDate(election.date, i18n.language, election.precision),
                })}
              </button>
              <span className="overview-attention__meta"> · {window}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
