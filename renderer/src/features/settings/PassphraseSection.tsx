import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { newPassphraseSchema, passphraseSchema } from '../../../../shared/passphrase';
import { ApiError, call } from '../../api/client';
import { withPassphraseBytes } from '../../api/passphrase';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { errorText, messageText } from '../../components/messages';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import { JobProgress } from './JobProgress';

const formSchema = z
  .object({ currentPassphrase: passphraseSchema, newPassphrase: newPassphraseSchema, repeat: z.string() })
  .refine((form) => form.newPassphrase === form.repeat, { message: 'validation.passphraseMismatch', path: ['repeat'] })
  .refine((form) => form.newPassphrase !== form.currentPassphrase, {
    message: 'validation.passphraseUnchanged',
    path: ['newPassphrase'],
  });
type FormValues = z.infer<typeof formSchema>;

const EMPTY: FormValues = { currentPassphrase: '', newPassphrase: '', repeat: '' };

export function PassphraseSection() {
  const { t } = useTranslation();
  const { register, handleSubmit, reset, setError, formState, control, getValues } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: EMPTY,
  });
  const change = useMutation({
    // The passphrases are read from the form at the last moment and sent as bytes, never kept as mutation variables.
    mutationFn: () =>
      withPassphraseBytes([getValues('currentPassphrase'), getValues('newPassphrase')], ([currentPassphrase, newPassphrase]) =>
        call('caseFile.changePassphrase', { currentPassphrase: currentPassphrase!, newPassphrase: newPassphrase! }),
      ),
    onSuccess: () => reset(EMPTY),
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'WRONG_PASSPHRASE') {
        setError('currentPassphrase', { message: t('errors.WRONG_PASSPHRASE') });
      }
    },
  });
  const newPassphrase = useWatch({ control, name: 'newPassphrase' });
  const err = (message: string | undefined) => messageText(t, message);
  return (
    <section className="card" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">{t('settings.passphraseHeading')}</h2>
      <form onSubmit={(event) => void handleSubmit(() => change.mutate())(event)} noValidate>
        <Field
          label={t('settings.currentPassphrase')}
          type="password"
          autoComplete="current-password"
          error={err(formState.errors.currentPassphrase?.message)}
          {...register('currentPassphrase')}
        />
        <Field
          label={t('settings.newPassphrase')}
          type="password"
          autoComplete="new-password"
          hint={t('create.passphraseHint')}
          error={err(formState.errors.newPassphrase?.message)}
          {...register('newPassphrase')}
        />
        <PassphraseStrength passphrase={newPassphrase} />
        <Field
          label={t('settings.repeatPassphrase')}
          type="password"
          autoComplete="new-password"
          error={err(formState.errors.repeat?.message)}
          {...register('repeat')}
        />
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? t('settings.working') : t('settings.changePassphrase')}
        </button>
      </form>
      <JobProgress job="rekey" active={change.isPending} />
      {change.isSuccess && <Alert kind="success">{t('settings.passphraseChanged')}</Alert>}
      {change.error && !(change.error instanceof ApiError && change.error.code === 'WRONG_PASSPHRASE') && (
        <Alert kind="error">{errorText(t, change.error)}</Alert>
      )}
    </section>
  );
}
