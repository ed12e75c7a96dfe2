import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from './api/client';
import { keys, useSessionStatus } from './api/queries';
import { Alert } from './components/Alert';
import { errorText } from './components/messages';
import { AppShell } from './features/shell/AppShell';
import { StartScreen } from './features/start/StartScreen';
import { LockedScreen } from './features/unlock/LockedScreen';
import { applyLanguage } from './i18n';

export function App() {
  const { t } = useTranslation();
  const preferences = useQuery({ queryKey: keys.preferences, queryFn: () => call('preferences.get', {}) });
  const session = useSessionStatus();

  useEffect(() => {
    if (preferences.data) applyLanguage(preferences.data.language);
  }, [preferences.data]);

  if (session.isPending) return <p className="loading">{t('app.loading')}</p>;
  if (session.isError) {
    return (
      <main className="page">
        <Alert kind="error">{errorText(t, session.error)}</Alert>
      </main>
    );
  }
  switch (session.data.state) {
    case 'closed':
      return <StartScreen />;
    case 'locked':
      return <LockedScreen file={session.data.file} isDemo={session.data.isDemo} warning={session.data.warning} />;
    case 'unlocked':
      return <AppShell status={session.data} />;
  }
}
