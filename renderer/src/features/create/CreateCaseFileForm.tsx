import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { absolutePathSchema } from '../../../../shared/contract/schemas';
import { adviserInputSchema } from '../../../../shared/domain/adviser';
import { newPassphraseSchema } from '../../../../shared/passphrase';
import { ApiError, call } from '../../api/client';
import { withPassphraseBytes } from '../../api/passphrase';
import { useSessionMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { errorText, messageText } from '../../components/messages';
import { PassphraseStrength } from '../../components/PassphraseStrength';

const formSchema = z
  .object({
    path: z.string().min(1, 'validation.chooseLocation').pipe(absolutePathSchema),
    passphrase: newPassphraseSchema,
    repeat: z.string(),
    adviser: adviserInputSchema,
  })
  .refine((form) => form.passphrase === form.repeat, { message: 'validation.passphraseMismatch', path: ['repeat'] });
type FormValues = z.infer<typeof formSchema>;

export function CreateCaseFileForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const [dialogError, setDialogError] = useState<unknown>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { path: '', passphrase: '', repeat: '', adviser: { name: '', initials: '' } },
  });
  const { register, handleSubmit, setValue, setError, formState, control } = form;
  // The passphrase is read from the form when sent, as bytes, and is no
  // mutation variable, so the mutation cache never keeps it.
  const create = useSessionMutation((request: Omit<FormValues, 'passphrase' | 'repeat'>) =>
    withPassphraseBytes([form.getValues('passphrase')], ([bytes]) => call('caseFile.create', { ...request, passphrase: bytes! })),
  );
  const path = useWatch({ control, name: 'path' });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const err = (message: string | undefined) => messageText(t, message);

  const chooseLocation = async () => {
    setDialogError(null);
    try {
      const chosen = await call('dialog.chooseNewCaseFile', {});
      if (chosen.path) setValue('path', chosen.path, { shouldValidate: true });
    } catch (failure) {
      setDialogError(failure);
    }
  };

  const onSubmit = handleSubmit(({ passphrase: _passphrase, repeat: _repeat, ...values }) => {
    create.mutate(values, {
      onError: (failure) => {
        if (failure instanceof ApiError) {
          for (const issue of failure.issues) setError(issue.path as keyof FormValues, { message: issue.message });
        }
      },
    });
  });

  return (
    <form className="panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="create-heading">
      <h1 id="create-heading">{t('create.heading')}</h1>
      <fieldset className="fieldset">
        <legend>{t('create.location')}</legend>
        <p className="path" id="create-path">
          {path || t('create.noLocation')}
        </p>
        <button type="button" className="button" onClick={() => void chooseLocation()} aria-describedby="create-path">
          {t('create.chooseLocation')}
        </button>
        {formState.errors.path && <p className="field__error">{err(formState.errors.path.message)}</p>}
      </fieldset>
      <Field
        label={t('create.passphrase')}
        type="password"
        autoComplete="new-password"
        hint={t('create.passphraseHint')}
        error={err(formState.errors.passphrase?.message)}
        {...register('passphrase')}
      />
      <PassphraseStrength passphrase={passphrase} />
      <Field
        label={t('create.repeat')}
        type="password"
        autoComplete="new-password"
        error={err(formState.errors.repeat?.message)}
        {...register('repeat')}
      />
      <fieldset className="fieldset">
        <legend>{t('create.adviserHeading')}</legend>
        <div className="row">
          <Field
            label={t('create.adviserName')}
            autoComplete="name"
            error={err(formState.errors.adviser?.name?.message)}
            {...register('adviser.name')}
          />
          <Field
            label={t('create.initials')}
            className="input--short"
            error={err(formState.errors.adviser?.initials?.message)}
            {...register('adviser.initials')}
          />
        </div>
      </fieldset>
      <Alert kind="warning">{t('create.warning')}</Alert>
      {Boolean(create.error ?? dialogError) && <Alert kind="error">{errorText(t, create.error ?? dialogError)}</Alert>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('create.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('create.cancel')}
        </button>
      </div>
    </form>
  );
}
