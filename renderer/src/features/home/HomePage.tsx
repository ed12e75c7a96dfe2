import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/contract/schemas';
import { Alert } from '../../components/Alert';
import { ActionDigest } from '../actions/ActionDigest';
import { CaseFileInfoList } from '../settings/CaseFileInfoList';

type Unlocked = Extract<SessionStatus, { state: 'unlocked' }>;

export function HomePage({ status, onChooseAdviser }: { status: Unlocked; onChooseAdviser: () => void }) {
  const { t } = useTranslation();
  return (
    <>
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
      {status.adviser && <ActionDigest />}
      <section className="card" aria-labelledby="home-file">
        <h2 id="home-file">{t('home.fileHeading')}</h2>
        <CaseFileInfoList />
      </section>
    </>
  );
}
