import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, CASE_TYPES, CLASSIFICATIONS } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { useReferenceLabel } from '../../api/domain';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { CaseFormValues } from './caseFormValues';

/** The inputs of a case, in reading order: what, what kind, summary, when, where, about what, who. */
export function CaseFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const label = useReferenceLabel();
  const { register, control, formState } = useFormContext<CaseFormValues>();
  const error = (name: keyof CaseFormValues) => messageText(t, formState.errors[name]?.message);
  return (
    <>
      <Field
        label={t('case.title')}
        error={error('title')}
        maxLength={200}
        // The form opens to create or change a case: typing starts in the title.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('title')}
      />
      <div className="row">
        <SelectField label={t('case.type')} error={error('type')} {...register('type')}>
          <option value="">{t('common.choose')}</option>
          {CASE_TYPES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.caseType.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('case.status')} error={error('status')} {...register('status')}>
          {CASE_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.caseStatus.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t('case.summary')} error={error('summary')} rows={5} {...register('summary')} />
      <div className="row">
        <Field label={t('case.startOn')} type="date" className="input--date" error={error('startOn')} {...register('startOn', { deps: ['endOn'] })} />
        <Field label={t('case.endOn')} type="date" className="input--date" error={error('endOn')} {...register('endOn')} />
      </div>
      <Controller
        control={control}
        name="municipalities"
        render={({ field, fieldState }) => (
          <MunicipalityPicker
            label={t('case.municipalities')}
            municipalities={reference.municipalities}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
      <Controller
        control={control}
        name="themes"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t('case.themes')}
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
      <div className="row">
        <SelectField label={t('case.owner')} error={error('ownerId')} {...register('ownerId')}>
          <option value="">{t('common.notSet')}</option>
          {reference.advisers.map((adviser) => (
            <option key={adviser.id} value={adviser.id}>
              {adviser.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('case.classification')} error={error('classification')} {...register('classification')}>
          {CLASSIFICATIONS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.classification.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}
