import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPerson, ContactPersonErasure } from '../../../../shared/domain/contactPerson';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';

interface EraseContactPersonDialogProps {
  person: ContactPerson;
  onClose: () => void;
  /** After erasing: the person no longer exists, so the caller leaves the page. */
  onDone: () => void;
}

/**
 * AVG erasure: says what will happen, asks the adviser to type the name, then
 * shows what was done. Nothing is refreshed until the adviser leaves, since
 * the page behind the dialog describes a person who no longer exists.
 */
export function EraseContactPersonDialog({ person, onClose, onDone }: EraseContactPersonDialogProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const erase = useMutation({ mutationFn: () => call('contactPersons.erase', { id: person.id, confirmName: typed.trim() }) });
  const result: ContactPersonErasure | undefined = erase.data;
  if (result) {
    return (
      <Dialog title={t('privacy.erasedHeading', { number: result.number })} onClose={onDone}>
        <Alert kind="success">
          <ul className="organisations-counts">
            <li>{t('privacy.erasedRecords', { count: result.redactedRecords })}</li>
            <li>{t('privacy.erasedPayloads', { count: result.erasedAuditPayloads })}</li>
          </ul>
        </Alert>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={onDone}
            // The only thing left to do here.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
          >
            {t('privacy.toList')}
          </button>
        </div>
      </Dialog>
    );
  }
  const matches = typed.trim() === person.name.trim();
  return (
    <Dialog title={t('privacy.eraseHeading', { number: person.number })} onClose={onClose}>
      <Alert kind="warning">{t('privacy.eraseWarning')}</Alert>
      <p>{t('privacy.eraseWhat')}</p>
      <ul className="organisations-steps">
        <li>{t('privacy.eraseStep1')}</li>
        <li>{t('privacy.eraseStep2')}</li>
        <li>{t('privacy.eraseStep3', { number: person.number })}</li>
      </ul>
      <p>{t('privacy.eraseCheck')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) erase.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('privacy.confirmLabel', { name: person.name })}</label>
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
            {t('privacy.eraseSubmit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
