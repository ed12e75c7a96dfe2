import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MunicipalityRef } from '../../../../shared/domain/history';
import { MAX_VOTING_PLACES, VOTING_PLACE_KINDS } from '../../../../shared/domain/election';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import { emptyVotingPlace, type ElectionFormValues } from './electionFormValues';

/** The polling places in the Netherlands: rows of kind, name, municipality and address, added and removed. */
export function VotingPlacesField({ municipalities }: { municipalities: MunicipalityRef[] }) {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<ElectionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'votingPlaces' });
  const errors = formState.errors.votingPlaces;
  return (
    <fieldset className="elections-places">
      <legend>{t('elections.field.votingPlaces')}</legend>
      {fields.length === 0 && <p className="muted">{t('elections.noPlaces')}</p>}
      {fields.map((place, index) => {
        const number = index + 1;
        const error = (name: 'kind' | 'name' | 'municipalityCode' | 'address') => messageText(t, errors?.[index]?.[name]?.message);
        return (
          <fieldset key={place.id} className="elections-place">
            <legend>{t('elections.placeHeading', { number })}</legend>
            <div className="elections-place__row">
              <SelectField label={t('elections.field.placeKind')} error={error('kind')} {...register(`votingPlaces.${index}.kind`)}>
                {VOTING_PLACE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`elections.votingPlaceKind.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <Field label={t('elections.field.placeName')} error={error('name')} maxLength={200} {...register(`votingPlaces.${index}.name`)} />
            </div>
            <Controller
              control={control}
              name={`votingPlaces.${index}.municipalityCode`}
              render={({ field, fieldState }) => (
                <MunicipalityPicker
                  label={t('elections.field.placeMunicipality')}
                  municipalities={municipalities}
                  value={field.value ? [field.value] : []}
                  // One municipality per place: a new pick replaces the old one.
                  onChange={(codes) => field.onChange(codes.at(-1) ?? '')}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={messageText(t, fieldState.error?.message)}
                />
              )}
            />
            <Field label={t('elections.field.placeAddress')} error={error('address')} maxLength={300} {...register(`votingPlaces.${index}.address`)} />
            <button type="button" className="button button--small button--quiet" onClick={() => remove(index)}>
              {t('elections.removePlace', { number })}
            </button>
          </fieldset>
        );
      })}
      {fields.length < MAX_VOTING_PLACES && (
        <button type="button" className="button button--small" onClick={() => append(emptyVotingPlace())}>
          {t('elections.addPlace')}
        </button>
      )}
    </fieldset>
  );
}
