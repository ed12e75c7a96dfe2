import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { HouseStyleInput } from '../../../../shared/domain/briefing';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useMessage } from './briefingQueries';

/** The recipients a note is addressed from: add, rename (code and name), remove; and which is the default. */
export function HouseStyleRecipients() {
  const { t } = useTranslation();
  const message = useMessage();
  const { control, register, formState } = useFormContext<HouseStyleInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'recipients' });
  const recipients = useWatch({ control, name: 'recipients' }) ?? [];
  const errors = formState.errors.recipients;
  return (
    <fieldset className="fieldset">
      <legend>{t('houseStyle.recipients')}</legend>
      <p className="field__hint">{t('houseStyle.recipientsHint')}</p>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="house-style__recipient">
          <legend className="visually-hidden">{t('houseStyle.recipientLegend', { index: index + 1 })}</legend>
          <Field
            label={t('houseStyle.recipientCode')}
            maxLength={30}
            error={message(errors?.[index]?.code?.message)}
            {...register(`recipients.${index}.code`)}
          />
          <Field
            label={t('houseStyle.recipientName')}
            maxLength={200}
            error={message(errors?.[index]?.name?.message)}
            {...register(`recipients.${index}.name`)}
          />
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={fields.length === 1}
            aria-label={t('houseStyle.removeRecipient', { code: recipients[index]?.code || index + 1 })}
            onClick={() => remove(index)}
          >
            {t('houseStyle.remove')}
          </button>
        </fieldset>
      ))}
      {errors?.message && <p className="field__error">{message(errors.message)}</p>}
      <button type="button" className="button button--small" disabled={fields.length >= 50} onClick={() => append({ code: '', name: '' })}>
        {t('houseStyle.addRecipient')}
      </button>
      <SelectField
        label={t('houseStyle.defaultRecipient')}
        error={message(formState.errors.defaultRecipient?.message)}
        {...register('defaultRecipient')}
      >
        {recipients
          .filter((recipient) => recipient.code.trim() !== '')
          .map((recipient) => (
            <option key={recipient.code} value={recipient.code}>
              {recipient.code} — {recipient.name}
            </option>
          ))}
      </SelectField>
    </fieldset>
  );
}
