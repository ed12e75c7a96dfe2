import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { BulkChangeDialog, type BulkEntity, type BulkMode } from './BulkChangeDialog';

/**
 * The three bulk actions of a list's selection bar ("Status wijzigen…",
 * "Eigenaar wijzigen…", "Afsluiten…"), their dialog and the result message.
 * The message is rendered apart from the buttons, so it stays after the
 * selection (and with it the bar) is cleared.
 */
export function useBulkChange(entity: BulkEntity, ids: string[], onDone: () => void): { buttons: ReactNode; dialog: ReactNode; notice: ReactNode } {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ mode: BulkMode; ids: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const start = (mode: BulkMode) => {
    setMessage(null);
    setOpen({ mode, ids });
  };
  const buttons = (
    <>
      <button type="button" className="button button--small" onClick={() => start('status')}>
        {t('bulk.changeStatus')}
      </button>
      <button type="button" className="button button--small" onClick={() => start('owner')}>
        {t('bulk.changeOwner')}
      </button>
      <button type="button" className="button button--small" onClick={() => start('close')}>
        {t('bulk.close')}
      </button>
    </>
  );
  const dialog = open && (
    <BulkChangeDialog
      entity={entity}
      mode={open.mode}
      ids={open.ids}
      onClose={() => setOpen(null)}
      onDone={(text) => {
        setOpen(null);
        setMessage(text);
        onDone();
      }}
    />
  );
  const notice = message && <Alert kind="success">{message}</Alert>;
  return { buttons, dialog, notice };
}
