import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_STATUSES, type SignalStatus } from '../../../../shared/domain/enums';
import type { Signal } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useHistory } from '../../components/HistoryTable';
import { formatDateTime } from '../../format';

/** The status, a quick way to change it, and who changed it when (from the audit log). */
export function StatusSection({ signal, disabled }: { signal: Signal; disabled: boolean }) {
  const { t } = useTranslation();
  const selectId = useId();
  const invalidate = useInvalidateRecords();
  const [status, setStatus] = useState<SignalStatus>(signal.status);
  const history = useHistory('signal', signal.id);
  const change = useMutation({
    mutationFn: (next: SignalStatus) => call('signals.setStatus', { id: signal.id, status: next }),
    onSuccess: invalidate,
  });
  const label = (code: unknown) =>
    typeof code === 'string' && (SIGNAL_STATUSES as readonly string[]).includes(code)
      ? t(`enums.signalStatus.${code as SignalStatus}`)
      : '—';
  // Oldest first: the list reads as the signal's course.
  const steps = [...(history.data ?? [])].sort((a, b) => a.seq - b.seq).flatMap((entry) =>
    entry.changes.filter((c) => c.field === 'status').map((c) => ({ entry, before: c.before, after: c.after })),
  );

  return (
    <section className="card" aria-labelledby="signal-status">
      <h2 id="signal-status">{t('signal.status')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate(status);
        }}
      >
        <label htmlFor={selectId}>{t('signalPage.statusLabel')}</label>
        <select
          id={selectId}
          value={status}
          disabled={disabled}
          onChange={(event) => setStatus(event.target.value as SignalStatus)}
        >
          {SIGNAL_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`enums.signalStatus.${code}`)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button button--small"
          disabled={disabled || status === signal.status || change.isPending}
        >
          {t('signalPage.changeStatus')}
        </button>
      </form>
      <ErrorAlert error={change.error} />
      {steps.length > 0 && (
        <ol className="status-steps" aria-label={t('signalPage.statusHistory')}>
          {steps.map(({ entry, before, after }) => (
            <li key={`${entry.seq}`}>
              <span className="nowrap">{formatDateTime(entry.at)}</span> · {entry.by}:{' '}
              {before === undefined || before === null ? label(after) : `${label(before)} → ${label(after)}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
