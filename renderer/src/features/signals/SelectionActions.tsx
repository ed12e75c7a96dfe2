import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { useBulkChange } from '../../components/useBulkChange';
import { ChooseCaseDialog } from '../cases/ChooseCaseDialog';
import { useNavigation } from '../shell/navigation';

/** What can be done with the signals ticked in the list; rendered always, so its confirmation outlives the selection. */
export function SelectionActions({ signalIds, onDone }: { signalIds: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [choosing, setChoosing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const bulk = useBulkChange('signals', signalIds, onDone);
  const addToCase = useMutation({
    mutationFn: (caseId: string) => call('cases.addSignals', { caseId, signalIds }),
    onSuccess: (updated) => {
      invalidate();
      setChoosing(false);
      setAdded(t('signals.addedToCase', { count: signalIds.length, number: updated.number }));
      onDone();
    },
  });
  return (
    <>
      {signalIds.length > 0 && (
      <div className="selection-bar" role="region" aria-label={t('signals.selectionLabel')}>
        <span>{t('signals.selected', { count: signalIds.length })}</span>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => navigate({ name: 'caseForm', signalIds })}
        >
          {t('signals.caseFromSelection')}
        </button>
        <button type="button" className="button button--small" onClick={() => setChoosing(true)}>
          {t('signals.addToCase')}
        </button>
        <button type="button" className="button button--small" onClick={() => navigate({ name: 'briefingNew', signalIds })}>
          {t('briefings.fromSelection')}
        </button>
        {bulk.buttons}
        <button type="button" className="button button--small button--quiet" onClick={onDone}>
          {t('signals.clearSelection')}
        </button>
      </div>
      )}
      {added && <Alert kind="success">{added}</Alert>}
      {bulk.notice}
      {bulk.dialog}
      {choosing && (
        <ChooseCaseDialog
          title={t('signals.addToCase')}
          onChoose={(chosen) => addToCase.mutate(chosen.id)}
          onClose={() => setChoosing(false)}
          error={addToCase.error}
          busy={addToCase.isPending}
        />
      )}
    </>
  );
}
