import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signal } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReasonDialog } from '../../components/ReasonDialog';

/** Soft delete: the signal leaves the lists but stays restorable; the reason is recorded. */
export function DeleteDialog({ signal, onClose }: { signal: Signal; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateRecords();
  const remove = useMutation({
    mutationFn: (reason: string) => call('signals.delete', { id: signal.id, reason }),
    onSuccess: () => {
      invalidate();
      onClose();
    },
  });
  return (
    <ReasonDialog
      title={t('delete.heading', { number: signal.number })}
      intro={t('delete.intro')}
      label={t('delete.reason')}
      submitLabel={t('delete.submit')}
      onSubmit={(reason) => remove.mutate(reason)}
      onClose={onClose}
      busy={remove.isPending}
      error={remove.error}
    />
  );
}

/**
 * Erasure for privacy: the content is removed from the file for good; the
 * audit log keeps only that it happened. The adviser types the number to confirm.
 */
export function EraseDialog({ signal, onClose, onErased }: { signal: Signal; onClose: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const invalidate = useInvalidateRecords();
  const [typed, setTyped] = useState('');
  const erase = useMutation({
    mutationFn: () => call('signals.erase', { id: signal.id, confirmNumber: typed.trim() }),
    onSuccess: () => {
      invalidate();
      onErased();
    },
  });
  const matches = typed.trim() === signal.number;
  return (
    <Dialog title={t('erase.heading', { number: signal.number })} onClose={onClose}>
      <Alert kind="warning">{t('erase.warning')}</Alert>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) erase.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('erase.confirmLabel', { number: signal.number })}</label>
          <input
            id={inputId}
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            // The dialog asks for exactly this.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
          />
        </div>
        <ErrorAlert error={erase.error} />
        <div className="actions">
          <button type="submit" className="button button--danger" disabled={!matches || erase.isPending}>
            {t('erase.submit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
