import { useTranslation } from 'react-i18next';
import type { ElectionTimeline } from '../../../../shared/domain/election';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';

/** The signals observed in the span around the election, linked ones marked; each opens its page. */
export function SignalsAroundSection({ timeline }: { timeline: ElectionTimeline }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { window, signals } = timeline;
  return (
    <section className="card" aria-labelledby="election-signals">
      <h2 id="election-signals">
        {t('elections.signalsHeading')} ({signals.length})
      </h2>
      <p className="muted">{t('elections.signalsLead', { from: formatDate(window.from), to: formatDate(window.to) })}</p>
      {signals.length === 0 ? (
        <p className="muted">{t('elections.signalsEmpty')}</p>
      ) : (
        <ul className="action-list elections-signals">
          {signals.map((signal) => (
            <li key={signal.id}>
              <time dateTime={signal.observedOn} className="muted">
                {formatDate(signal.observedOn)}
              </time>{' '}
              <button type="button" className="link-button" onClick={() => navigate({ name: 'signal', id: signal.id })}>
                {signal.number} {signal.title}
              </button>{' '}
              <span className={`badge badge--${signal.urgency}`}>{t(`enums.urgency.${signal.urgency as 'laag'}`)}</span>
              {signal.linked && (
                <>
                  {' '}
                  <span className="badge elections-badge--linked">{t('elections.linkedBadge')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
