import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EarlyWarningFinding } from '../../../../shared/domain/earlyWarningFinding';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';
import { earlyWarningKeys } from './earlyWarningKeys';

/** The signals a finding counted, read when the adviser opens the list; each opens its signal page. */
export function FindingSignals({ finding }: { finding: EarlyWarningFinding }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [open, setOpen] = useState(false);
  const signals = useQuery({
    queryKey: earlyWarningKeys.signals(finding.id),
    queryFn: () => call('earlyWarning.signals', { findingId: finding.id }),
    enabled: open,
  });
  return (
    <details className="ew-signals" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('earlyWarning.signalsHeading')}</summary>
      <ErrorAlert error={signals.error} />
      {signals.data && signals.data.length === 0 && <p className="muted">{t('earlyWarning.noSignals')}</p>}
      {signals.data && signals.data.length > 0 && (
        <ul className="ew-signals__list">
          {signals.data.map((signal) => (
            <li key={signal.id}>
              <button type="button" className="link-button" onClick={() => navigate({ name: 'signal', id: signal.id })}>
                {signal.number}
              </button>{' '}
              <span className="ew-signals__title">{signal.title}</span>{' '}
              <span className="muted">{formatDate(signal.observedOn)}</span>{' '}
              <span className={`badge badge--${signal.urgency}`}>{t(`enums.urgency.${signal.urgency}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
