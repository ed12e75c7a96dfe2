import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BriefingPreviewView } from '../../../../shared/contract/briefingChannels';
import { BRIEFING_KINDS, findRecipient, type HouseStyle } from '../../../../shared/domain/briefing';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { BriefingFormValues } from './briefingFormValues';
import { useMessage } from './briefingQueries';

/** Kind, recipient, copy to, sender, date, deadline and subject: the note's title block. */
export function HeadFields({ houseStyle, preview }: { houseStyle: HouseStyle; preview: BriefingPreviewView | undefined }) {
  const { t } = useTranslation();
  const message = useMessage();
  const { register, control, formState } = useFormContext<BriefingFormValues>();
  const [kind, recipient, subject, fromLine] = useWatch({ control, name: ['kind', 'recipient', 'subject', 'fromLine'] });
  const errors = formState.errors;
  const defaultName = findRecipient(houseStyle.recipients, houseStyle.defaultRecipient)?.name ?? houseStyle.defaultRecipient;
  const chosenRecipient = recipient || houseStyle.defaultRecipient;

  return (
    <section className="card" aria-labelledby="briefing-head">
      <h2 id="briefing-head">{t('briefings.headHeading')}</h2>
      <fieldset className="checkbox-group briefing-kinds">
        <legend>{t('briefing.kind')}</legend>
        <div className="briefing-kinds__options">
          {BRIEFING_KINDS.map((code) => (
            <div key={code} className="briefing-kind">
              <input id={`briefing-kind-${code}`} type="radio" value={code} aria-describedby={`briefing-kind-${code}-hint`} {...register('kind')} />
              <div>
                <label htmlFor={`briefing-kind-${code}`}>{t(`briefing.kinds.${code}`)}</label>
                <p id={`briefing-kind-${code}-hint`} className="field__hint">
                  {t(`briefings.kindHint.${code}`)}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <SelectField label={t('briefing.recipient')} error={message(errors.recipient?.message)} {...register('recipient')}>
          <option value="">{t('briefings.recipientDefault', { name: defaultName })}</option>
          {houseStyle.recipients.map((option) => (
            <option key={option.code} value={option.code}>
              {option.code} — {option.name}
            </option>
          ))}
        </SelectField>
        <Field label={t('briefing.date')} type="date" className="input--date" hint={t('briefings.dateHint')} error={message(errors.date?.message)} {...register('date')} />
        {kind === 'beslisnota' && (
          <Field label={t('briefing.deadline')} type="date" className="input--date" error={message(errors.deadline?.message)} {...register('deadline')} />
        )}
      </div>
      <Field
        label={t('briefing.subject')}
        maxLength={300}
        hint={subject.trim() === '' && preview ? t('briefings.subjectHint', { subject: preview.model.subject }) : undefined}
        error={message(errors.subject?.message)}
        {...register('subject')}
      />
      <Field
        label={t('briefing.fromLine')}
        maxLength={300}
        hint={fromLine.trim() === '' && preview ? t('briefings.fromHint', { from: preview.model.from }) : undefined}
        error={message(errors.fromLine?.message)}
        {...register('fromLine')}
      />
      <div className="field-pair">
        <Controller
          control={control}
          name="copyToCodes"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('briefing.copyTo')}
              options={houseStyle.recipients
                .filter((option) => option.code !== chosenRecipient || field.value.includes(option.code))
                .map((option) => ({ value: option.code, label: option.code }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />
        <TextAreaField
          label={t('briefing.copyToOther')}
          hint={t('briefings.copyToHint')}
          rows={2}
          error={message(errors.copyToOther?.message)}
          {...register('copyToOther')}
        />
      </div>
    </section>
  );
}
