import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';
import type { ContactPerson, ContactPersonInput } from '../../../../shared/domain/contactPerson';
import { ApiError, call } from '../../api/client';
import { recordKeys, useInvalidateRecords } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { messageText } from '../../components/messages';
import { applyServerIssues } from '../../components/serverIssues';
import { localToday } from '../../format';
import { useShortcut } from '../../hooks/useShortcut';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { ContactPersonFields } from './ContactPersonFields';
import {
  CONTACT_PERSON_FORM_FIELDS,
  contactPersonFormSchema,
  contactPersonToValues,
  newContactPersonValues,
  type ContactPersonFormValues,
} from './contactPersonFormValues';

/** New contact person (optionally at a given organisation) or editing one; after saving, the person's page. */
export function ContactPersonFormPage({ id, organisationId }: { id?: string; organisationId?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
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
  return (
    <>
      <BackButton />
      <h1>{item ? t('contactPersons.editHeading', { number: item.number }) : t('contactPersons.newHeading')}</h1>
      <ContactPersonForm
        key={formKey}
        organisations={organisations.data}
        initial={item ? contactPersonToValues(item) : newContactPersonValues(localToday(), organisationId)}
        existing={item}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: recordKeys.contactPerson(id ?? '') });
          setFormKey((key) => key + 1);
        }}
      />
    </>
  );
}

interface ContactPersonFormProps {
  organisations: PickerOption[];
  initial: ContactPersonFormValues;
  existing?: ContactPerson;
  onReload: () => Promise<void>;
}

function ContactPersonForm({ organisations, initial, existing, onReload }: ContactPersonFormProps) {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<ContactPersonFormValues, unknown, ContactPersonInput>({
    resolver: zodResolver(contactPersonFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { handleSubmit, setError } = form;
  const save = useMutation({
    mutationFn: (input: ContactPersonInput) =>
      existing
        ? call('contactPersons.update', { id: existing.id, version: existing.version, person: input })
        : call('contactPersons.create', input),
    onSuccess: (saved) => {
      invalidate();
      navigate({ name: 'contactPerson', id: saved.id });
    },
    onError: (failure) => setUnmatched(applyServerIssues(failure, CONTACT_PERSON_FORM_FIELDS, setError)),
  });
  const { mutate } = save;
  const submit = useCallback(() => void handleSubmit((input) => mutate(input))(), [handleSubmit, mutate]);
  useShortcut('enter', submit);
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';
  // A soft-deleted organisation is no longer offered, but the person may keep it.
  const kept =
    existing?.organisationId && !organisations.some((option) => option.id === existing.organisationId)
      ? { id: existing.organisationId, label: t('contactPersons.organisationDeleted', { name: existing.organisationName ?? '' }) }
      : undefined;

  return (
    <FormProvider {...form}>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <ContactPersonFields organisations={organisations} keptOrganisation={kept} />
        {unmatched.map((message) => (
          <Alert key={message} kind="error">
            {messageText(t, message)}
          </Alert>
        ))}
        {conflict ? (
          <Alert kind="error">
            {t('errors.CONFLICT')}{' '}
            <button type="button" className="link-button" onClick={() => void onReload()}>
              {t('organisations.loadNewest')}
            </button>
          </Alert>
        ) : (
          !(save.error instanceof ApiError && save.error.code === 'INVALID_INPUT') && <ErrorAlert error={save.error} />
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} aria-keyshortcuts="Control+Enter">
            {existing ? t('contactPersons.save') : t('contactPersons.create')} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" className="button button--quiet" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
