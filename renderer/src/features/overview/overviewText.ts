import type { TFunction } from 'i18next';
import {
  changeOf,
  NATIONAL_ROW,
  weekLabel,
  type GroupCount,
  type GroupSummary,
  type WeekSummary,
} from '../../../../shared/domain/overview';
import { formatNumber } from '../../format';

/** "+5", "−3": a signed whole number in the app's language (a real minus sign). */
function signed(value: number): string {
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}`;
}

/** "+5 (+25%)", "nieuw" when the previous period had none, "gelijk" when nothing changed. */
export function changeText(t: TFunction, count: number, previous: number): string {
  const change = changeOf(count, previous);
  switch (change.kind) {
    case 'same':
      return t('overview.groups.changeWord.same');
    case 'new':
      return t('overview.groups.changeWord.new');
    case 'gone':
      return `${signed(change.difference)} (−100%)`;
    case 'change':
      return `${signed(change.difference)} (${change.percent > 0 ? '+' : '−'}${formatNumber(Math.abs(change.percent))}%)`;
  }
}

/** A group's name in the app's language; the national row is named by the app, not the data. */
export function groupName(t: TFunction, language: string, group: GroupCount): string {
  if (group.code === NATIONAL_ROW) return t('overview.groups.national');
  return language.startsWith('en') ? group.labels.en : group.labels.nl;
}

/** The week chart's one line, the year left out for the current year. */
export function weekSummaryText(t: TFunction, summary: WeekSummary, year: number): string {
  if (summary.kind === 'empty') return t('overview.weeks.summary.empty');
  const week = weekLabel(summary.week, year);
  const values = { week, count: summary.count };
  switch (summary.kind) {
    case 'highest':
      return t('overview.weeks.summary.highest', values);
    case 'lowest':
      return t('overview.weeks.summary.lowest', values);
    case 'highestSince':
      return t('overview.weeks.summary.highestSince', { ...values, since: weekLabel(summary.since, year) });
    case 'lowestSince':
      return t('overview.weeks.summary.lowestSince', { ...values, since: weekLabel(summary.since, year) });
    case 'sameAsBefore':
      return t('overview.weeks.summary.sameAsBefore', { ...values, before: weekLabel(summary.before, year) });
  }
}

/** A theme or province chart's line: the largest group, then the largest change. */
export function groupSummaryText(t: TFunction, language: string, summary: GroupSummary): string {
  if (summary.kind === 'empty') return t('overview.groups.summary.empty');
  const largest = t('overview.groups.summary.largest', { name: groupName(t, language, summary.largest), count: summary.largest.count });
  const change = summary.largestChange
    ? t('overview.groups.summary.largestChange', {
        name: groupName(t, language, summary.largestChange),
        change: changeText(t, summary.largestChange.count, summary.largestChange.previous),
      })
    : t('overview.groups.summary.noChange');
  return `${largest} ${change}`;
}
