import type { Db } from '../../../db/connection';
import {
  attentionCounts,
  firstObservedOn,
  provinceCounts,
  provinces,
  themeCounts,
  themes,
  weekCounts,
  type CodeCount,
} from '../../../db/repositories/overviewStats';
import { currentIsoWeek, isoWeekKey, weekEnd, weekStart } from '../../../shared/domain/isoWeek';
import {
  NATIONAL_ROW,
  overviewWeeks,
  periodRequestSchema,
  previousPeriod,
  sameWeekYearEarlier,
  type GroupCount,
  type OverviewAttention,
  type PeriodRequest,
  type SignalsByGroup,
  type SignalsPerWeek,
} from '../../../shared/domain/overview';
import { parseOrThrow, todayInNetherlands } from '../validation';

/**
 * The overview's figures, shared by the window (IPC), the tests and the
 * bench. "Now" is passed in, so a test can stand on any day; the week that
 * runs now is the week in Europe/Amsterdam.
 */

export function overviewAttention(db: Db, now: Date): OverviewAttention {
  return attentionCounts(db, todayInNetherlands(now));
}

export function signalsPerWeek(db: Db, now: Date): SignalsPerWeek {
  const current = currentIsoWeek(now);
  const weeks = overviewWeeks(current);
  const earlier = weeks.map(sameWeekYearEarlier);
  const first = weeks[0]!;
  const earliest = earlier.find((week) => week !== null) ?? first;
  // One statement over both years: from the first year-earlier week to the running week.
  const counts = weekCounts(db, weekStart(earliest), weekEnd(current));
  const firstObserved = firstObservedOn(db);
  let hasPreviousYear = false;
  const rows = weeks.map((week, index) => {
    const key = isoWeekKey(week);
    const before = earlier[index] ?? null;
    // A year-earlier week counts only where the case file already had data then;
    // a week before the first signal is unknown, not zero.
    const known = before !== null && firstObserved !== null && weekEnd(before) >= firstObserved;
    if (known) hasPreviousYear = true;
    return {
      week: key,
      from: weekStart(week),
      to: weekEnd(week),
      count: counts.get(key) ?? 0,
      previousYear: known && before ? { week: isoWeekKey(before), count: counts.get(isoWeekKey(before)) ?? 0 } : null,
      running: index === weeks.length - 1,
    };
  });
  return { weeks: rows, hasPreviousYear };
}

function bounds(request: PeriodRequest) {
  const period = parseOrThrow(periodRequestSchema, request, 'Overview period');
  const previous = previousPeriod(period.from, period.to);
  return { from: period.from, to: period.to, previousFrom: previous.from, previousTo: previous.to };
}

/** Rows for every known group (zeros included), the counted ones first by count. */
function merge(known: { code: string; labels: GroupCount['labels'] }[], counts: CodeCount[]): GroupCount[] {
  const byCode = new Map(counts.map((row) => [row.code, row]));
  return known
    .map((group) => ({ ...group, count: byCode.get(group.code)?.count ?? 0, previous: byCode.get(group.code)?.previous ?? 0 }))
    .sort((a, b) => b.count - a.count || b.previous - a.previous);
}

export function signalsByTheme(db: Db, request: PeriodRequest): SignalsByGroup {
  const period = bounds(request);
  const counts = themeCounts(db, period);
  const counted = new Set(counts.map((row) => row.code));
  // Retired themes only when they still have signals in either period.
  const known = themes(db)
    .filter((theme) => theme.active === 1 || counted.has(theme.code))
    .map((theme) => ({ code: theme.code, labels: { nl: theme.nl, en: theme.en } }));
  return { ...period, rows: merge(known, counts) };
}

export function signalsByProvince(db: Db, request: PeriodRequest): SignalsByGroup {
  const period = bounds(request);
  const known = [
    ...provinces(db).map((province) => ({ code: province.code, labels: { nl: province.name, en: province.name } })),
    { code: NATIONAL_ROW, labels: { nl: 'Landelijk', en: 'National' } },
  ];
  return { ...period, rows: merge(known, provinceCounts(db, period)) };
}
