import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSessionMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { errorText } from '../../components/messages';
import { CreateCaseFileForm } from '../create/CreateCaseFileForm';
import { UnlockForm } from '../unlock/UnlockForm';
import { LanguageSwitch } from './LanguageSwitch';
import { RecentFiles } from './RecentFiles';

type View = { kind: 'home' } | { kind: 'create' } | { kind: 'unlock'; path: string };

/** No case file open: create one, open one, or look around in the demo. */
export function StartScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'home' });
  const [error, setError] = useState<unknown>(null);
  const openDemo = useSessionMutation(() => call('caseFile.openDemo', {}));

  const chooseExisting = async () => {
    setError(null);
    try {
      const { path } = await call('dialog.chooseCaseFile', {});
      if (path) setView({ kind: 'unlock', path });
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className="start">
      <header className="start__header">
        <p className="start__title">{t('app.title')}</p>
        <p className="start__subtitle">{t('app.subtitle')}</p>
      </header>
      <main className="start__main" id="main">
        {view.kind === 'create' && <CreateCaseFileForm onCancel={() => setView({ kind: 'home' })} />}
        {view.kind === 'unlock' && <UnlockForm path={view.path} onCancel={() => setView({ kind: 'home' })} />}
        {view.kind === 'home' && (
          <>
            <h1>{t('start.heading')}</h1>
            <p>{t('start.intro')}</p>
            {Boolean(error ?? openDemo.error) && <Alert kind="error">{errorText(t, error ?? openDemo.error)}</Alert>}
            <div className="start__actions">
              <button type="button" className="button button--primary" onClick={() => setView({ kind: 'create' })}>
                {t('start.create')}
              </button>
              <button type="button" className="button" onClick={() => void chooseExisting()}>
                {t('start.open')}
              </button>
              <button
                type="button"
                className="button"
                aria-describedby="demo-hint"
                disabled={openDemo.isPending}
                onClick={() => openDemo.mutate(undefined)}
              >
                {t('start.demo')}
              </button>
            </div>
            <p id="demo-hint" className="muted">
              {t('start.demoHint')}
            </p>
            <RecentFiles onOpen={(path) => setView({ kind: 'unlock', path })} />
          </>
        )}
      </main>
      <footer className="start__footer">
        <LanguageSwitch />
      </footer>
    </div>
  );
}
