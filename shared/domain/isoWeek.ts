import { addDays, addWeeks as addCalendarWeeks, format, getISOWeek, getISOWeekYear, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

/**
 * ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday),
 * the weeks in which ESS counts signals. A signal's observed date is a
 * calendar date already, so its week needs no time zone; only "this week"
 * does, and that is the week in Europe/Amsterdam.
 *
 * SQLite computes the same key with strftime('%G-W%V', date) (3.46+).
 */
export interface IsoWeek {
  year: number;
  week: number;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

/** The week a calendar date (YYYY-MM-DD) falls in. */
export function isoWeekOf(isoDate: string): IsoWeek {
  const date = parseISO(isoDate);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** "2026-W48": sortable, and what SQLite's strftime('%G-W%V') returns. */
export function isoWeekKey(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** Parses "2026-W48"; null when the text is not a week or the year has no such week. */
export function parseIsoWeekKey(text: string): IsoWeek | null {
  const match = text.match(WEEK_KEY);
  if (!match) return null;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  if (week.week < 1 || week.week > weeksInIsoYear(week.year)) return null;
  return week;
}

/** Monday of the week, YYYY-MM-DD. */
export function weekStart(week: IsoWeek): string {
  // 4 January is always in week 1 of its ISO year.
  const inWeekOne = new Date(week.year, 0, 4);
  return format(startOfISOWeek(setISOWeek(inWeekOne, week.week)), 'yyyy-MM-dd');
}

/** Sunday of the week, YYYY-MM-DD. */
export function weekEnd(week: IsoWeek): string {
  return format(addDays(parseISO(weekStart(week)), 6), 'yyyy-MM-dd');
}

export function addIsoWeeks(week: IsoWeek, count: number): IsoWeek {
  return isoWeekOf(format(addCalendarWeeks(parseISO(weekStart(week)), count), 'yyyy-MM-dd'));
}

/** 52 or 53: a year has 53 weeks when 28 December falls in week 53. */
export function weeksInIsoYear(year: number): number {
  return getISOWeek(new Date(year, 11, 28));
}

/** Whole weeks from a to b (negative when b is earlier). */
export function weeksBetween(a: IsoWeek, b: IsoWeek): number {
  const days = (parseISO(weekStart(b)).getTime() - parseISO(weekStart(a)).getTime()) / 86_400_000;
  return Math.round(days / 7);
}

/** The weeks from `from` to `to`, both included, oldest first. */
export function isoWeekRange(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const count = weeksBetween(from, to);
  const weeks: IsoWeek[] = [];
  for (let i = 0; i <= count; i++) weeks.push(addIsoWeeks(from, i));
  return weeks;
}

// Building a DateTimeFormat costs ~0.2 ms (time-zone data), so build it once.
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** The week that is running now in the Netherlands. */
export function currentIsoWeek(now: Date): IsoWeek {
  return isoWeekOf(AMSTERDAM_DATE.format(now));
}

/** The last week that has ended in the Netherlands: the default week to judge. */
export function lastCompleteIsoWeek(now: Date): IsoWeek {
  return addIsoWeeks(currentIsoWeek(now), -1);
}
