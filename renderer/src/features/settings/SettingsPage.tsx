import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/contract/schemas';
import { LanguageSwitch } from '../start/LanguageSwitch';
import { AdviserSection } from './AdviserSection';
import { AutoLockSection } from './AutoLockSection';
import { BackupSection } from './BackupSection';
import { CaseFileInfoList } from './CaseFileInfoList';
import { HouseStyleSection } from './HouseStyleSection';
import { PassphraseSection } from './PassphraseSection';
import { SourcesSection } from './SourcesSection';

type Unlocked = Extract<SessionStatus, { state: 'unlocked' }>;

export function SettingsPage({ status }: { status: Unlocked }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('settings.heading')}</h1>
      <AdviserSection current={status.adviser} />
      <AutoLockSection minutes={status.autoLockMinutes} />
      <PassphraseSection />
      <BackupSection />
      <HouseStyleSection />
      <section className="card" aria-labelledby="settings-info">
        <h2 id="settings-info">{t('settings.infoHeading')}</h2>
        <CaseFileInfoList />
      </section>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageHeading')}</h2>
        <LanguageSwitch />
      </section>
      <SourcesSection />
    </>
  );
}
