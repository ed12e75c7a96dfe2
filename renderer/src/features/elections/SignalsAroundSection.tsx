import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionTimeline } from '../../../../shared/domain/election';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';

/** Enough to read on the page; the rest on request, so a busy election does not make the page endless. */
const FIRST = 15;

/** The signals observed in the span around the election, linked ones first and marked; each opens its page. */
export function SignalsAroundSection({ timeline }: { timeline: ElectionTimeline }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { window } = timeline;
  const [all, setAll] = useState(false);
  const signals = [...timeline.signals].sort((a, b) => Number(b.linked) - Number(a.linked) || a.observedOn.localeCompare(b.observedOn));
  const shown = all ? signals : signals.slice(0, FIRST);
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
          {shown.map((signal) => (
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
      {signals.length > shown.length && (
        <button type="button" className="button button--small" onClick={() => setAll(true)}>
          {t('elections.showAllSignals', { count: signals.length })}
        </button>
      )}
    </section>
  );
}
