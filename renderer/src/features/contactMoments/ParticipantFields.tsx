import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';
import type { ReferenceData } from '../../../../shared/domain/history';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { useOptionSource } from '../../components/picker/optionSource';
import { RecordPicker } from '../../components/picker/RecordPicker';
import type { ContactMomentFormValues } from './contactMomentFormValues';

interface ParticipantFieldsProps {
  reference: ReferenceData;
  organisations: PickerOption[];
  persons: PickerOption[];
  /** Names of linked organisations and persons that are no longer among the options. */
  knownLabels: Record<string, string>;
}

/** Where and with whom: municipalities, organisations, contact persons and the ESS staff present. */
export function ParticipantFields({ reference, organisations, persons, knownLabels }: ParticipantFieldsProps) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<ContactMomentFormValues>();
  const known = new Set(reference.municipalities.map((m) => m.code));
  const organisationSource = useOptionSource(organisations);
  const personSource = useOptionSource(persons);
  const labelOf = (id: string) =>
    organisations.find((o) => o.id === id)?.label ?? persons.find((p) => p.id === id)?.label ?? knownLabels[id];
  // An organisation says where the contact was, unless the adviser already said so.
  const chooseOrganisations = (ids: string[], onChange: (ids: string[]) => void) => {
    onChange(ids);
    if (getValues('municipalities').length > 0) return;
    const places = [...new Set(ids.flatMap((id) => organisations.find((o) => o.id === id)?.municipalities ?? []))];
    const usable = places.filter((code) => known.has(code));
    if (usable.length > 0) setValue('municipalities', usable, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <>
      <Controller
        control={control}
        name="municipalities"
        render={({ field, fieldState }) => (
          <MunicipalityPicker
            label={t('contactMoment.municipalities')}
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
      <Controller
        control={control}
        name="organisationIds"
        render={({ field, fieldState }) => (
          <RecordPicker
            kind="organisation"
            label={t('contactMoment.organisationIds')}
            hint={t('contactMoments.organisationsHint')}
            placeholder={t('contactMoments.organisationPlaceholder')}
            source={organisationSource}
            value={field.value}
            onChange={(ids) => chooseOrganisations(ids, field.onChange)}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
            labelOf={labelOf}
          />
        )}
      />
      <Controller
        control={control}
        name="personIds"
        render={({ field, fieldState }) => (
          <RecordPicker
            kind="person"
            label={t('contactMoment.personIds')}
            placeholder={t('contactMoments.personPlaceholder')}
            source={personSource}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
            labelOf={labelOf}
          />
        )}
      />
      <Controller
        control={control}
        name="staffIds"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t('contactMoment.staffIds')}
            options={reference.advisers.map((adviser) => ({ value: adviser.id, label: `${adviser.name} (${adviser.initials})` }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
    </>
  );
}

