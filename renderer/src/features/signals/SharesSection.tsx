import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signal } from '../../../../shared/domain/signal';
import { formatDate } from '../../format';
import { ShareDialog } from './ShareDialog';

/** With whom the signal was shared, and a way to record another share. */
export function SharesSection({ signal, disabled }: { signal: Signal; disabled: boolean }) {
  const { t } = useTranslation();
  const [sharing, setSharing] = useState(false);
  const channel = (code: string) => t(`enums.shareChannel.${code as 'overleg'}`, { defaultValue: code });
  return (
    <section className="card" aria-labelledby="signal-shares">
      <div className="card__header">
        <h2 id="signal-shares">{t('signalPage.shares')}</h2>
        <button type="button" className="button button--small" disabled={disabled} onClick={() => setSharing(true)}>
          {t('share.open')}
        </button>
      </div>
      {signal.shares.length === 0 ? (
        <p className="muted">{t('signalPage.noShares')}</p>
      ) : (
        <ul className="plain-list">
          {signal.shares.map((share) => (
            <li key={share.id}>
              <strong>{share.organisation}</strong> · {formatDate(share.sharedOn)} · {channel(share.channel)}
              {share.createdBy && <span className="muted"> · {t('signalPage.recordedBy', { name: share.createdBy })}</span>}
            </li>
          ))}
        </ul>
      )}
      {sharing && <ShareDialog signalId={signal.id} number={signal.number} onClose={() => setSharing(false)} />}
    </section>
  );
}
