import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '../../../../shared/domain/history';
import type { Signal, SignalInput } from '../../../../shared/domain/signal';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { messageText } from '../../components/messages';
import { applyServerIssues } from '../../components/serverIssues';
import { localToday } from '../../format';
import { useShortcut } from '../../hooks/useShortcut';
import { PersistentStateContext } from '../shell/persistentState';
import { DetailFields } from './DetailFields';
import { DuplicateHints } from './DuplicateHints';
import { EssentialFields } from './EssentialFields';
import { newSignalValues, signalFormSchema, type SignalFormValues } from './signalFormValues';

interface SignalFormProps {
  reference: ReferenceData;
  initial: SignalFormValues;
  save: (input: SignalInput) => Promise<Signal>;
  onSaved: (signal: Signal) => void;
  onCancel: () => void;
  /** Editing: the signal itself is not its own duplicate. */
  signalId?: string;
  /**
   * New signals keep an unsaved draft under this key when the adviser looks
   * elsewhere (at a possible duplicate, say) and get it back on returning.
   */
  draftKey?: string;
  /** Shown by the save button instead of the plain error, e.g. a conflict with its "load again" button. */
  notice?: React.ReactNode;
}

const FIELDS = Object.keys(newSignalValues('', null));

export function SignalForm({ reference, initial, save, onSaved, onCancel, signalId, draftKey, notice }: SignalFormProps) {
  const { t } = useTranslation();
  const drafts = useContext(PersistentStateContext);
  const schema = useMemo(() => signalFormSchema(localToday()), []);
  const [restored, setRestored] = useState(() => !!draftKey && drafts.has(draftKey));
  const form = useForm<SignalFormValues, unknown, SignalInput>({
    resolver: zodResolver(schema),
    defaultValues: restored && draftKey ? (drafts.get(draftKey) as SignalFormValues) : initial,
    // Messages appear as soon as a field is left, and update while it is corrected.
    mode: 'onTouched',
  });
  const { handleSubmit, setError, getValues, reset, formState } = form;
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const saved = useRef(false);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (signal) => {
      saved.current = true;
      if (draftKey) drafts.delete(draftKey);
      onSaved(signal);
    },
    onError: (error) => setUnmatched(applyServerIssues(error, FIELDS, setError)),
  });
  const { mutate } = mutation;
  const submit = useCallback(() => void handleSubmit((input) => mutate(input))(), [handleSubmit, mutate]);
  useShortcut('enter', submit);

  useEffect(() => {
    if (!draftKey) return;
    return () => {
      const values = getValues();
      const untouched = JSON.stringify(values) === JSON.stringify(initial);
      if (saved.current || untouched) drafts.delete(draftKey);
      else drafts.set(draftKey, values);
    };
  }, [draftKey, drafts, getValues, initial]);
  const startEmpty = () => {
    reset(initial);
    setRestored(false);
  };

  const errorCount = Object.keys(formState.errors).length;
  return (
    <FormProvider {...form}>
      {restored && (
        <Alert kind="info">
          {t('signalForm.draftRestored')}{' '}
          <button type="button" className="link-button" onClick={startEmpty}>
            {t('signalForm.startEmpty')}
          </button>
        </Alert>
      )}
      <form
        className="signal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="signal-form__main">
          <section className="card" aria-labelledby="signal-essentials">
            <h2 id="signal-essentials">{t('signalForm.essentials')}</h2>
            <EssentialFields reference={reference} />
          </section>
          <section className="card" aria-labelledby="signal-details">
            <h2 id="signal-details">{t('signalForm.details')}</h2>
            <p className="muted">{t('signalForm.detailsIntro')}</p>
            <DetailFields reference={reference} />
          </section>
          {formState.isSubmitted && errorCount > 0 && <Alert kind="error">{t('signalForm.fixErrors', { count: errorCount })}</Alert>}
          {unmatched.map((message) => (
            <Alert key={message} kind="error">
              {messageText(t, message)}
            </Alert>
          ))}
          {notice ?? (unmatched.length === 0 && !errorCount && <ErrorAlert error={mutation.error} />)}
          <div className="actions actions--sticky">
            <button type="submit" className="button button--primary" disabled={mutation.isPending} aria-keyshortcuts="Control+Enter">
              {t('signalForm.save')} <kbd>Ctrl+Enter</kbd>
            </button>
            <button type="button" className="button button--quiet" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
        <DuplicateHints excludeId={signalId} />
      </form>
    </FormProvider>
  );
}
