import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATIONS,
  INFO_CREDIBILITIES,
  SIGNAL_PHASES,
  SIGNAL_STATUSES,
  SOURCE_RELIABILITIES,
  TRENDS,
} from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { useReferenceLabel } from '../../api/domain';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { SignalFormValues } from './signalFormValues';

/** Everything that refines a signal; all of it has a default or may stay empty. */
export function DetailFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const label = useReferenceLabel();
  const { register, formState } = useFormContext<SignalFormValues>();
  const { errors } = formState;
  const error = (name: keyof SignalFormValues) => messageText(t, errors[name]?.message);
  // The two dates are checked against each other (deps), so fixing one clears the other's message.
  return (
    <>
      <div className="row">
        <Field label={t('signal.observedOn')} type="date" className="input--date" error={error('observedOn')} {...register('observedOn', { deps: ['receivedOn'] })} />
        <Field label={t('signal.receivedOn')} type="date" className="input--date" error={error('receivedOn')} {...register('receivedOn', { deps: ['observedOn'] })} />
      </div>
      <div className="row">
        <Field label={t('signal.location')} hint={t('signal.locationHint')} error={error('location')} {...register('location')} />
        <Field label={t('signal.community')} hint={t('signal.communityHint')} error={error('community')} {...register('community')} />
        <Field label={t('signal.stateActor')} error={error('stateActor')} {...register('stateActor')} />
      </div>
      <div className="row">
        <SelectField label={t('signal.phase')} error={error('phase')} {...register('phase')}>
          <option value="">{t('common.notSet')}</option>
          {SIGNAL_PHASES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.phase.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('signal.trend')} error={error('trend')} {...register('trend')}>
          {TRENDS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.trend.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <SelectField label={t('signal.sourceType')} error={error('sourceType')} {...register('sourceType')}>
          <option value="">{t('common.notSet')}</option>
          {reference.sourceTypes.map((item) => (
            <option key={item.code} value={item.code}>
              {label(reference.sourceTypes, item.code)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('signal.sourceReliability')} error={error('sourceReliability')} {...register('sourceReliability')}>
          <option value="">{t('common.notSet')}</option>
          {SOURCE_RELIABILITIES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.sourceReliability.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('signal.infoCredibility')} error={error('infoCredibility')} {...register('infoCredibility')}>
          <option value="">{t('common.notSet')}</option>
          {INFO_CREDIBILITIES.map((code) => (
            <option key={code} value={String(code)}>
              {t(`enums.infoCredibility.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label={t('signal.interpretation')}
        hint={t('signal.interpretationHint')}
        error={error('interpretation')}
        {...register('interpretation')}
      />
      <div className="row">
        <SelectField label={t('signal.status')} error={error('status')} {...register('status')}>
          {SIGNAL_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.signalStatus.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('signal.owner')} error={error('ownerId')} {...register('ownerId')}>
          <option value="">{t('common.notSet')}</option>
          {reference.advisers.map((adviser) => (
            <option key={adviser.id} value={adviser.id}>
              {adviser.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('signal.classification')} error={error('classification')} {...register('classification')}>
          {CLASSIFICATIONS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.classification.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <label className="checkbox checkbox--field">
          <input type="checkbox" {...register('containsPersonalData')} />
          <span>{t('signal.containsPersonalData')}</span>
        </label>
        <Field
          label={t('signal.retainUntil')}
          type="date"
          className="input--date"
          hint={t('signal.retainUntilHint')}
          error={error('retainUntil')}
          {...register('retainUntil')}
        />
      </div>
    </>
  );
}
