import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { isoDateSchema } from './fields';
import { addIsoWeeks, isoWeekKey, parseIsoWeekKey, weekEnd, weekStart, type IsoWeek } from './isoWeek';

/**
 * The overview ("Overzicht"): what needs attention, signals per week, and
 * signals per theme and per province for a period against the period before.
 *
 * Counting rules (the same as early warning): deleted and merged-away signals
 * do not count; a signal counts once under each theme and once under each
 * province it touches; a national signal counts in no province (it has its
 * own row, "landelijk"); a signal on a municipality that merged away counts
 * under the province of the municipality it joined. Weeks are ISO weeks of
 * the observed date.
 */

/** How many weeks the week chart shows, the running week included. */
export const OVERVIEW_WEEKS = 52;

/** The province row of national signals (no province code looks like this). */
export const NATIONAL_ROW = 'landelijk';

export interface OverviewAttention {
  /** New or being interpreted: the triage list. */
  triage: number;
  /** Acute or high and not closed. */
  openUrgent: number;
  /** Open or in progress and past their due date. */
  overdueActions: number;
}

/** The statuses of an open signal: everything but afgesloten. */
export const OPEN_SIGNAL_STATUSES = ['nieuw', 'in-duiding', 'gedeeld', 'in-opvolging'] as const;
export const URGENT_LEVELS = ['acuut', 'hoog'] as const;

export interface WeekCount {
  /** "2026-W48" */
  week: string;
  /** Monday and Sunday of the week (the signals list filters on these). */
  from: string;
  to: string;
  count: number;
  /** The same week number a year earlier; null where the case file has no data yet or the year had no such week. */
  previousYear: { week: string; count: number } | null;
  /** The week that is still running (the last one): never read it as a drop. */
  running: boolean;
}

export interface SignalsPerWeek {
  weeks: WeekCount[];
  /** Whether any week has a year-earlier figure (then the chart shows the second series). */
  hasPreviousYear: boolean;
}

export const periodRequestSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((period) => period.from <= period.to, { message: 'validation.endBeforeStart', path: ['to'] })
  // Ten years is more than any overview needs and keeps the previous period inside SQLite's dates.
  .refine((period) => differenceInCalendarDays(parseISO(period.to), parseISO(period.from)) < 3660, {
    message: 'validation.tooLong',
    path: ['to'],
  });
export type PeriodRequest = z.output<typeof periodRequestSchema>;

export interface GroupCount {
  /** Theme code, province code (PV27) or NATIONAL_ROW. */
  code: string;
  /** The theme's label or the province's name, in Dutch and English. */
  labels: { nl: string; en: string };
  count: number;
  previous: number;
}

export interface SignalsByGroup {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  rows: GroupCount[];
}

/** The period of the same length just before [from, to]. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  return {
    from: format(addDays(parseISO(from), -days), 'yyyy-MM-dd'),
    to: format(addDays(parseISO(from), -1), 'yyyy-MM-dd'),
  };
}

/** The weeks of the chart: the running week and the 51 before it, oldest first. */
export function overviewWeeks(current: IsoWeek): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let back = OVERVIEW_WEEKS - 1; back >= 0; back--) weeks.push(addIsoWeeks(current, -back));
  return weeks;
}

/** The same week number a year earlier; null when that year had no week 53. */
export function sameWeekYearEarlier(week: IsoWeek): IsoWeek | null {
  return parseIsoWeekKey(isoWeekKey({ year: week.year - 1, week: week.week }));
}

export type Change =
  | { kind: 'same' }
  | { kind: 'new'; difference: number }
  | { kind: 'gone'; difference: number }
  | { kind: 'change'; difference: number; percent: number };

/** "+5 (+25%)", "nieuw" when there was nothing before, "−3 (−100%)"... as data; the renderer words it. */
export function changeOf(count: number, previous: number): Change {
  const difference = count - previous;
  if (difference === 0) return { kind: 'same' };
  if (previous === 0) return { kind: 'new', difference };
  if (count === 0) return { kind: 'gone', difference };
  return { kind: 'change', difference, percent: Math.round((difference / previous) * 100) };
}

