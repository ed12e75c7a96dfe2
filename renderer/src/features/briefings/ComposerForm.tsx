import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type DefaultValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/contract/draftChannels';
import type { Briefing, BriefingDraft, HouseStyle } from '../../../../shared/domain/briefing';
import type { Classification } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { ApiError, call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DraftConfig } from '../../components/form/formDrafts';
import { useFormDraft } from '../../components/form/useFormDraft';
import { formatDateTime } from '../../format';
import { useShortcut } from '../../hooks/useShortcut';
import { useNavigation } from '../shell/navigation';
import { PersistentStateContext } from '../shell/persistentState';
import { briefingFormSchema, draftToValues, formPathOf, toDraftInput, type BriefingFormValues } from './briefingFormValues';
import { useBriefingSaved, useIssueText, useIssueTexts } from './briefingQueries';
import { ExportsSection } from './ExportsSection';
import { HeadFields } from './HeadFields';
import { OptionsFields } from './OptionsFields';
import { PreviewDialog } from './PreviewDialog';
import { SectionFields } from './SectionFields';
import { SelectionFields } from './SelectionFields';
import { StatusSection } from './StatusSection';
import { useBriefingPreview } from './useBriefingPreview';

/** A message for the note's page after a new note was saved there (the composer of the new note is gone by then). */
export const flashKey = (id: string): string => `briefing.flash.${id}`;

interface ComposerFormProps {
  briefing: Briefing | undefined;
  initial: BriefingFormValues;
  houseStyle: HouseStyle;
  reference: ReferenceData;
  flash: string | null;
  /** Where the note's unsaved input is kept across a lock (none for a sent or deleted note). */
  draft?: DraftConfig<BriefingFormValues>;
  /** A draft of this note found in the case file: the composer starts from it. */
  stored?: Draft | null;
}

/**
 * The composer: every field of the draft, the live selection, the text with
 * the data-driven parts beside it, and the steps after it (save, preview,
 * export, status, versions). A sent or deleted note is shown read-only.
 */
