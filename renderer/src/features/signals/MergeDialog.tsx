import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signal, SignalListRow } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SignalChooser } from './SignalChooser';

/**
 * Merge another signal into this one. This signal stays; the other is marked
 * as merged into it, and both histories are kept. Two steps: choose, confirm.
 */
export function MergeDialog({ signal, onClose }: { signal: Signal; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateRecords();
  const [source, setSource] = useState<SignalListRow | null>(null);
  const merge = useMutation({
    mutationFn: (sourceId: string) => call('signals.merge', { targetId: signal.id, sourceId }),
    onSuccess: () => {
      invalidate();
      onClose();
    },
  });
  return (
    <Dialog title={t('merge.heading', { number: signal.number })} onClose={onClose} wide>
      {source ? (
        <>
          <Alert kind="warning">
            <p>{t('merge.confirm', { source: source.number, target: signal.number })}</p>
            <p className="cell-title">
              {source.number}: {source.title}
            </p>
          </Alert>
          <ErrorAlert error={merge.error} />
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={merge.isPending}
              onClick={() => merge.mutate(source.id)}
            >
              {t('merge.submit')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setSource(null)}>
              {t('merge.chooseOther')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">{t('merge.intro', { number: signal.number })}</p>
          <SignalChooser excludeIds={[signal.id]} onChoose={setSource} />
        </>
      )}
    </Dialog>
  );
}
