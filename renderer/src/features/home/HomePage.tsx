import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/contract/schemas';
import { Alert } from '../../components/Alert';
import '../../styles/overview.css';
import { ActionDigest } from '../actions/ActionDigest';
import { AttentionPanel } from '../overview/AttentionPanel';
import { OverviewCharts } from '../overview/OverviewCharts';
import { CaseFileInfoList } from '../settings/CaseFileInfoList';

type Unlocked = Extract<SessionStatus, { state: 'unlocked' }>;

/**
 * The overview ("Overzicht"): what needs attention first, then the pictures
 * (signals per week, per theme and province, the map), the adviser's own
 * actions, and what this case file is, last.
 */
export function HomePage({ status, onChooseAdviser }: { status: Unlocked; onChooseAdviser: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="overview">
      <h1>{t('home.heading')}</h1>
      <p className="lead">
        {status.adviser ? t('home.welcome', { name: status.adviser.name }) : t('home.welcomeAnonymous')}
      </p>
      {!status.adviser && (
        <Alert kind="warning">
          {t('home.chooseAdviser')}{' '}
          <button type="button" className="link-button" onClick={onChooseAdviser}>
            {t('shell.settings')}
          </button>
        </Alert>
      )}
      <div className="overview-top">
        <AttentionPanel />
        {status.adviser && <ActionDigest />}
      </div>
      <OverviewCharts />
      <section className="card" aria-labelledby="home-file">
        <h2 id="home-file">{t('home.fileHeading')}</h2>
        <CaseFileInfoList />
      </section>
    </div>
  );
}
