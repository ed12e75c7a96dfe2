import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

interface UnsavedChangesDialogProps {
  onStay: () => void;
  /** Keep the input as a draft in the case file, then leave: it is offered again when the form opens. */
  onKeep: () => Promise<void>;
  onDiscard: () => Promise<void>;
}

/** Asked before leaving a form with unsaved input. Escape and "Blijven" keep the adviser on the form. */
export function UnsavedChangesDialog({ onStay, onKeep, onDiscard }: UnsavedChangesDialogProps) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  // The safe choice has the focus (the dialog first focuses its close button when it opens).
  useEffect(() => {
    const timer = window.setTimeout(() => stay.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <Dialog title={t('forms.leaveHeading')} onClose={onStay}>
      <p>{t('forms.leaveIntro')}</p>
      <div className="leave-dialog__actions">
        <button type="button" className="button button--primary" ref={stay} onClick={onStay}>
          {t('forms.leaveStay')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => run(onKeep)}>
          {t('forms.leaveKeep')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => run(onDiscard)}>
          {t('forms.leaveDiscard')}
        </button>
      </div>
    </Dialog>
  );
}
