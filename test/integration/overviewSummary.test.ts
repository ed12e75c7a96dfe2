import { describe, expect, it } from 'vitest';
import { changeOf, groupSummary, presetPeriod, previousPeriod, weekSummary, type GroupCount, type WeekCount } from '../../shared/domain/overview';

// The one-line summaries and the period arithmetic of the overview: pure functions of the figures.

const weeks = (counts: number[], runningCount = 0): WeekCount[] =>
  [...counts, runningCount].map((count, index) => ({
    week: `2026-W${String(index + 1).padStart(2, '0')}`,
    from: '',
    to: '',
    count,
    previousYear: null,
    running: index === counts.length,
  }));

const group = (code: string, count: number, previous: number): GroupCount => ({ code, labels: { nl: code, en: code }, count, previous });

describe('the week summary', () => {
  it('judges the last complete week, never the running one', () => {
    // Week 5 (16) is the highest since week 2 (16); the running week 6 (0) is no drop.
    expect(weekSummary(weeks([3, 16, 4, 9, 16], 0))).toEqual({ kind: 'highestSince', week: '2026-W05', count: 16, since: '2026-W02' });
    expect(weekSummary(weeks([3, 5, 17], 1))).toEqual({ kind: 'highest', week: '2026-W03', count: 17 });
    expect(weekSummary(weeks([3, 5, 1], 9))).toEqual({ kind: 'lowest', week: '2026-W03', count: 1 });
    expect(weekSummary(weeks([0, 5, 2], 9))).toEqual({ kind: 'lowestSince', week: '2026-W03', count: 2, since: '2026-W01' });
    expect(weekSummary(weeks([4, 6, 6]))).toEqual({ kind: 'sameAsBefore', week: '2026-W03', count: 6, before: '2026-W02' });
    expect(weekSummary(weeks([0, 0, 0], 3))).toEqual({ kind: 'empty' });
  });
});

describe('changes against the previous period', () => {
  it('words a change as a difference and a percentage, "nieuw" from nothing', () => {
    expect(changeOf(25, 20)).toEqual({ kind: 'change', difference: 5, percent: 25 });
    expect(changeOf(4, 0)).toEqual({ kind: 'new', difference: 4 });
    expect(changeOf(0, 3)).toEqual({ kind: 'gone', difference: -3 });
    expect(changeOf(7, 7)).toEqual({ kind: 'same' });
    expect(changeOf(2, 3)).toEqual({ kind: 'change', difference: -1, percent: -33 });
  });

  it('names the largest group and the largest change', () => {
    const summary = groupSummary([group('a', 10, 9), group('b', 4, 0), group('c', 1, 6)]);
    expect(summary).toMatchObject({ kind: 'largest', largest: { code: 'a' }, largestChange: { code: 'c' } });
    expect(groupSummary([group('a', 2, 2)])).toMatchObject({ kind: 'largest', largestChange: null });
    expect(groupSummary([group('a', 0, 0)])).toEqual({ kind: 'empty' });
  });

  it('takes the previous period of the same length, just before', () => {
    expect(previousPeriod('2026-03-02', '2026-03-15')).toEqual({ from: '2026-02-16', to: '2026-03-01' });
    // Across a leap day: 1–31 March 2028 (31 days) follows 30 January – 29 February.
    expect(previousPeriod('2028-03-01', '2028-03-31')).toEqual({ from: '2028-01-30', to: '2028-02-29' });
  });

  it('offers complete weeks for the week presets and 1 January to today for this year', () => {
    const running = { year: 2026, week: 11 };
    expect(presetPeriod('last4', running, '2026-03-15')).toEqual({ from: '2026-02-09', to: '2026-03-08' });
    expect(presetPeriod('last12', running, '2026-03-15')).toEqual({ from: '2025-12-15', to: '2026-03-08' });
    expect(presetPeriod('thisYear', running, '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-03-15' });
  });
});
