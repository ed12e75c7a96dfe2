import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPersonInput } from '../../../../shared/domain/contactPerson';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { localToday } from '../../format';
import { useNavigation } from '../shell/navigation';
import { ContactPersonFields } from './ContactPersonFields';
import {
  CONTACT_PERSON_FORM_FIELDS,
  contactPersonFormSchema,
  contactPersonToValues,
  newContactPersonValues,
  type ContactPersonFormValues,
} from './contactPersonFormValues';

const resolver = zodResolver(contactPersonFormSchema);

/** New contact person (optionally at a given organisation) or editing one; after saving, the person's page. */
export function ContactPersonFormPage({ id, organisationId }: { id?: string; organisationId?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const organisations = useQuery({ queryKey: [...recordKeys.organisations, 'options'], queryFn: () => call('organisations.options', {}) });
  const existing = useQuery({
    queryKey: recordKeys.contactPerson(id ?? ''),
    queryFn: () => call('contactPersons.get', { id: id ?? '' }),
    enabled: !!id,
  });
  if (organisations.error || existing.error) return <ErrorAlert error={organisations.error ?? existing.error} />;
  if (!organisations.data || (id && !existing.data)) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  // A soft-deleted organisation is no longer offered, but the person may keep it.
  const kept =
    item?.organisationId && !organisations.data.some((option) => option.id === item.organisationId)
      ? { id: item.organisationId, label: t('contactPersons.organisationDeleted', { name: item.organisationName ?? '' }) }
      : undefined;
  const describe = (values: ContactPersonFormValues) => draftTitleText(values.name) || t('forms.untitled');
  return (
    <FormPage<ContactPersonFormValues, ContactPersonInput, { id: string }>
      key={formKey}
      heading={item ? t('contactPersons.editHeading', { number: item.number }) : t('contactPersons.newHeading')}
      resolver={resolver}
      initial={item ? contactPersonToValues(item) : newContactPersonValues(localToday(), organisationId)}
      fields={CONTACT_PERSON_FORM_FIELDS}
      draft={
        item
          ? {
              formKey: `contactPerson:edit:${item.id}`,
              route: { name: 'contactPersonForm', id: item.id }, recordUpdatedAt: item.updatedAt,
              title: (values) => t('forms.draftTitle.contactPersonEdit', { number: item.number, title: describe(values) }),
            }
          : {
              formKey: 'contactPerson:new',
              route: { name: 'contactPersonForm', organisationId },
              title: (values) => t('forms.draftTitle.contactPersonNew', { title: describe(values) }),
            }
      }
      save={(input) =>
        item ? call('contactPersons.update', { id: item.id, version: item.version, person: input }) : call('contactPersons.create', input)
      }
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'contactPerson', id: saved.id });
      }}
      submitLabel={item ? t('contactPersons.save') : t('contactPersons.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: recordKeys.contactPerson(id ?? '') });
        setFormKey((key) => key + 1);
      }}
    >
      <ContactPersonFields organisations={organisations.data} keptOrganisation={kept} />
    </FormPage>
  );
}
