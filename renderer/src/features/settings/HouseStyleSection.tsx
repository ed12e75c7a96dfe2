import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { houseStyleSchema, type HouseStyle, type HouseStyleInput } from '../../../../shared/domain/briefing';
import { ApiError, call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import '../../styles/briefings.css';
import { briefingKeys, useHouseStyle, useMessage } from '../briefings/briefingQueries';
import { HouseStyleLogo } from '../briefings/HouseStyleLogo';
import { HouseStyleRecipients } from '../briefings/HouseStyleRecipients';

/** The house style of notes, kept in the case file: sender lines, contact, reference pattern, recipients, logo. */
export function HouseStyleSection() {
  const { t } = useTranslation();
  const style = useHouseStyle();
  return (
    <section className="card" aria-labelledby="settings-house-style">
      <h2 id="settings-house-style">{t('houseStyle.heading')}</h2>
      <p>{t('houseStyle.intro')}</p>
      <ErrorAlert error={style.error} />
      {style.data ? <HouseStyleForm style={style.data} /> : !style.error && <p className="muted">{t('app.loading')}</p>}
    </section>
  );
}

const TEXT_FIELDS = ['organisationLine', 'directorate', 'unit', 'contactName', 'contactEmail', 'contactPhone'] as const;

function HouseStyleForm({ style }: { style: HouseStyle }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const form = useForm<HouseStyleInput, unknown, HouseStyle>({ resolver: zodResolver(houseStyleSchema), values: style, mode: 'onTouched' });
  const { register, handleSubmit, formState, setError, control } = form;
  const save = useMutation({
    mutationFn: (houseStyle: HouseStyle) => call('houseStyle.update', { houseStyle }),
    onSuccess: (saved) => queryClient.setQueryData(briefingKeys.houseStyle, saved),
    onError: (error) => {
      if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return;
      error.issues.forEach((issue, index) => {
        const path = issue.path.replace(/^houseStyle\./, '').replace(/^logo\..*$/, 'logo');
        setError(path as Path<HouseStyleInput>, { type: 'server', message: issue.message }, { shouldFocus: index === 0 });
      });
    },
  });
  const error = (name: (typeof TEXT_FIELDS)[number] | 'address' | 'referencePattern') => message(formState.errors[name]?.message);
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void handleSubmit((values) => save.mutate(values))(event)}>
        <div className="field-pair">
          {TEXT_FIELDS.slice(0, 3).map((name) => (
            <Field key={name} label={t(`houseStyle.${name}`)} maxLength={200} error={error(name)} {...register(name)} />
          ))}
        </div>
        <TextAreaField label={t('houseStyle.address')} hint={t('houseStyle.addressHint')} rows={3} maxLength={500} error={error('address')} {...register('address')} />
        <div className="field-pair">
          {TEXT_FIELDS.slice(3).map((name) => (
            <Field
              key={name}
              label={t(`houseStyle.${name}`)}
              type={name === 'contactEmail' ? 'email' : name === 'contactPhone' ? 'tel' : 'text'}
              maxLength={name === 'contactPhone' ? 50 : 200}
              error={error(name)}
              {...register(name)}
            />
          ))}
        </div>
        <Field
          label={t('houseStyle.referencePattern')}
          hint={t('houseStyle.referencePatternHint')}
          maxLength={40}
          error={error('referencePattern')}
          {...register('referencePattern')}
        />
        <HouseStyleRecipients />
        <Controller
          control={control}
          name="logo"
          render={({ field, fieldState }) => (
            <HouseStyleLogo
              value={field.value ?? null}
              onChange={field.onChange}
              error={message(fieldState.error?.message ?? (fieldState.error as { base64?: { message?: string } } | undefined)?.base64?.message)}
              widthError={message((fieldState.error as { widthMm?: { message?: string } } | undefined)?.widthMm?.message)}
            />
          )}
        />
        {save.error instanceof ApiError && save.error.code === 'INVALID_INPUT' ? null : <ErrorAlert error={save.error} />}
        {save.isSuccess && !formState.isDirty && <Alert kind="success">{t('houseStyle.saved')}</Alert>}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('houseStyle.save')}
        </button>
      </form>
    </FormProvider>
  );
}
