import { useMutation } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/contract/draftChannels';
import { ApiError } from '../../api/client';
import { formatDateTime } from '../../format';
import { useShortcut } from '../../hooks/useShortcut';
import { useNavigation } from '../../features/shell/navigation';
import { Alert } from '../Alert';
import { ErrorAlert } from '../ErrorAlert';
import { messageText } from '../messages';
import { applyServerIssues } from '../serverIssues';
import { CancelButton } from './CancelButton';
import type { DraftConfig } from './formDrafts';
import { useFormDraft } from './useFormDraft';

export interface FormBodyProps<V extends FieldValues, O, S> {
  resolver: Resolver<V, unknown, O>;
  /** The values the form starts with (a new record's defaults, or the record being edited). */
  initial: V;
  /** A draft of this form found in the case file: the form starts from it, and stays dirty. */
  stored: Draft | null;
  draft?: DraftConfig<V>;
  save: (input: O) => Promise<S>;
  onSaved: (saved: S) => void;
  submitLabel: string;
  /** After a conflict: load the newest version into a fresh form. */
  onReload?: () => void | Promise<void>;
  /** Top-level fields, for putting the service's problems next to them (default: the keys of `initial`). */
  fields?: readonly string[];
  /** Own mapping of the service's problems (inline rows); returns those that match no field. */
  mapServerIssues?: (error: unknown, setError: UseFormSetError<V>) => string[];
  /** Class of the <form> (default 'card'). */
  className?: string;
  /** Beside the fields and the action row (the signal form's duplicate hints). */
  aside?: ReactNode;
  children: ReactNode | ((form: UseFormReturn<V, unknown, O>) => ReactNode);
}

/**
 * Validation shows its messages after the first save attempt, and then
 * live as fields are corrected (mode onSubmit, re-validation on change).
 * Nothing appears when a field is merely left, so the action row never moves
 * under the pointer; Annuleren also acts on mouse down (CancelButton).
 */
export function FormBody<V extends FieldValues, O, S>(props: FormBodyProps<V, O, S>) {
  const { resolver, initial, stored, draft, save, onSaved, submitLabel, onReload, fields, mapServerIssues, className, aside, children } = props;
  const { t } = useTranslation();
  const { back } = useNavigation();
  const [restored, setRestored] = useState(() => stored !== null);
  const form = useForm<V, unknown, O>({
    resolver,
    defaultValues: (stored ? stored.values : initial) as DefaultValues<V>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, setError, reset, formState } = form;
  // A restored draft differs from what is stored as the record: it counts as unsaved until saved or dropped.
  const dirty = restored || formState.isDirty;
  const kept = useFormDraft(form as UseFormReturn<V, unknown, unknown>, dirty, draft, stored ? JSON.stringify(stored.values) : null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: save,
    // The form's values are in the variables: gone once no screen shows them (a lock must not keep them).
    gcTime: 0,
    onSuccess: (result) => {
      void kept.finish();
      onSaved(result);
    },
    onError: (error) =>
      setUnmatched(mapServerIssues ? mapServerIssues(error, setError) : applyServerIssues(error, fields ?? Object.keys(initial), setError)),
  });
  const { mutate } = mutation;
  const submit = useCallback(() => void handleSubmit((input) => mutate(input))(), [handleSubmit, mutate]);
  useShortcut('enter', submit);
  const cancel = () => {
    void kept.finish();
    back();
  };
  // The newest version replaces what was typed: its draft goes first, or the fresh form would restore it.
  const reload = async () => {
    await kept.finish();
    await onReload?.();
  };
  const startAgain = () => {
    reset(initial);
    setRestored(false);
  };

  // Timestamps are ISO 8601 in UTC on both sides, so they compare as text.
  const stale = restored && stored !== null && !!draft?.recordUpdatedAt && draft.recordUpdatedAt > stored.savedAt;
  const failure = mutation.error;
  const conflict = failure instanceof ApiError && failure.code === 'CONFLICT';
  const refused = failure instanceof ApiError && failure.code === 'INVALID_INPUT';
  const errorCount = Object.keys(formState.errors).length;
  return (
    <FormProvider {...form}>
      {restored && stored && (
        <Alert kind="info">
          {t('forms.draftRestored', { at: formatDateTime(stored.savedAt) })}{' '}
          <button type="button" className="link-button" onClick={startAgain}>
            {t('forms.startEmpty')}
          </button>
        </Alert>
      )}
      {stale && draft?.recordUpdatedAt && (
        <Alert kind="error">{t('forms.draftOutdated', { at: formatDateTime(draft.recordUpdatedAt) })}</Alert>
      )}
      <form
        className={`form-page ${className ?? 'card'}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="form-page__main">
          {typeof children === 'function' ? children(form) : children}
          {formState.isSubmitted && errorCount > 0 && <Alert kind="error">{t('signalForm.fixErrors', { count: errorCount })}</Alert>}
          {unmatched.map((message) => (
            <Alert key={message} kind="error">
              {messageText(t, message)}
            </Alert>
          ))}
          {conflict ? (
            <Alert kind="error">
              {t('errors.CONFLICT')}{' '}
              {onReload && (
                <button type="button" className="link-button" onClick={() => void reload()}>
                  {t('signalForm.loadNewest')}
                </button>
              )}
            </Alert>
          ) : (
            !refused && <ErrorAlert error={failure} />
          )}
          <div className="actions actions--sticky form-page__actions">
            <button type="submit" className="button button--primary" disabled={mutation.isPending} aria-keyshortcuts="Control+Enter">
              {submitLabel} <kbd>Ctrl+Enter</kbd>
            </button>
            <CancelButton onCancel={cancel} />
          </div>
        </div>
        {aside}
      </form>
    </FormProvider>
  );
}
