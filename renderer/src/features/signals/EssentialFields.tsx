import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { URGENCIES } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { useReferenceLabel } from '../../api/domain';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { SignalFormValues } from './signalFormValues';

/** What must be in every signal, in the order an adviser tells it: what, where, about what, how urgent. */
export function EssentialFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const label = useReferenceLabel();
  const { register, control, formState } = useFormContext<SignalFormValues>();
  const { errors } = formState;
  return (
    <>
      <Field
        label={t('signal.title')}
        error={messageText(t, errors.title?.message)}
        maxLength={200}
        // The form opens to register something: typing starts in the title.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('title')}
      />
      <TextAreaField
        label={t('signal.description')}
        hint={t('signal.descriptionHint')}
        error={messageText(t, errors.description?.message)}
        rows={5}
        {...register('description')}
      />
      <div className="field-pair">
        <Controller
          control={control}
          name="municipalities"
          render={({ field, fieldState }) => (
            <MunicipalityPicker
              id="signal-municipalities"
              label={t('signal.municipalities')}
              hint={t('signal.municipalitiesHint')}
              municipalities={reference.municipalities}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={messageText(t, fieldState.error?.message)}
            />
          )}
        />
        <label className="checkbox checkbox--field">
          <input type="checkbox" {...register('isNational', { deps: ['municipalities'] })} />
          <span>{t('signal.national')}</span>
        </label>
      </div>
      <Controller
        control={control}
        name="themes"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t('signal.themes')}
            columns
            options={reference.themes
              .filter((theme) => theme.active || field.value.includes(theme.code))
              .map((theme) => ({ value: theme.code, label: label(reference.themes, theme.code) }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
      <SelectField label={t('signal.urgency')} error={messageText(t, errors.urgency?.message)} {...register('urgency')}>
        {URGENCIES.map((code) => (
          <option key={code} value={code}>
            {t(`enums.urgency.${code}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
