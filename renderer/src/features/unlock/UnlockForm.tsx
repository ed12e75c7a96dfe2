import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client';
import { withPassphraseBytes } from '../../api/passphrase';
import { keys, useSessionMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { errorText } from '../../components/messages';

interface UnlockFormProps {
  path: string;
  isDemo?: boolean;
  onCancel: () => void;
  cancelLabel?: string;
}

/** Seconds left before another try is accepted, counting down once a second. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

export function UnlockForm({ path, isDemo = false, onCancel, cancelLabel }: UnlockFormProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Handed from submit to the call without becoming a mutation variable, which the cache would keep.
  const submitted = useRef('');
  const about = useQuery({ queryKey: keys.about, queryFn: () => call('app.about', {}), enabled: isDemo });
  const unlock = useSessionMutation(() => {
    const typed = submitted.current;
    submitted.current = '';
    return withPassphraseBytes([typed], ([bytes]) => call('caseFile.unlock', { path, passphrase: bytes! }));
  });
  const secondsLeft = useCountdown(waitUntil);
  const name = path.split(/[\\/]/).pop();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    submitted.current = passphrase;
    // The field empties at once: a locked window should not hold what was typed.
    setPassphrase('');
    unlock.mutate(undefined, {
      onError: (failure) => {
        const retry = failure instanceof ApiError ? failure.retryAfterMs : undefined;
        setWaitUntil(retry ? Date.now() + retry : null);
        // Straight back to the field, so a typo costs one keystroke to retry.
        input.current?.focus();
      },
    });
  };

  const waiting = secondsLeft > 0;
  return (
    <form className="panel panel--narrow" onSubmit={submit} aria-labelledby="unlock-heading">
      <h1 id="unlock-heading">{t('unlock.heading')}</h1>
      <p className="path">{name}</p>
      <p className="muted path">{path}</p>
      {isDemo && about.data && <Alert kind="info">{t('unlock.demoPassphrase', { passphrase: about.data.demoPassphrase })}</Alert>}
      <Field
        label={t('unlock.passphrase')}
        type="password"
        autoComplete="current-password"
        // The unlock screen exists to take this one input.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        ref={input}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      {waiting && <Alert kind="warning">{t('unlock.waitSeconds', { seconds: secondsLeft })}</Alert>}
      {unlock.error && !waiting && <Alert kind="error">{errorText(t, unlock.error)}</Alert>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={unlock.isPending || waiting || !passphrase}>
          {unlock.isPending ? t('unlock.busy') : t('unlock.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {cancelLabel ?? t('create.cancel')}
        </button>
      </div>
    </form>
  );
}
