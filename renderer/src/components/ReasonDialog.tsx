import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';
import { TextAreaField } from './TextAreaField';

interface ReasonDialogProps {
  title: string;
  intro: string;
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  busy: boolean;
  error: unknown;
}

/** Asks for a reason (at least 3 characters, like the service) before a recorded action such as a soft delete. */
export function ReasonDialog({ title, intro, label, submitLabel, onSubmit, onClose, busy, error }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = reason.trim().length < 3;
    setTooShort(short);
    if (!short) onSubmit(reason.trim());
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{intro}</p>
      <form noValidate onSubmit={submit}>
        <TextAreaField
          label={label}
          rows={3}
          maxLength={500}
          value={reason}
          error={tooShort ? t('validation.reason') : undefined}
          onChange={(event) => setReason(event.target.value)}
          // The dialog asks for exactly this.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