export type WeekSummary =
  | { kind: 'empty' }
  /** The highest of every complete week shown. */
  | { kind: 'highest'; week: string; count: number }
  /** Higher than every week since `since` (that week had as many or more). */
  | { kind: 'highestSince'; week: string; count: number; since: string }
  /** The lowest of every complete week shown. */
  | { kind: 'lowest'; week: string; count: number }
  | { kind: 'lowestSince'; week: string; count: number; since: string }
  /** As many as the week before. */
  | { kind: 'sameAsBefore'; week: string; count: number; before: string };

/**
 * The one line under the week chart: how the last complete week (the running
 * one is never judged) compares with the weeks before it, e.g. "week 48: 16
 * signalen, het hoogste aantal sinds week 12".
 */
export function weekSummary(weeks: readonly WeekCount[]): WeekSummary {
  const complete = weeks.filter((week) => !week.running);
  const last = complete[complete.length - 1];
  if (!last || complete.every((week) => week.count === 0)) return { kind: 'empty' };
  const before = complete.slice(0, -1);
  const previous = before[before.length - 1];
  const { week, count } = last;
  if (!previous) return { kind: 'highest', week, count };
  if (previous.count === count) return { kind: 'sameAsBefore', week, count, before: previous.week };
  const rising = count > previous.count;
  // The latest earlier week that reached (rising) or went under (falling) this count.
  for (let i = before.length - 1; i >= 0; i--) {
    const other = before[i]!;
    if (rising ? other.count >= count : other.count <= count) {
      return rising ? { kind: 'highestSince', week, count, since: other.week } : { kind: 'lowestSince', week, count, since: other.week };
    }
  }
  return rising ? { kind: 'highest', week, count } : { kind: 'lowest', week, count };
}

export type GroupSummary =
  | { kind: 'empty' }
  | {
      kind: 'largest';
      largest: GroupCount;
      /** The row whose count changed most against the previous period (absolute), if any changed. */
      largestChange: GroupCount | null;
    };

/** The line under a theme or province chart: the largest group and the largest change. */
export function groupSummary(rows: readonly GroupCount[]): GroupSummary {
  const counted = rows.filter((row) => row.count > 0);
  if (counted.length === 0 && rows.every((row) => row.previous === 0)) return { kind: 'empty' };
  const byCount = [...rows].sort((a, b) => b.count - a.count || a.labels.nl.localeCompare(b.labels.nl));
  const byChange = [...rows]
    .filter((row) => row.count !== row.previous)
    .sort((a, b) => Math.abs(b.count - b.previous) - Math.abs(a.count - a.previous) || b.count - a.count);
  return { kind: 'largest', largest: byCount[0]!, largestChange: byChange[0] ?? null };
}

/** The week's number as people say it ("week 48"); the year only when it differs from `year`. */
export function weekLabel(key: string, year?: number): string {
  const week = parseIsoWeekKey(key);
  if (!week) return key;
  return year === undefined || week.year === year ? String(week.week) : `${week.week} (${week.year})`;
}

export type PeriodPreset = 'last4' | 'last12' | 'thisYear' | 'custom';
export const PERIOD_PRESETS = ['last4', 'last12', 'thisYear', 'custom'] as const;

/**
 * A preset as dates. "Last 4 weeks" are the last four complete ISO weeks, so
 * the comparison with the four before is never skewed by a half week; "this
 * year" runs from 1 January to today.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, current: IsoWeek, today: string): { from: string; to: string } {
  const lastComplete = addIsoWeeks(current, -1);
  switch (preset) {
    case 'last4':
      return { from: weekStart(addIsoWeeks(lastComplete, -3)), to: weekEnd(lastComplete) };
    case 'last12':
      return { from: weekStart(addIsoWeeks(lastComplete, -11)), to: weekEnd(lastComplete) };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}
