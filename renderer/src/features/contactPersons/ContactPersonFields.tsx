import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';
import { CONTACT_ROLES, LEGAL_BASES } from '../../../../shared/domain/enums';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { ContactPersonFormValues } from './contactPersonFormValues';

interface ContactPersonFieldsProps {
  organisations: PickerOption[];
  /** The person's current organisation when it is no longer offered (soft-deleted): kept as a choice. */
  keptOrganisation?: { id: string; label: string };
}

/** The inputs of a contact person: who, where they work, how to reach them, and the privacy basis. */
export function ContactPersonFields({ organisations, keptOrganisation }: ContactPersonFieldsProps) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ContactPersonFormValues>();
  const error = (name: keyof ContactPersonFormValues) => messageText(t, formState.errors[name]?.message);
  return (
    <>
      <Field
        label={t('contactPerson.name')}
        error={error('name')}
        maxLength={200}
        autoComplete="off"
        // The form opens to create or change a person: typing starts in the name.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('name')}
      />
      <div className="row">
        <Field label={t('contactPerson.function')} error={error('function')} maxLength={200} autoComplete="off" {...register('function')} />
        <SelectField label={t('contactPerson.role')} error={error('role')} {...register('role')}>
          <option value="">{t('common.choose')}</option>
          {CONTACT_ROLES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.contactRole.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField label={t('contactPerson.organisationId')} error={error('organisationId')} {...register('organisationId')}>
        <option value="">{t('contactPersons.noOrganisation')}</option>
        {keptOrganisation && <option value={keptOrganisation.id}>{keptOrganisation.label}</option>}
        {organisations.map((option) => (
          <option key={option.id} value={option.id}>
            {option.detail ? `${option.label} (${option.detail})` : option.label}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <Field label={t('contactPerson.email')} type="email" error={error('email')} maxLength={254} autoComplete="off" {...register('email')} />
        <Field label={t('contactPerson.phone')} type="tel" error={error('phone')} maxLength={40} autoComplete="off" {...register('phone')} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('contactPersons.privacyHeading')}</legend>
        <SelectField
          label={t('contactPerson.legalBasis')}
          hint={t('contactPersons.legalBasisHint')}
          error={error('legalBasis')}
          {...register('legalBasis')}
        >
          {LEGAL_BASES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.legalBasis.${code}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('contactPerson.reviewOn')}
          hint={t('contactPersons.reviewHint')}
          type="date"
          className="input--date"
          error={error('reviewOn')}
          {...register('reviewOn')}
        />
      </fieldset>
      <TextAreaField label={t('contactPerson.notes')} error={error('notes')} rows={4} maxLength={5000} {...register('notes')} />
    </>
  );
}
