import { addDays, addWeeks, format, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek } from 'date-fns';
import type { ChartModel, CountLine, Counts } from '../../../shared/domain/briefingDocument';
import type { BriefingChart, BriefingKind } from '../../../shared/domain/briefing';
import type { GatheredBriefing } from './gather';

/**
 * Counts over the included signals: by theme and by province (a signal with
 * two themes or places counts under each), and per ISO week (Monday to
 * Sunday) over the whole period, weeks without signals included.
 */

const NATIONAL = 'Landelijk';
const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** More weeks than this make an unreadable chart; 'auto' then draws themes. */
const MAX_CHART_WEEKS = 60;

const byCountThenOrder = (order: (label: string) => number) => (a: CountLine, b: CountLine) =>
  b.count - a.count || order(a.label) - order(b.label) || a.label.localeCompare(b.label, 'nl');

function tally(keysOf: (signal: GatheredBriefing['signals'][number]) => Iterable<string>, gathered: GatheredBriefing): Map<string, number> {
  const counts = new Map<string, number>();
  for (const signal of gathered.signals) {
    for (const key of new Set(keysOf(signal))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function provincesOf(gathered: GatheredBriefing, signal: GatheredBriefing['signals'][number]): string[] {
  const provinces = signal.municipalities.map((code) => gathered.places.get(code)?.provinceName ?? code);
  return provinces.length > 0 ? provinces : [NATIONAL];
}

interface Week {
  start: Date;
  key: string;
  week: number;
  year: number;
}

const isoDay = (date: Date): string => format(date, 'yyyy-MM-dd');
const shortDay = (date: Date): string => `${date.getDate()} ${SHORT_MONTHS[date.getMonth()]}`;

function weekOf(date: Date): Week {
  const start = startOfISOWeek(date);
  return { start, key: isoDay(start), week: getISOWeek(date), year: getISOWeekYear(date) };
}

/** Every week from the first to the last day of the period (or of the signals, without one). */
function weeksIn(from: string, to: string): Week[] {
  const weeks: Week[] = [];
  const last = startOfISOWeek(parseISO(to));
  for (let start = startOfISOWeek(parseISO(from)); start <= last; start = addWeeks(start, 1)) weeks.push(weekOf(start));
  return weeks;
}

function weekRange(gathered: GatheredBriefing, period: { from: string | null; to: string | null }): [string, string] | null {
  const dates = gathered.signals.map((signal) => signal.receivedOn);
  const from = period.from ?? dates[0];
  const to = period.to ?? dates[dates.length - 1];
  return from && to ? [from, to] : null;
}

export interface CountsAndWeeks {
  counts: Counts;
  /** Short labels for a chart axis ("wk 10"), parallel to counts.byWeek. */
  weekTicks: string[];
}

export function countSignals(gathered: GatheredBriefing, period: { from: string | null; to: string | null }): CountsAndWeeks {
  const themeCounts = tally((signal) => signal.themes, gathered);
  const themeOrder = (label: string) => gathered.themeOrder.get(label) ?? Number.MAX_SAFE_INTEGER;
  const byTheme = [...themeCounts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || themeOrder(a.code) - themeOrder(b.code))
    .map(({ code, count }) => ({ label: gathered.themes.get(code) ?? code, count }));
  const byProvince = [...tally((signal) => provincesOf(gathered, signal), gathered)]
    .map(([label, count]) => ({ label, count }))
    .sort(byCountThenOrder(() => 0));

  const range = weekRange(gathered, period);
  const weeks = range ? weeksIn(range[0], range[1]) : [];
  const perWeek = tally((signal) => [weekOf(parseISO(signal.receivedOn)).key], gathered);
  const years = new Set(weeks.map((week) => week.year));
  const byWeek = weeks.map((week) => ({
    label: `Week ${week.week}${years.size > 1 ? ` ${week.year}` : ''} (${shortDay(week.start)} – ${shortDay(addDays(week.start, 6))})`,
    count: perWeek.get(week.key) ?? 0,
  }));
  const weekTicks = weeks.map((week) => (years.size > 1 ? `${week.week}/${String(week.year).slice(2)}` : `wk ${week.week}`));
  return { counts: { total: gathered.signals.length, byTheme, byProvince, byWeek }, weekTicks };
}

/** The chart a note gets: per week in an overview of a few weeks or more, per theme otherwise; none in a nota unless asked. */
export function chartFor(kind: BriefingKind, choice: BriefingChart, counted: CountsAndWeeks): ChartModel | null {
  const { counts, weekTicks } = counted;
  if (counts.total === 0 || choice === 'none') return null;
  let basis: ChartModel['basis'] | null = choice === 'perWeek' || choice === 'perTheme' ? choice : null;
  if (choice === 'auto') {
    if (kind !== 'signaleringsoverzicht') return null;
    basis = counts.byWeek.length >= 2 && counts.byWeek.length <= MAX_CHART_WEEKS ? 'perWeek' : 'perTheme';
  }
  if (basis === 'perWeek') {
    const text = counts.byWeek.map((line) => `${line.label}: ${line.count}`).join('; ');
    return {
      basis,
      title: 'Signalen per week',
      categoryTitle: 'Week',
      categories: weekTicks,
      values: counts.byWeek.map((line) => line.count),
      altText: `Staafdiagram van het aantal signalen per week. ${text}.`,
    };
  }
  const themes = counts.byTheme.slice(0, 12);
  return {
    basis: 'perTheme',
    title: 'Signalen per thema',
    categoryTitle: 'Thema',
    categories: themes.map((line) => line.label),
    values: themes.map((line) => line.count),
    altText: `Staafdiagram van het aantal signalen per thema. ${themes.map((line) => `${line.label}: ${line.count}`).join('; ')}.`,
  };
}
