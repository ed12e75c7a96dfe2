import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { updateSettingsRequest } from '../../../../shared/contract/schemas';
import { AUTO_LOCK_MINUTES } from '../../../../shared/settings';
import { call } from '../../api/client';
import { keys } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { errorText, messageText } from '../../components/messages';

export function AutoLockSection({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (request: { autoLockMinutes: number }) => call('settings.update', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.session }),
  });
  const { register, handleSubmit, formState } = useForm<{ autoLockMinutes: number }>({
    resolver: zodResolver(updateSettingsRequest),
    values: { autoLockMinutes: minutes },
  });
  return (
    <section className="card" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{t('settings.autoLockHeading')}</h2>
      <form onSubmit={(event) => void handleSubmit((values) => save.mutate(values))(event)} noValidate>
        <Field
          label={t('settings.autoLockLabel')}
          type="number"
          inputMode="numeric"
          min={AUTO_LOCK_MINUTES.min}
          max={AUTO_LOCK_MINUTES.max}
          className="input--short"
          error={messageText(t, formState.errors.autoLockMinutes?.message)}
          {...register('autoLockMinutes', { valueAsNumber: true })}
        />
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('settings.save')}
        </button>
      </form>
      {save.isSuccess && <Alert kind="success">{t('settings.autoLockSaved', { minutes: save.data.autoLockMinutes })}</Alert>}
      {save.error && <Alert kind="error">{errorText(t, save.error)}</Alert>}
    </section>
  );
}
