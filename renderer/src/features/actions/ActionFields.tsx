import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { ActionFormValues } from './actionFormValues';

/** The inputs of an action in reading order: what, what kind, who and when, then how it went. */
export function ActionFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ActionFormValues>();
  const error = (name: keyof ActionFormValues) => messageText(t, formState.errors[name]?.message);
  return (
    <>
      <TextAreaField
        label={t('action.description')}
        error={error('description')}
        rows={2}
        maxLength={2000}
        // The form opens to write down an action: typing starts here.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('description')}
      />
      <div className="row">
        <SelectField label={t('action.kind')} error={error('kind')} {...register('kind')}>
          <option value="">{t('common.choose')}</option>
          {ACTION_KINDS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.actionKind.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('action.ownerId')} error={error('ownerId')} {...register('ownerId')}>
          <option value="">{t('common.notSet')}</option>
          {reference.advisers.map((adviser) => (
            <option key={adviser.id} value={adviser.id}>
              {adviser.name}
            </option>
          ))}
        </SelectField>
        <Field label={t('action.dueOn')} type="date" className="input--date" error={error('dueOn')} {...register('dueOn')} />
      </div>
      <div className="row">
        <SelectField label={t('action.status')} error={error('status')} {...register('status', { deps: ['completedOn'] })}>
          {ACTION_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.actionStatus.${code}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('action.completedOn')}
          type="date"
          className="input--date"
          error={error('completedOn')}
          {...register('completedOn')}
        />
      </div>
      <TextAreaField label={t('action.result')} error={error('result')} rows={3} maxLength={10000} {...register('result')} />
    </>
  );
}
