import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind } from '../../../../shared/domain/case';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../format';
import { useNavigation, type Route } from '../shell/navigation';
import { isDateOnly, timelineDetail } from './timelineText';
import '../../styles/contactMoments.css';

/** Where an item leads: signals, contact moments and actions open their page; the case's own items stay here. */
function linkOf(item: TimelineItem, caseId: string): Route | null {
  if (item.kind === 'signal' || (item.kind === 'status' && item.refId !== caseId)) return { name: 'signal', id: item.refId };
  if (item.kind === 'contactMoment') return { name: 'contactMoment', id: item.refId };
  if (item.kind === 'action') return { name: 'action', id: item.refId };
  return null;
}

/** Everything linked to the case in date order, filterable by kind (none ticked = all). */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const timeline = useQuery({
    queryKey: [...recordKeys.cases, 'timeline', caseId, kinds],
    queryFn: () => call('cases.timeline', { id: caseId, kinds }),
    placeholderData: keepPreviousData,
  });
  // The service returns the items oldest first (ties in a fixed order of kinds).
  const items = timeline.data ?? [];
  return (
    <section className="card" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('timeline.heading')}</h2>
      <EnumCheckboxes
        legend={t('timeline.filter')}
        codes={TIMELINE_KINDS}
        label={(kind) => t(`timeline.kind.${kind}`)}
        value={kinds}
        onChange={setKinds}
      />
      <ErrorAlert error={timeline.error} />
      {timeline.data && items.length === 0 && <p className="muted">{t('timeline.empty')}</p>}
      <ol className="timeline">
        {items.map((item, index) => {
          const link = linkOf(item, caseId);
          const detail = timelineDetail(t, item, caseId);
          return (
            <li key={`${item.kind}-${item.refId}-${item.at}-${index}`} className={`timeline__item timeline__item--${item.kind}`}>
              <p className="timeline__meta">
                <span className="timeline__kind">{t(`timeline.kind.${item.kind}`)}</span>
                <time dateTime={item.at}>{isDateOnly(item.at) ? formatDate(item.at) : formatDateTime(item.at)}</time>
                {item.by && <span>· {item.by}</span>}
              </p>
              <p className="timeline__title">
                {link ? (
                  <button type="button" className="link-button cell-title" onClick={() => navigate(link)}>
                    {item.title}
                  </button>
                ) : (
                  <span className="cell-title">{item.title}</span>
                )}
              </p>
              {detail && <p className="timeline__detail prose">{detail}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
