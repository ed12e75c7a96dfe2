import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/domain/enums';
import type { FollowUpAction, FollowUpActionInput } from '../../../../shared/domain/followUpAction';
import { ApiError, call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { TextAreaField } from '../../components/TextAreaField';
import { localToday } from '../../format';
import { actionToInput } from './actionFormValues';

/**
 * Moving an action along without opening the form: open → lopend →
 * afgerond (with its result and completion date), vervallen, or back to open.
 */
export function ActionStatusSection({ action, disabled }: { action: FollowUpAction; disabled: boolean }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateRecords();
  const [completing, setCompleting] = useState(false);
  const change = useMutation({
    mutationFn: (patch: Partial<FollowUpActionInput>) =>
      call('actions.update', { id: action.id, version: action.version, action: { ...actionToInput(action), ...patch } }),
    onSuccess: () => {
      invalidate();
      setCompleting(false);
    },
  });
  const to = (status: ActionStatus) => change.mutate({ status, completedOn: null });
  const open = action.status === 'open' || action.status === 'lopend';
  return (
    <section className="card" aria-labelledby="action-status">
      <h2 id="action-status">{t('actions.statusHeading')}</h2>
      <p>{t(`enums.actionStatus.${action.status}`)}</p>
      <div className="button-row">
        {action.status === 'open' && (
          <button type="button" className="button button--small" disabled={disabled || change.isPending} onClick={() => to('lopend')}>
            {t('actions.start')}
          </button>
        )}
        {open && (
          <button type="button" className="button button--small button--primary" disabled={disabled} onClick={() => setCompleting(true)}>
            {t('actions.complete')}
          </button>
        )}
        {open && (
          <button type="button" className="button button--small button--quiet" disabled={disabled || change.isPending} onClick={() => to('vervallen')}>
            {t('actions.drop')}
          </button>
        )}
        {!open && (
          <button type="button" className="button button--small" disabled={disabled || change.isPending} onClick={() => to('open')}>
            {t('actions.reopen')}
          </button>
        )}
      </div>
      {!completing && <ErrorAlert error={change.error} />}
      {completing && (
        <CompleteDialog
          action={action}
          busy={change.isPending}
          error={change.error}
          onSubmit={(result, completedOn) => change.mutate({ status: 'afgerond', result, completedOn })}
          onClose={() => {
            change.reset();
            setCompleting(false);
          }}
        />
      )}
    </section>
  );
}

interface CompleteDialogProps {
  action: FollowUpAction;
  busy: boolean;
  error: unknown;
  onSubmit: (result: string, completedOn: string) => void;
  onClose: () => void;
}

function CompleteDialog({ action, busy, error, onSubmit, onClose }: CompleteDialogProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState(action.result);
  const [completedOn, setCompletedOn] = useState(localToday());
  const issues = error instanceof ApiError && error.code === 'INVALID_INPUT' ? error.issues : [];
  const issueFor = (field: string) => messageText(t, issues.find((issue) => issue.path === field)?.message);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(result.trim(), completedOn);
  };
  return (
    <Dialog title={t('actions.completeHeading', { number: action.number })} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <TextAreaField
          label={t('action.result')}
          rows={3}
          maxLength={10000}
          value={result}
          error={issueFor('result')}
          onChange={(event) => setResult(event.target.value)}
        />
        <Field
          label={t('action.completedOn')}
          type="date"
          className="input--date"
          value={completedOn}
          error={issueFor('completedOn')}
          onChange={(event) => setCompletedOn(event.target.value)}
        />
        {issues.length === 0 && <ErrorAlert error={error} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('actions.completeSubmit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
