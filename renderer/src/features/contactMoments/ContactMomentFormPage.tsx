import { zodResolver } from '@hookform/resolvers/zod';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';
import type { ContactMoment, CreateContactMomentInput } from '../../../../shared/domain/contactMoment';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { localToday } from '../../format';
import { BackButton } from '../shell/BackButton';
import { useNavigation, type ContactMomentPrefill } from '../shell/navigation';
import { ContactMomentForm, contactMomentServerIssues } from './ContactMomentForm';
import {
  contactMomentFormSchema,
  contactMomentToValues,
  newContactMomentValues,
  type ContactMomentFormValues,
} from './contactMomentFormValues';
import '../../styles/contactMoments.css';

interface ContactMomentFormPageProps {
  id?: string;
  prefill?: ContactMomentPrefill;
  adviserId: string | null;
}

const NO_OPTIONS: PickerOption[] = [];

/** The names of everything an existing contact moment links to, by id, for pickers and link lists. */
function labelsOf(moment: ContactMoment): Record<string, string> {
  const refs = [...moment.organisations, ...moment.persons, ...moment.signals];
  const labels = Object.fromEntries(refs.map((ref) => [ref.id, ref.label]));
  if (moment.caseId && moment.caseLabel) labels[moment.caseId] = moment.caseLabel;
  return labels;
}

/**
 * Logging a contact moment (on its own, or from a case, signal, municipality,
 * organisation or person: `prefill`) or editing one; after saving, its page.
 * A case to start from also lends its places and themes.
 */
export function ContactMomentFormPage({ id, prefill = {}, adviserId }: ContactMomentFormPageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const resolver = useMemo(() => zodResolver(contactMomentFormSchema(localToday())), []);
  const reference = useReference();
  const existing = useQuery({
    queryKey: recordKeys.contactMoment(id ?? ''),
    queryFn: () => call('contactMoments.get', { id: id! }),
    enabled: !!id,
  });
  // The pickers' lists; without them the form still works (they come from another part of the app).
  const organisations = useQuery({ queryKey: [...recordKeys.organisations, 'options'], queryFn: () => call('organisations.options', {}) });
  const persons = useQuery({ queryKey: [...recordKeys.contactPersons, 'options'], queryFn: () => call('contactPersons.options', {}) });
  const startCase = useQuery({
    queryKey: recordKeys.case(prefill.caseId ?? ''),
    queryFn: () => call('cases.get', { id: prefill.caseId! }),
    enabled: !id && !!prefill.caseId,
  });
  const startSignals = useQueries({
    queries: (id ? [] : (prefill.signalIds ?? [])).map((signalId) => ({
      queryKey: recordKeys.signal(signalId),
      queryFn: () => call('signals.get', { id: signalId }),
    })),
  });

  const error = reference.error ?? existing.error ?? startCase.error ?? startSignals.find((query) => query.error)?.error;
  if (error) {
    return (
      <>
        <BackButton />
        <ErrorAlert error={error} />
      </>
    );
  }
  const waiting =
    (id && !existing.data) ||
    (!id && prefill.caseId && !startCase.data) ||
    startSignals.some((query) => !query.data) ||
    organisations.isPending ||
    persons.isPending;
  if (waiting || !reference.data) return <p className="muted">{t('app.loading')}</p>;

  const item = existing.data;
  const organisationOptions = organisations.data ?? NO_OPTIONS;
  let initial: ContactMomentFormValues;
  let labels: Record<string, string>;
  if (item) {
    initial = contactMomentToValues(item);
    labels = labelsOf(item);
  } else {
    const dossier = startCase.data;
    const fromOrganisations = (prefill.organisationIds ?? []).flatMap(
      (orgId) => organisationOptions.find((option) => option.id === orgId)?.municipalities ?? [],
    );
    initial = {
      ...newContactMomentValues(localToday(), adviserId),
      municipalities: [...new Set(prefill.municipalities ?? dossier?.municipalities ?? fromOrganisations)],
      organisationIds: prefill.organisationIds ?? [],
      personIds: prefill.personIds ?? [],
      signalIds: prefill.signalIds ?? [],
      caseId: dossier?.id ?? '',
      themes: dossier?.themes ?? [],
      classification: dossier?.classification ?? 'ongerubriceerd',
    };
    labels = Object.fromEntries(
      [
        ...(dossier ? [[dossier.id, `${dossier.number} ${dossier.title}`]] : []),
        ...startSignals.flatMap((query) => (query.data ? [[query.data.id, `${query.data.number} ${query.data.title}`]] : [])),
      ] as [string, string][],
    );
  }
  const describe = (values: ContactMomentFormValues) => draftTitleText(values.subject) || t('forms.untitled');
  return (
    <FormPage<ContactMomentFormValues, CreateContactMomentInput, { id: string }>
      key={formKey}
      heading={item ? t('contactMoments.editHeading', { number: item.number }) : t('contactMoments.newHeading')}
      lead={(organisations.error || persons.error) && <Alert kind="info">{t('contactMoments.optionsUnavailable')}</Alert>}
      resolver={resolver}
      initial={initial}
      mapServerIssues={contactMomentServerIssues}
      draft={
        item
          ? {
              formKey: `contactMoment:edit:${item.id}`,
              route: { name: 'contactMomentForm', id: item.id }, recordUpdatedAt: item.updatedAt,
              title: (values) => t('forms.draftTitle.contactMomentEdit', { number: item.number, title: describe(values) }),
            }
          : {
              formKey: 'contactMoment:new',
              route: { name: 'contactMomentForm', prefill },
              title: (values) => t('forms.draftTitle.contactMomentNew', { title: describe(values) }),
            }
      }
      save={({ actions, ...input }) =>
        item
          ? call('contactMoments.update', { id: item.id, version: item.version, contactMoment: input })
          : call('contactMoments.create', { ...input, actions })
      }
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'contactMoment', id: saved.id });
      }}
      submitLabel={item ? t('contactMoments.save') : t('contactMoments.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: recordKeys.contactMoment(id!) });
        setFormKey((key) => key + 1);
      }}
    >
      <ContactMomentForm
        reference={reference.data}
        existing={item}
        organisations={organisationOptions}
        persons={persons.data ?? NO_OPTIONS}
        labels={labels}
        adviserId={adviserId}
      />
    </FormPage>
  );
}
