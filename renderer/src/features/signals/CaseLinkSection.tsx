import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signal } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChooseCaseDialog } from '../cases/ChooseCaseDialog';
import { useNavigation } from '../shell/navigation';

/** The case this signal belongs to: open it, link another, unlink, or start a new case from it. */
export function CaseLinkSection({ signal, disabled }: { signal: Signal; disabled: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [choosing, setChoosing] = useState(false);
  const link = useMutation({
    mutationFn: (caseId: string | null) => call('signals.linkCase', { id: signal.id, caseId }),
    onSuccess: () => {
      invalidate();
      setChoosing(false);
    },
  });
  return (
    <section className="card" aria-labelledby="signal-case">
      <h2 id="signal-case">{t('signal.case')}</h2>
      {signal.caseId ? (
        <p>
          <button type="button" className="link-button" onClick={() => navigate({ name: 'case', id: signal.caseId! })}>
            {signal.caseNumber}
          </button>{' '}
          <span>{signal.caseTitle}</span>
        </p>
      ) : (
        <p className="muted">{t('signalPage.noCase')}</p>
      )}
      <div className="button-row">
        <button type="button" className="button button--small" disabled={disabled} onClick={() => setChoosing(true)}>
          {signal.caseId ? t('signalPage.otherCase') : t('signalPage.linkCase')}
        </button>
        {signal.caseId ? (
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={disabled || link.isPending}
            onClick={() => link.mutate(null)}
          >
            {t('signalPage.unlinkCase')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={disabled}
            onClick={() => navigate({ name: 'caseForm', signalIds: [signal.id] })}
          >
            {t('signalPage.newCase')}
          </button>
        )}
      </div>
      {!choosing && <ErrorAlert error={link.error} />}
      {choosing && (
        <ChooseCaseDialog
          title={t('signalPage.linkCase')}
          onChoose={(chosen) => link.mutate(chosen.id)}
          onClose={() => setChoosing(false)}
          error={link.error}
          busy={link.isPending}
        />
      )}
    </section>
  );
}
