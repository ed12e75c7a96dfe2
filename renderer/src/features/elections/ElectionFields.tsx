import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DATE_PRECISIONS, ELECTION_KINDS, ELECTION_STATUSES } from '../../../../shared/domain/election';
import type { ReferenceData } from '../../../../shared/domain/history';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { CampaignWindowHint } from './CampaignWindowHint';
import { CountrySelect } from './CountrySelect';
import type { ElectionFormValues } from './electionFormValues';
import { VotingPlacesField } from './VotingPlacesField';

/** The fields of an election: what, when and how sure, where one votes here, and where the date comes from. */
export function ElectionFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ElectionFormValues>();
  const error = (name: Exclude<keyof ElectionFormValues, 'votingPlaces'>) => messageText(t, formState.errors[name]?.message);
  return (
    <>
      <div className="elections-form__row">
        <CountrySelect
          label={t('elections.field.country')}
          error={error('country')}
          // The form opens to register an election: the country comes first.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...register('country')}
        />
        <SelectField label={t('elections.field.kind')} error={error('kind')} {...register('kind')}>
          <option value="">{t('common.choose')}</option>
          {ELECTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`elections.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('elections.field.round')} error={error('round')} {...register('round')}>
          {['1', '2', '3'].map((round) => (
            <option key={round} value={round}>
              {round}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="elections-form__row">
        <Field type="date" label={t('elections.field.date')} error={error('date')} {...register('date')} />
        <SelectField label={t('elections.field.precision')} error={error('precision')} {...register('precision')}>
          {DATE_PRECISIONS.map((precision) => (
            <option key={precision} value={precision}>
              {t(`elections.precision.${precision}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('elections.field.status')} error={error('status')} {...register('status')}>
          {ELECTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`elections.status.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <CampaignWindowHint />
      <Field label={t('elections.field.title')} hint={t('elections.field.titleHint')} error={error('title')} maxLength={200} {...register('title')} />
      <fieldset className="elections-period">
        <legend>{t('elections.field.votingPeriod')}</legend>
        <div className="elections-form__row">
          <Field type="date" label={t('elections.field.votingFrom')} error={error('votingFrom')} {...register('votingFrom')} />
          <Field type="date" label={t('elections.field.votingTo')} error={error('votingTo')} {...register('votingTo')} />
        </div>
      </fieldset>
      <VotingPlacesField municipalities={reference.municipalities} />
      <Field label={t('elections.field.source')} hint={t('elections.field.sourceHint')} error={error('source')} maxLength={500} {...register('source')} />
      <Field type="date" label={t('elections.field.verifiedOn')} error={error('verifiedOn')} {...register('verifiedOn')} />
      <TextAreaField label={t('elections.field.notes')} error={error('notes')} rows={3} maxLength={5000} {...register('notes')} />
    </>
  );
}
