import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionBulkChange, BulkResult, SignalBulkChange } from '../../../shared/contract/bulkChannels';
import { ACTION_STATUSES, SIGNAL_STATUSES } from '../../../shared/domain/enums';
import { ApiError, call } from '../api/client';
import { useInvalidateRecords, useReference } from '../api/domain';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';
import { messageText } from './messages';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';

export type BulkEntity = 'signals' | 'actions';
export type BulkMode = 'status' | 'owner' | 'close';

interface BulkChangeDialogProps {
  entity: BulkEntity;
  mode: BulkMode;
  ids: string[];
  /** After a change went through: the sentence to show under the list. */
  onDone: (message: string) => void;
  onClose: () => void;
}

const NO_OWNER = '';

/**
 * One change for the whole selection: the adviser picks the new value, reads
 * what will happen ("12 signalen krijgen status ‘In duiding’") and confirms.
 * The main process applies it to all or none; a refusal names the records.
 */
export function BulkChangeDialog({ entity, mode, ids, onDone, onClose }: BulkChangeDialogProps) {
  const { t } = useTranslation();
  const invalidate = useInvalidateRecords();
  const advisers = useReference().data?.advisers ?? [];
  const statuses = entity === 'signals' ? SIGNAL_STATUSES : ACTION_STATUSES;
  const statusGroup = entity === 'signals' ? 'signalStatus' : 'actionStatus';
  const [status, setStatus] = useState<string>(entity === 'signals' ? 'in-duiding' : 'lopend');
  const [ownerId, setOwnerId] = useState<string>(NO_OWNER);
  const [closing, setClosing] = useState<'afgerond' | 'vervallen'>('afgerond');
  const [result, setResult] = useState('');
  const count = ids.length;

  const change = (): SignalBulkChange | ActionBulkChange => {
    if (mode === 'status') return { kind: 'status', status } as SignalBulkChange;
    if (mode === 'owner') return { kind: 'owner', ownerId: ownerId || null };
    return entity === 'signals' ? { kind: 'close' } : { kind: 'close', closing, result };
  };
  const apply = useMutation({
    mutationFn: (): Promise<BulkResult> =>
      entity === 'signals'
        ? call('signals.bulkUpdate', { ids, change: change() as SignalBulkChange })
        : call('actions.bulkUpdate', { ids, change: change() as ActionBulkChange }),
    onSuccess: (done) => {
      invalidate();
      const unchanged = done.unchanged > 0 ? ` ${t('bulk.done.unchanged', { count: done.unchanged })}` : '';
      onDone(`${t(`bulk.done.${entity}`, { count: done.changed })}${unchanged}`);
    },
  });

  const ownerName = advisers.find((adviser) => adviser.id === ownerId)?.name ?? t('bulk.confirm.noOwner');
  const statusLabel = t(`enums.${statusGroup}.${status}` as 'enums.signalStatus.nieuw');
  const prefix = entity === 'signals' ? 'signals' : 'actions';
  const confirmation =
    mode === 'status'
      ? t(`bulk.confirm.${prefix}Status`, { count, status: statusLabel })
      : mode === 'owner'
        ? t(`bulk.confirm.${prefix}Owner`, { count, owner: ownerName })
        : entity === 'signals'
          ? t('bulk.confirm.signalsClose', { count })
          : t(closing === 'afgerond' ? 'bulk.confirm.actionsDone' : 'bulk.confirm.actionsDropped', { count });
  const title =
    mode === 'status' ? t('bulk.title.status') : mode === 'owner' ? t('bulk.title.owner') : t(`bulk.title.${entity === 'signals' ? 'closeSignals' : 'closeActions'}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!apply.isPending) apply.mutate();
  };
  const refusals = apply.error instanceof ApiError && apply.error.code === 'INVALID_INPUT' && apply.error.issues.some((issue) => issue.path === 'ids')
    ? apply.error.issues
    : null;

  return (
    <Dialog title={title} onClose={onClose} className="bulk-dialog">
      <form noValidate onSubmit={submit}>
        {mode === 'status' && (
          <SelectField label={t('bulk.newStatus')} value={status} onChange={(event) => setStatus(event.target.value)}>
            {statuses.map((code) => (
              <option key={code} value={code}>
                {t(`enums.${statusGroup}.${code}` as 'enums.signalStatus.nieuw')}
              </option>
            ))}
          </SelectField>
        )}
        {mode === 'owner' && (
          <SelectField label={t('bulk.newOwner')} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <option value={NO_OWNER}>{t('bulk.noOwner')}</option>
            {advisers.map((adviser) => (
              <option key={adviser.id} value={adviser.id}>
                {adviser.name} ({adviser.initials})
              </option>
            ))}
          </SelectField>
        )}
        {mode === 'close' && entity === 'actions' && (
          <>
            <fieldset className="fieldset bulk-dialog__closing">
              <legend>{t('bulk.closing')}</legend>
              {(['afgerond', 'vervallen'] as const).map((value) => (
                <div key={value} className="bulk-dialog__option">
                  <input
                    id={`bulk-closing-${value}`}
                    type="radio"
                    name="closing"
                    value={value}
                    checked={closing === value}
                    onChange={() => setClosing(value)}
                  />
                  <label htmlFor={`bulk-closing-${value}`}>{t(value === 'afgerond' ? 'bulk.closingDone' : 'bulk.closingDropped')}</label>
                </div>
              ))}
            </fieldset>
            <TextAreaField label={t('bulk.result')} rows={3} maxLength={2_000} value={result} onChange={(event) => setResult(event.target.value)} />
          </>
        )}
        <p className="bulk-dialog__confirmation" aria-live="polite">
          <strong>{confirmation}</strong>
        </p>
        <p className="muted">{t('bulk.confirm.history')}</p>
        {refusals ? (
          <div className="alert alert--error" role="alert">
            {t('bulk.refused')}
            <ul className="alert__list">
              {refusals.map((issue) => {
                const detail = (issue as { detail?: string }).detail;
                return <li key={`${detail}-${issue.message}`}>{detail ? `${detail}: ${messageText(t, issue.message)}` : messageText(t, issue.message)}</li>;
              })}
            </ul>
          </div>
        ) : (
          <ErrorAlert error={apply.error} />
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={apply.isPending}>
            {apply.isPending ? t('bulk.applying') : t('bulk.apply')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
