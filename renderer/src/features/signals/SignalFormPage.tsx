import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signal, SignalInput } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { localToday } from '../../format';
import { useNavigation } from '../shell/navigation';
import { DuplicateHints } from './DuplicateHints';
import { newSignalValues, signalFormSchema, signalToValues, type SignalFormValues } from './signalFormValues';
import { SignalForm } from './SignalForm';

/** New signal (Ctrl+N) or editing one; after saving, the signal's page. */
export function SignalFormPage({
  id,
  contactMomentId,
  adviserId,
}: {
  id?: string;
  /** Set when the signal is registered from a contact moment: prefilled from it, saved linked to it. */
  contactMomentId?: string;
  adviserId: string | null;
}) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRecords();
  const reference = useReference();
  const resolver = useMemo(() => zodResolver(signalFormSchema(localToday())), []);
  const existing = useQuery({
    queryKey: recordKeys.signal(id ?? ''),
    queryFn: () => call('signals.get', { id: id! }),
    enabled: !!id,
  });
  const moment = useQuery({
    queryKey: recordKeys.contactMoment(contactMomentId ?? ''),
    queryFn: () => call('contactMoments.get', { id: contactMomentId! }),
    enabled: !id && !!contactMomentId,
  });
  // Changing the key makes a fresh form with the newest version after a conflict.
  const [formKey, setFormKey] = useState(0);
  const [empty] = useState(() => newSignalValues(localToday(), adviserId));

  if (reference.error || existing.error || moment.error) return <ErrorAlert error={reference.error ?? existing.error ?? moment.error} />;
  if (!reference.data || (id && !existing.data) || (!id && contactMomentId && !moment.data)) return <p className="muted">{t('app.loading')}</p>;
  const signal = existing.data;
  const from = moment.data;

  // A signal heard at a contact moment starts with its day, places, themes, classification and case.
  const initial = signal
    ? signalToValues(signal)
    : from
      ? {
          ...empty,
          observedOn: from.heldOn,
          receivedOn: from.heldOn,
          municipalities: from.municipalities,
          themes: from.themes,
          classification: from.classification,
          caseId: from.caseId ?? '',
        }
      : empty;
  const describe = (values: SignalFormValues) => draftTitleText(values.title) || t('forms.untitled');
  return (
    <FormPage<SignalFormValues, SignalInput, Signal>
      key={formKey}
      heading={
        signal
          ? t('signalForm.editHeading', { number: signal.number })
          : from
            ? t('contactMoments.registerFromHeading', { number: from.number })
            : t('signalForm.newHeading')
      }
      lead={from && <p className="lead">{t('contactMoments.registerFromIntro', { number: from.number, subject: from.subject })}</p>}
      resolver={resolver}
      initial={initial}
      className="signal-form"
      aside={<DuplicateHints excludeId={signal?.id} />}
      draft={
        signal
          ? {
              formKey: `signal:edit:${signal.id}`,
              route: { name: 'signalForm', id: signal.id }, recordUpdatedAt: signal.updatedAt,
              title: (values) => t('forms.draftTitle.signalEdit', { number: signal.number, title: describe(values) }),
            }
          : {
              formKey: from ? `signal:new:${from.id}` : 'signal:new',
              route: { name: 'signalForm', contactMomentId },
              title: (values) => t('forms.draftTitle.signalNew', { title: describe(values) }),
            }
      }
      save={(input) => {
        if (signal) return call('signals.update', { id: signal.id, version: signal.version, signal: input });
        if (from) return call('contactMoments.registerSignal', { contactMomentId: from.id, signal: input });
        return call('signals.create', input);
      }}
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'signal', id: saved.id });
      }}
      submitLabel={t('signalForm.save')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: recordKeys.signal(id!) });
        setFormKey((key) => key + 1);
      }}
    >
      <SignalForm reference={reference.data} />
    </FormPage>
  );
}
