import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case, CaseInput } from '../../../../shared/domain/case';
import type { ReferenceData } from '../../../../shared/domain/history';
import { ApiError, call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { messageText } from '../../components/messages';
import { applyServerIssues } from '../../components/serverIssues';
import { localToday } from '../../format';
import { useShortcut } from '../../hooks/useShortcut';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { CaseFields } from './CaseFields';
import { CASE_FORM_FIELDS, caseFormSchema, caseToValues, newCaseValues, type CaseFormValues } from './caseFormValues';
import { SignalsToLink, useSignalsToLink } from './SignalsToLink';

interface CaseFormPageProps {
  id?: string;
  signalIds?: string[];
  adviserId: string | null;
}

/** New case (on its own or from selected signals) or editing one; after saving, the case page. */
export function CaseFormPage({ id, signalIds = [], adviserId }: CaseFormPageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const existing = useQuery({ queryKey: recordKeys.case(id ?? ''), queryFn: () => call('cases.get', { id: id! }), enabled: !!id });
  const linked = useSignalsToLink(signalIds);
  if (reference.error || existing.error) return <ErrorAlert error={reference.error ?? existing.error} />;
  if (!reference.data || (id && !existing.data) || !linked.ready) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  // Signals that start a case lend it their places and themes; the adviser can still change them.
  const initial = item
    ? caseToValues(item)
    : {
        ...newCaseValues(localToday(), adviserId),
        title: linked.signals.length === 1 ? linked.signals[0]!.title : '',
        municipalities: linked.municipalities,
        themes: linked.themes,
      };
  return (
    <>
      <BackButton />
      <h1>{item ? t('caseForm.editHeading', { number: item.number }) : t('caseForm.newHeading')}</h1>
      {linked.signals.length > 0 && <SignalsToLink signals={linked.signals} />}
      <CaseForm
        key={formKey}
        reference={reference.data}
        initial={initial}
        existing={item}
        signalIds={signalIds}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: recordKeys.case(id!) });
          setFormKey((key) => key + 1);
        }}
      />
    </>
  );
}

interface CaseFormProps {
  reference: ReferenceData;
  initial: CaseFormValues;
  existing?: Case;
  signalIds: string[];
  onReload: () => Promise<void>;
}

function CaseForm({ reference, initial, existing, signalIds, onReload }: CaseFormProps) {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<CaseFormValues, unknown, CaseInput>({
    resolver: zodResolver(caseFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { handleSubmit, setError } = form;
  const save = useMutation({
    mutationFn: (input: CaseInput) =>
      existing
        ? call('cases.update', { id: existing.id, version: existing.version, case: input })
        : call('cases.create', { ...input, signalIds }),
    onSuccess: (saved) => {
      invalidate();
      navigate({ name: 'case', id: saved.id });
    },
    onError: (error) => setUnmatched(applyServerIssues(error, CASE_FORM_FIELDS, setError)),
  });
  const { mutate } = save;
  const submit = useCallback(() => void handleSubmit((input) => mutate(input))(), [handleSubmit, mutate]);
  useShortcut('enter', submit);
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';

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
        <CaseFields reference={reference} />
        {unmatched.map((message) => (
          <Alert key={message} kind="error">
            {messageText(t, message)}
          </Alert>
        ))}
        {conflict ? (
          <Alert kind="error">
            {t('errors.CONFLICT')}{' '}
            <button type="button" className="link-button" onClick={() => void onReload()}>
              {t('signalForm.loadNewest')}
            </button>
          </Alert>
        ) : (
          !(save.error instanceof ApiError && save.error.code === 'INVALID_INPUT') && <ErrorAlert error={save.error} />
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} aria-keyshortcuts="Control+Enter">
            {existing ? t('caseForm.save') : t('caseForm.create')} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" className="button button--quiet" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
