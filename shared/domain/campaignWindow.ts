import { endOfMonth, format, parseISO, subMonths } from 'date-fns';
import { isEuMemberState } from './euMemberStates';

/**
 * The campaign window (Kamerstuk 32 824, nr. 450): representatives of a
 * government from outside the EU may not campaign in the Netherlands from three
 * calendar months before the election, up to and including election day.
 *
 * "Three calendar months before" is the same day three months earlier; when
 * that month is shorter, the last day of that month (date-fns subMonths):
 * 2028-05-14 → 2028-02-14, 2028-05-31 → 2028-02-29 (leap year),
 * 2027-05-31 → 2027-02-28. We take the last day rather than rolling over into
 * March, because rolling over would shorten the window below three months.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface CampaignWindow {
  /** First day of the window, YYYY-MM-DD; null when there is no window. */
  from: string | null;
  /** Last day of the window: election day, or for month precision the last day of that month. */
  to: string | null;
  /** True when the election day is known only to the month: the window starts at its earliest possible day. */
  approximate: boolean;
}

export const CAMPAIGN_WINDOW_MONTHS = 3;

/** The first day of the window for a known election day. */
export function campaignWindowStart(electionDate: string): string {
  return format(subMonths(parseISO(electionDate), CAMPAIGN_WINDOW_MONTHS), 'yyyy-MM-dd');
}

/**
 * The window of one election. No window for an EU member state (the rule does
 * not apply), nor for a date known only to the year (no month to count from,
 * until one is known). With month precision the date is the 1st of the month,
 * the earliest day the election can be, so the window counted from it is the
 * earliest it can open: marked approximate.
 */
export function campaignWindowOf(country: string, date: string, precision: DatePrecision): CampaignWindow {
  if (isEuMemberState(country) || precision === 'year') return { from: null, to: null, approximate: false };
  if (precision === 'month') {
    const monthStart = `${date.slice(0, 7)}-01`;
    // Earliest possible start, latest possible election day: a visit anywhere in between may be inside.
    return { from: campaignWindowStart(monthStart), to: format(endOfMonth(parseISO(monthStart)), 'yyyy-MM-dd'), approximate: true };
  }
  return { from: campaignWindowStart(date), to: date, approximate: false };
}

/** Whether a day falls in the window, both ends included. */
export function isInsideCampaignWindow(day: string, window: CampaignWindow): boolean {
  return window.from !== null && window.to !== null && day >= window.from && day <= window.to;
}
