import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FollowUpAction, FollowUpActionInput } from '../../../../shared/domain/followUpAction';
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
import { ActionFields } from './ActionFields';
import {
  ACTION_FORM_FIELDS,
  actionFormSchema,
  actionToValues,
  newActionValues,
  type ActionFormValues,
} from './actionFormValues';
import { ActionLinksField } from './ActionLinksField';
import { useLinkSources } from './useLinkSources';
import '../../styles/contactMoments.css';

interface ActionFormPageProps {
  id?: string;
  signalId?: string;
  caseId?: string;
  contactMomentId?: string;
  adviserId: string | null;
}

/** New action (on its own, or from a signal, case or contact moment) or editing one; after saving, its page. */
export function ActionFormPage({ id, signalId, caseId, contactMomentId, adviserId }: ActionFormPageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const existing = useQuery({ queryKey: recordKeys.action(id ?? ''), queryFn: () => call('actions.get', { id: id! }), enabled: !!id });
  const sources = useLinkSources(id ? {} : { signalId, caseId, contactMomentId });
  const error = reference.error ?? existing.error ?? sources.error;
  if (error) {
    return (
      <>
        <BackButton />
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!reference.data || (id && !existing.data) || !sources.ready) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  const initial = item ? actionToValues(item) : newActionValues(adviserId, sources.links);
  const labels = item
    ? Object.fromEntries(
        [
          [item.signalId, item.signalLabel],
          [item.caseId, item.caseLabel],
          [item.contactMomentId, item.contactMomentLabel],
        ].filter((pair): pair is [string, string] => !!pair[0] && !!pair[1]),
      )
    : sources.labels;
  return (
    <>
      <BackButton />
      <h1>{item ? t('actions.editHeading', { number: item.number }) : t('actions.newHeading')}</h1>
      <ActionForm
        key={formKey}
        reference={reference.data}
        initial={initial}
        labels={labels}
        existing={item}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: recordKeys.action(id!) });
          setFormKey((key) => key + 1);
        }}
      />
    </>
  );
}

interface ActionFormProps {
  reference: ReferenceData;
  initial: ActionFormValues;
  labels: Record<string, string>;
  existing?: FollowUpAction;
  onReload: () => Promise<void>;
}

function ActionForm({ reference, initial, labels, existing, onReload }: ActionFormProps) {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const schema = useMemo(() => actionFormSchema(localToday()), []);
  const form = useForm<ActionFormValues, unknown, FollowUpActionInput>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { handleSubmit, setError } = form;
  const save = useMutation({
    mutationFn: (input: FollowUpActionInput) =>
      existing ? call('actions.update', { id: existing.id, version: existing.version, action: input }) : call('actions.create', input),
    onSuccess: (saved) => {
      invalidate();
      navigate({ name: 'action', id: saved.id });
    },
    onError: (failure) => setUnmatched(applyServerIssues(failure, ACTION_FORM_FIELDS, setError)),
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
        <ActionFields reference={reference} />
        <ActionLinksField initialLabels={labels} />
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
            {existing ? t('actions.save') : t('actions.create')} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" className="button button--quiet" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