export function ComposerForm({ briefing, initial, houseStyle, reference, flash, draft, stored = null }: ComposerFormProps) {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const store = useContext(PersistentStateContext);
  const saved = useBriefingSaved();
  const issueText = useIssueText();
  const issueTexts = useIssueTexts();
  const [notice, setNotice] = useState<string | null>(flash);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState(false);
  // The content's level comes from the latest preview; the resolver reads it when it validates.
  const contentRef = useRef<Classification | null>(null);
  const resolver = useCallback<Resolver<BriefingFormValues, unknown, BriefingDraft>>(
    (values, context, options) => zodResolver(briefingFormSchema(contentRef.current))(values, context, options),
    [],
  );
  const form = useForm<BriefingFormValues, unknown, BriefingDraft>({
    resolver,
    defaultValues: (stored ? stored.values : initial) as DefaultValues<BriefingFormValues>,
    mode: 'onTouched',
  });
  const [restored, setRestored] = useState(() => stored !== null);
  const { handleSubmit, setError, reset, formState } = form;
  const values = useWatch({ control: form.control }) as BriefingFormValues;
  const draftInput = toDraftInput(values, null);
  const preview = useBriefingPreview(draftInput, briefing?.id);
  useEffect(() => {
    contentRef.current = preview.data?.contentClassification ?? null;
  }, [preview.data]);

  const readOnly = briefing !== undefined && (briefing.status === 'verzonden' || briefing.deletedAt !== null);
  const dirty = formState.isDirty || restored;
  const kept = useFormDraft(form as UseFormReturn<BriefingFormValues, unknown, unknown>, dirty, draft, stored ? JSON.stringify(stored.values) : null);
  // A new note that was saved before its export failed: its page is where the adviser continues.
  const created = useRef<Briefing | null>(null);

  const afterSave = (result: Briefing, text: string | null) => {
    saved(result);
    reset(draftToValues(result.draft, houseStyle.recipients));
    setRestored(false);
    setUnmatched([]);
    if (briefing) {
      kept.saved();
      setNotice(text);
      return;
    }
    void kept.finish();
    if (text) store.set(flashKey(result.id), text);
    back();
    navigate({ name: 'briefing', id: result.id });
  };
  const showIssues = (error: unknown) => {
    if (!briefing && created.current) return afterSave(created.current, null);
    if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return setUnmatched([]);
    const rest: string[] = [];
    let first = true;
    for (const issue of error.issues) {
      const path = formPathOf(issue.path);
      if (path) {
        setError(path as Path<BriefingFormValues>, { type: 'server', message: issue.message }, { shouldFocus: first });
        first = false;
      } else rest.push(issueText(issue));
    }
    setUnmatched(rest);
  };
  const persist = async (draft: BriefingDraft): Promise<Briefing> => {
    const result = briefing
      ? await call('briefings.update', { id: briefing.id, version: briefing.version, draft })
      : await call('briefings.create', { draft });
    if (!briefing) created.current = result;
    return result;
  };

  const save = useMutation({
    mutationFn: persist,
    onMutate: () => setNotice(null),
    onSuccess: (result) => afterSave(result, t('briefings.saved')),
    onError: showIssues,
  });
  const exporting = useMutation({
    mutationFn: async (draft: BriefingDraft | null) => {
      const current = draft ? await persist(draft) : briefing;
      if (!current) throw new Error('A new note is saved before it is exported');
      const outcome = await call('briefings.export', { id: current.id });
      return { current: outcome.path === null ? current : await call('briefings.get', { id: current.id }), outcome };
    },
    onMutate: () => setNotice(null),
    onSuccess: ({ current, outcome }) =>
      afterSave(current, outcome.path === null ? null : t('briefings.exported', { version: outcome.export.version, path: outcome.path })),
    onError: showIssues,
  });

  const { mutate: saveDraft } = save;
  const submit = useCallback(() => {
    if (!readOnly) void handleSubmit((draft) => saveDraft(draft))();
  }, [readOnly, handleSubmit, saveDraft]);
  useShortcut('enter', submit);
  const startExport = () => void handleSubmit((draft) => exporting.mutate(dirty || !briefing ? draft : null))();
  const busy = save.isPending || exporting.isPending;
  const failure = save.error ?? exporting.error;

  return (
    <FormProvider {...form}>
      {restored && stored && (
        <Alert kind="info">
          {t('forms.draftRestored', { at: formatDateTime(stored.savedAt) })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              reset(initial);
              setRestored(false);
            }}
          >
            {t('forms.startEmpty')}
          </button>
        </Alert>
      )}
      <form
        noValidate
        className="briefing-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="briefing-form__fields" disabled={readOnly}>
          <HeadFields houseStyle={houseStyle} preview={preview.data} />
          <SelectionFields
            reference={reference}
            preview={preview.data}
            previewIssues={issueTexts(preview.error)}
            counting={preview.isFetching}
          />
          <SectionFields preview={preview.data} />
          <OptionsFields preview={preview.data} />
        </fieldset>
        <div className="briefing-actions">
          {unmatched.map((text) => (
            <Alert key={text} kind="error">
              {text}
            </Alert>
          ))}
          {!(failure instanceof ApiError && failure.code === 'INVALID_INPUT') && <ErrorAlert error={failure} />}
          {notice && !dirty && <Alert kind="success">{notice}</Alert>}
          <div className="actions">
            {!readOnly && (
              <button type="submit" className="button button--primary" disabled={busy} aria-keyshortcuts="Control+Enter">
                {briefing ? t('briefings.save') : t('briefings.create')} <kbd>Ctrl+Enter</kbd>
              </button>
            )}
            <button type="button" className="button" onClick={() => setPreviewing(true)}>
              {t('briefings.preview')}
            </button>
            <button type="button" className="button" disabled={busy || briefing?.deletedAt != null} onClick={startExport}>
              {exporting.isPending ? t('briefings.exporting') : t('briefings.export')}
            </button>
            {dirty && <span className="briefing-actions__unsaved">{t('briefings.unsaved')}</span>}
          </div>
        </div>
      </form>
      {briefing && <StatusSection briefing={briefing} dirty={dirty} />}
      {briefing && <ExportsSection briefingId={briefing.id} />}
      {previewing && <PreviewDialog draft={draftInput} id={briefing?.id} onClose={() => setPreviewing(false)} />}
    </FormProvider>
  );
}
