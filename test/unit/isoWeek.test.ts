import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  currentIsoWeek,
  isoWeekKey,
  isoWeekOf,
  isoWeekRange,
  lastCompleteIsoWeek,
  parseIsoWeekKey,
  weekEnd,
  weekStart,
  weeksBetween,
  weeksInIsoYear,
} from '../../shared/domain/isoWeek';

describe('ISO weeks', () => {
  it('puts year-end dates in the week of their Thursday', () => {
    expect(isoWeekKey(isoWeekOf('2026-12-31'))).toBe('2026-W53');
    expect(isoWeekKey(isoWeekOf('2027-01-03'))).toBe('2026-W53');
    expect(isoWeekKey(isoWeekOf('2027-01-04'))).toBe('2027-W01');
    expect(isoWeekKey(isoWeekOf('2024-12-30'))).toBe('2025-W01');
  });

  it('knows Monday and Sunday of a week', () => {
    expect(weekStart({ year: 2026, week: 48 })).toBe('2026-11-23');
    expect(weekEnd({ year: 2026, week: 48 })).toBe('2026-11-29');
    expect(weekStart({ year: 2025, week: 1 })).toBe('2024-12-30');
  });

  it('parses keys and refuses weeks a year does not have', () => {
    expect(parseIsoWeekKey('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeekKey('2025-W53')).toBeNull();
    expect(parseIsoWeekKey('2026-W00')).toBeNull();
    expect(parseIsoWeekKey('2026-48')).toBeNull();
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2027)).toBe(52);
  });

  it('counts and steps across years', () => {
    expect(addIsoWeeks({ year: 2026, week: 52 }, 2)).toEqual({ year: 2027, week: 1 });
    expect(addIsoWeeks({ year: 2027, week: 1 }, -1)).toEqual({ year: 2026, week: 53 });
    expect(weeksBetween({ year: 2025, week: 48 }, { year: 2026, week: 48 })).toBe(52);
    const range = isoWeekRange({ year: 2026, week: 51 }, { year: 2027, week: 2 });
    expect(range.map(isoWeekKey)).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });

  it('takes the running week in Amsterdam, not in UTC', () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam (winter time).
    const mondayInAmsterdam = new Date('2026-11-29T23:30:00Z');
    expect(isoWeekKey(currentIsoWeek(mondayInAmsterdam))).toBe('2026-W49');
    expect(isoWeekKey(lastCompleteIsoWeek(mondayInAmsterdam))).toBe('2026-W48');
  });
});
