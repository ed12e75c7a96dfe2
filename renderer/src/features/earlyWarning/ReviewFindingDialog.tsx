import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EarlyWarningFinding } from '../../../../shared/domain/earlyWarningFinding';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { explanationText } from './findingText';

const MAX_NOTE = 2000;

/** Marks a finding reviewed with the adviser's note (required, as the service requires it). */
export function ReviewFindingDialog({ finding, onClose }: { finding: EarlyWarningFinding; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [empty, setEmpty] = useState(false);
  const review = useMutation({
    mutationFn: (text: string) => call('earlyWarning.review', { id: finding.id, note: text }),
    onSuccess: () => {
      // The finding list, the overview's count and the map's colours all show review status.
      void queryClient.invalidateQueries({ queryKey: ['caseFile'] });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    setEmpty(text.length === 0);
    if (text.length > 0) review.mutate(text);
  };
  return (
    <Dialog title={t('earlyWarning.reviewTitle')} onClose={onClose}>
      <p>
        <strong>{explanationText(t, finding, i18n.language)}</strong>
      </p>
      <p>{t('earlyWarning.reviewIntro')}</p>
      <form noValidate onSubmit={submit}>
        <TextAreaField
          label={t('earlyWarning.reviewNote')}
          rows={4}
          maxLength={MAX_NOTE}
          value={note}
          error={empty ? t('earlyWarning.noteRequired') : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        <ErrorAlert error={review.error} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={review.isPending}>
            {t('earlyWarning.reviewSave')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
