import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SHARE_CHANNELS } from '../../../../shared/domain/enums';
import { shareSignalSchema } from '../../../../shared/domain/signal';
import { ApiError, call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { applyServerIssues } from '../../components/serverIssues';
import { localToday } from '../../format';

type ShareInput = z.input<typeof shareSignalSchema>;
type ShareValues = z.output<typeof shareSignalSchema>;

/** Record that a signal was shared with an organisation: with whom, when and how. */
export function ShareDialog({ signalId, number, onClose }: { signalId: string; number: string; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateRecords();
  const [fieldIssuesOnly, setFieldIssuesOnly] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ShareInput, unknown, ShareValues>({
    resolver: zodResolver(shareSignalSchema),
    defaultValues: { id: signalId, organisation: '', sharedOn: localToday(), channel: 'e-mail' },
  });
  const share = useMutation({
    mutationFn: (input: ShareValues) => call('signals.share', input),
    onSuccess: () => {
      invalidate();
      onClose();
    },
    // Refused input goes next to its field; only what fits no field stays in the alert.
    onError: (error) => setFieldIssuesOnly(applyServerIssues(error, ['organisation', 'sharedOn', 'channel'], setError).length === 0),
  });
  const { errors } = formState;
  return (
    <Dialog title={t('share.heading', { number })} onClose={onClose}>
      <form noValidate onSubmit={(event) => void handleSubmit((values) => share.mutate(values))(event)}>
        <Field
          label={t('share.organisation')}
          error={messageText(t, errors.organisation?.message)}
          // The dialog was opened to type the organisation.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...register('organisation')}
        />
        <Field
          label={t('share.sharedOn')}
          type="date"
          className="input--date"
          error={messageText(t, errors.sharedOn?.message)}
          {...register('sharedOn')}
        />
        <SelectField label={t('share.channel')} error={messageText(t, errors.channel?.message)} {...register('channel')}>
          {SHARE_CHANNELS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.shareChannel.${code}`)}
            </option>
          ))}
        </SelectField>
        {!(fieldIssuesOnly && share.error instanceof ApiError && share.error.code === 'INVALID_INPUT') && (
          <ErrorAlert error={share.error} />
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={share.isPending}>
            {t('share.submit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
