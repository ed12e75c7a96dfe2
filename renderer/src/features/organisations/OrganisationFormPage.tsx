import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import {
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
  type OrganisationInputDraft,
} from '../../../../shared/domain/organisation';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useNavigation } from '../shell/navigation';

type OrganisationFormValues = OrganisationInputDraft;
const FIELDS = Object.keys(organisationInputSchema.shape);
const resolver = zodResolver(organisationInputSchema);

const toValues = (item?: Organisation): OrganisationFormValues =>
  item
    ? { name: item.name, type: item.type, municipalities: item.municipalities, notes: item.notes }
    : { name: '', type: '' as OrganisationFormValues['type'], municipalities: [], notes: '' };

/** New organisation or editing one; after saving, the organisation's page. */
export function OrganisationFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const existing = useQuery({
    queryKey: recordKeys.organisation(id ?? ''),
    queryFn: () => call('organisations.get', { id: id ?? '' }),
    enabled: !!id,
  });
  if (reference.error || existing.error) return <ErrorAlert error={reference.error ?? existing.error} />;
  if (!reference.data || (id && !existing.data)) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  const describe = (values: OrganisationFormValues) => draftTitleText(values.name) || t('forms.untitled');
  return (
    <FormPage<OrganisationFormValues, OrganisationInput, { id: string }>
      key={formKey}
      heading={item ? t('organisations.editHeading', { number: item.number }) : t('organisations.newHeading')}
      resolver={resolver}
      initial={toValues(item)}
      fields={FIELDS}
      draft={
        item
          ? {
              formKey: `organisation:edit:${item.id}`,
              route: { name: 'organisationForm', id: item.id }, recordUpdatedAt: item.updatedAt,
              title: (values) => t('forms.draftTitle.organisationEdit', { number: item.number, title: describe(values) }),
            }
          : {
              formKey: 'organisation:new',
              route: { name: 'organisationForm' },
              title: (values) => t('forms.draftTitle.organisationNew', { title: describe(values) }),
            }
      }
      save={(input) =>
        item
          ? call('organisations.update', { id: item.id, version: item.version, organisation: input })
          : call('organisations.create', input)
      }
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'organisation', id: saved.id });
      }}
      submitLabel={item ? t('organisations.save') : t('organisations.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: recordKeys.organisation(id ?? '') });
        setFormKey((key) => key + 1);
      }}
    >
      <OrganisationFields reference={reference.data} />
    </FormPage>
  );
}

function OrganisationFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<OrganisationFormValues>();
  const error = (name: keyof OrganisationFormValues) => messageText(t, formState.errors[name]?.message);
  return (
    <>
      <Field
        label={t('organisation.name')}
        error={error('name')}
        maxLength={200}
        // The form opens to create or change an organisation: typing starts in the name.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('name')}
      />
      <SelectField label={t('organisation.type')} error={error('type')} {...register('type')}>
        <option value="">{t('common.choose')}</option>
        {ORGANISATION_TYPES.map((code) => (
          <option key={code} value={code}>
            {t(`enums.organisationType.${code}`)}
          </option>
        ))}
      </SelectField>
      <Controller
        control={control}
        name="municipalities"
        render={({ field, fieldState }) => (
          <MunicipalityPicker
            label={t('organisation.municipalities')}
            municipalities={reference.municipalities}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
      <TextAreaField label={t('organisation.notes')} error={error('notes')} rows={4} maxLength={5000} {...register('notes')} />
    </>
  );
}
