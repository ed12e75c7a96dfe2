import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, ApiError } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { localToday } from '../../format';
import { useNavigation } from '../shell/navigation';
import { newSignalValues, signalToValues } from './signalFormValues';
import { SignalForm } from './SignalForm';

const DRAFT_KEY = 'signals.draft';

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
  const { navigate, back } = useNavigation();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRecords();
  const reference = useReference();
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
  const [conflict, setConflict] = useState(false);
  // Stable, so the form can tell an untouched new signal from a draft worth keeping.
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
  const done = (saved: { id: string }) => {
    invalidate();
    navigate({ name: 'signal', id: saved.id });
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: recordKeys.signal(id!) });
    setConflict(false);
    setFormKey((key) => key + 1);
  };
  const notice = conflict ? (
    <Alert kind="error">
      {t('errors.CONFLICT')}{' '}
      <button type="button" className="link-button" onClick={() => void reload()}>
        {t('signalForm.loadNewest')}
      </button>
    </Alert>
  ) : null;

  return (
    <>
      <h1>
        {signal
          ? t('signalForm.editHeading', { number: signal.number })
          : from
            ? t('contactMoments.registerFromHeading', { number: from.number })
            : t('signalForm.newHeading')}
      </h1>
      {from && <p className="lead">{t('contactMoments.registerFromIntro', { number: from.number, subject: from.subject })}</p>}
      <SignalForm
        key={formKey}
        reference={reference.data}
        initial={initial}
        signalId={signal?.id}
        draftKey={signal || from ? undefined : DRAFT_KEY}
        notice={notice}
        save={async (input) => {
          try {
            if (signal) return await call('signals.update', { id: signal.id, version: signal.version, signal: input });
            if (from) return await call('contactMoments.registerSignal', { contactMomentId: from.id, signal: input });
            return await call('signals.create', input);
          } catch (error) {
            if (error instanceof ApiError && error.code === 'CONFLICT') setConflict(true);
            throw error;
          }
        }}
        onSaved={done}
        onCancel={back}
      />
    </>
  );
}
