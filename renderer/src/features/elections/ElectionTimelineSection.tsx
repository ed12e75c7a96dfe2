import { useTranslation } from 'react-i18next';
import type { ElectionTimeline } from '../../../../shared/domain/election';
import { formatDate } from '../../format';
import { longDate } from './electionText';

interface TimelinePoint {
  key: string;
  at: string;
  kind: 'window' | 'visit' | 'election' | 'end';
  title: string;
  /** A flagged visit says so in words. */
  flag?: string;
}

/** The election's span as points in time: window start, visits, election day, four weeks after. */
export function ElectionTimelineSection({ timeline }: { timeline: ElectionTimeline }) {
  const { t, i18n } = useTranslation();
  const { election, window, visits } = timeline;
  const points: TimelinePoint[] = [
    {
      key: 'start',
      at: window.from,
      kind: 'window',
      title: election.campaignWindowFrom ? t('elections.timeline.windowStart') : t('elections.timeline.spanStart'),
    },
    ...visits.map((visit) => ({
      key: `visit-${visit.id}`,
      at: visit.date,
      kind: 'visit' as const,
      title: t('elections.timeline.visit', { visitor: visit.visitor, place: visit.place }),
      flag: visit.flagged ? t('campaignVisits.flagged') : undefined,
    })),
    { key: 'election', at: election.date, kind: 'election', title: `${t('elections.timeline.electionDay')} (${longDate(election.date, i18n.language, election.precision)})` },
    { key: 'end', at: window.to, kind: 'end', title: t('elections.timeline.spanEnd') },
  ];
  // Same day: the window before a visit, a visit before election day (the order of the list above).
  const order = ['window', 'visit', 'election', 'end'];
  points.sort((a, b) => a.at.localeCompare(b.at) || order.indexOf(a.kind) - order.indexOf(b.kind));
  return (
    <section className="card" aria-labelledby="election-timeline">
      <h2 id="election-timeline">{t('elections.timelineHeading')}</h2>
      <ol className="timeline">
        {points.map((point) => (
          <li key={point.key} className={`timeline__item elections-timeline__item--${point.kind}`}>
            <p className="timeline__meta">
              <time dateTime={point.at}>{formatDate(point.at)}</time>
            </p>
            <p className="timeline__title">
              {point.title}
              {point.flag && (
                <>
                  {' '}
                  <span className="badge elections-badge--flagged">{point.flag}</span>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
