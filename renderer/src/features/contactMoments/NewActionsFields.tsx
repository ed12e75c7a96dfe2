import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { newActionRow, type ContactMomentFormValues } from './contactMomentFormValues';

/**
 * Follow-up actions agreed at the contact moment, saved in the same request:
 * "Vervolgactie toevoegen" adds one and puts the cursor in its description;
 * the owner starts as the adviser at work.
 */
export function NewActionsFields({ reference, adviserId }: { reference: ReferenceData; adviserId: string | null }) {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<ContactMomentFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'actions' });
  const error = (index: number, name: 'description' | 'kind' | 'ownerId' | 'dueOn') =>
    messageText(t, formState.errors.actions?.[index]?.[name]?.message);
  return (
    <section className="new-actions" aria-labelledby="contact-moment-actions">
      <h2 id="contact-moment-actions">{t('contactMoments.newActions')}</h2>
      <p className="muted">{t('contactMoments.newActionsIntro')}</p>
      {fields.map((item, index) => (
        <fieldset key={item.id} className="new-action">
          <legend>{t('contactMoments.actionLegend', { n: index + 1 })}</legend>
          <Field label={t('action.description')} maxLength={2000} error={error(index, 'description')} {...register(`actions.${index}.description`)} />
          <div className="row">
            <SelectField label={t('action.kind')} error={error(index, 'kind')} {...register(`actions.${index}.kind`)}>
              <option value="">{t('common.choose')}</option>
              {ACTION_KINDS.map((code) => (
                <option key={code} value={code}>
                  {t(`enums.actionKind.${code}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('action.ownerId')} error={error(index, 'ownerId')} {...register(`actions.${index}.ownerId`)}>
              <option value="">{t('common.notSet')}</option>
              {reference.advisers.map((adviser) => (
                <option key={adviser.id} value={adviser.id}>
                  {adviser.name}
                </option>
              ))}
            </SelectField>
            <Field
              label={t('action.dueOn')}
              type="date"
              className="input--date"
              error={error(index, 'dueOn')}
              {...register(`actions.${index}.dueOn`)}
            />
          </div>
          <button type="button" className="button button--small button--quiet new-action__remove" onClick={() => remove(index)}>
            {t('contactMoments.removeAction', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => append(newActionRow(adviserId), { focusName: `actions.${fields.length}.description` })}
      >
        {t('contactMoments.addAction')}
      </button>
    </section>
  );
}
