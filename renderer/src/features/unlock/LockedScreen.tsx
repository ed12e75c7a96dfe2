import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSessionMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { UnlockForm } from './UnlockForm';

/** Shown while the case file is locked: nothing of its contents, only its name and the passphrase field. */
interface LockedScreenProps {
  file: { path: string; name: string };
  isDemo: boolean;
  /** Locking could not fold the WAL in (disk full); the changes are safe and fold in on the next open. */
  warning?: 'checkpointFailed';
}

export function LockedScreen({ file, isDemo, warning }: LockedScreenProps) {
  const { t } = useTranslation();
  const close = useSessionMutation(() => call('caseFile.close', {}));
  return (
    <div className="start">
      <header className="start__header">
        <p className="start__title">{t('app.title')}</p>
        <p className="start__subtitle">{t('unlock.locked')}</p>
      </header>
      <main className="start__main" id="main">
        {warning === 'checkpointFailed' && <Alert kind="warning">{t('unlock.checkpointFailed')}</Alert>}
        <UnlockForm
          path={file.path}
          isDemo={isDemo}
          onCancel={() => close.mutate(undefined)}
          cancelLabel={t('unlock.otherFile')}
        />
      </main>
    </div>
  );
}
