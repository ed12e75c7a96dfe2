import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { withPassphraseBytes } from '../../api/passphrase';
import { keys } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { errorText } from '../../components/messages';
import { formatBytes } from './formatBytes';
import { JobProgress } from './JobProgress';

export function BackupSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [destination, setDestination] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [dialogError, setDialogError] = useState<unknown>(null);
  const backup = useMutation({
    // The passphrase is read from the field at the last moment and sent as bytes, never kept as a mutation variable.
    mutationFn: (chosen: string) =>
      withPassphraseBytes([passphrase], ([bytes]) => call('caseFile.backup', { destination: chosen, passphrase: bytes! })),
    onSettled: () => setPassphrase(''),
    onSuccess: () => {
      setDestination(null);
      void queryClient.invalidateQueries({ queryKey: keys.caseFileInfo });
    },
  });

  const choose = async () => {
    setDialogError(null);
    try {
      const chosen = await call('dialog.chooseBackupDestination', {});
      if (chosen.path) setDestination(chosen.path);
    } catch (failure) {
      setDialogError(failure);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (destination) backup.mutate(destination);
  };

  return (
    <section className="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('settings.backupHeading')}</h2>
      <p className="muted">{t('settings.backupIntro')}</p>
      <form onSubmit={submit}>
        <p className="path" id="backup-destination">
          {destination ?? t('settings.noDestination')}
        </p>
        <button type="button" className="button" onClick={() => void choose()} aria-describedby="backup-destination">
          {t('settings.chooseDestination')}
        </button>
        <Field
          label={t('settings.confirmPassphrase')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={!destination || !passphrase || backup.isPending}>
          {backup.isPending ? t('settings.working') : t('settings.makeBackup')}
        </button>
      </form>
      <JobProgress job="backup" active={backup.isPending} />
      {backup.data && (
        <Alert kind="success">
          <p>
            {t('settings.backupDone', {
              path: backup.data.path,
              size: formatBytes(backup.data.sizeBytes),
              records: backup.data.verifiedRecords,
            })}
          </p>
          <p className="checksum">{t('settings.backupChecksum', { sha256: backup.data.sha256 })}</p>
          {backup.data.removedLeftovers && (
            <p>{t('settings.removedLeftovers', { names: backup.data.removedLeftovers.join(', ') })}</p>
          )}
        </Alert>
      )}
      {Boolean(backup.error ?? dialogError) && <Alert kind="error">{errorText(t, backup.error ?? dialogError)}</Alert>}
    </section>
  );
}
