import { addWeeks, format, parseISO, subMonths } from 'date-fns';
import type { Db } from '../../../db/connection';
import { linkedActions, linkedCases, signalsPerWeek, timelineSignals } from '../../../db/repositories/electionLinks';
import type { ElectionTimeline } from '../../../shared/domain/election';
import { isoWeekKey, isoWeekOf, isoWeekRange } from '../../../shared/domain/isoWeek';
import { listCampaignVisits } from './campaignVisits';
import { getElection } from './reads';

const WEEKS_AFTER = 4;

const day = (date: Date): string => format(date, 'yyyy-MM-dd');

/**
 * An election page's picture: the span from the campaign window's start (or
 * three months before, when there is no window) to four weeks after the
 * election; the signals per ISO week over that span (every week, zeros
 * included), the signals observed in it plus those linked to the election,
 * and the linked cases, actions and the visits.
 */
export function electionTimeline(db: Db, id: string, today: string): ElectionTimeline {
  const election = getElection(db, id, today);
  const from = election.campaignWindowFrom ?? day(subMonths(parseISO(election.date), 3));
  const lastDay = election.campaignWindowTo ?? election.date;
  const to = day(addWeeks(parseISO(lastDay), WEEKS_AFTER));
  const counts = new Map(signalsPerWeek(db, from, to).map((row) => [row.week, row.count]));
  const weeks = isoWeekRange(isoWeekOf(from), isoWeekOf(to)).map((week) => {
    const key = isoWeekKey(week);
    return { week: key, count: counts.get(key) ?? 0 };
  });
  return {
    election,
    window: { from, to },
    weeks,
    signals: timelineSignals(db, id, from, to).map((row) => ({ ...row, linked: row.linked === 1 })),
    cases: linkedCases(db, id),
    actions: linkedActions(db, id),
    visits: election.deletedAt === null ? listCampaignVisits(db, id) : [],
  };
}
