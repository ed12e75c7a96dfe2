import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attentionRuleFor } from '../../electron/services/network/attention';
import { networkOverview } from '../../electron/services/network/overview';
import { referenceData } from '../../electron/services/reference';
import type { NetworkOverviewQueryInput } from '../../shared/domain/municipality';
import { FIXED_NOW, insertTestSignal, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestAction, insertTestContactMoment } from '../support/networkFixtures';

// Today is 2026-03-15 in the Netherlands (FIXED_NOW is 10:00 UTC).
const now = new Date(FIXED_NOW);
const PERIOD: NetworkOverviewQueryInput = { from: '2026-01-01', to: '2026-03-15' };
const daysBefore = (days: number) => new Date(Date.parse('2026-03-15T00:00:00Z') - days * 86_400_000).toISOString().slice(0, 10);

/** The first `n` current municipalities (the reference data holds only those), in code order: fixed codes for a fixed fixture. */
function currentCodes(file: TestCaseFile, n: number): string[] {
  const codes = referenceData(file.db).municipalities.map((municipality) => municipality.code).sort().slice(0, n);
  expect(codes).toHaveLength(n);
  return codes;
}

describe('the network attention rule', () => {
  it('takes the signals threshold from the top 10% of all current municipalities, never below 3 signals', () => {
    const figures = (signals: number) => ({ signals, longOverdueActions: 0 }) as never;
    // 342 municipalities, 40 with 1..40 signals: 302 zeros and 1..5 stay at or below the 90th percentile (6).
    const spread = Array.from({ length: 40 }, (_, i) => figures(i + 1));
    expect(attentionRuleFor(spread, 342)).toMatchObject({ signalsAbove: 6, overdueAbove: 0, topShare: 10, quietDays: 60, overdueDays: 30 });
    // A nearly empty file: the floor keeps one or two signals from counting as many.
    expect(attentionRuleFor([figures(1), figures(2)], 342).signalsAbove).toBe(2);
    // Every municipality busy: the level moves up with them.
    expect(attentionRuleFor(Array.from({ length: 342 }, (_, i) => figures(100 + i)), 342).signalsAbove).toBe(100 + 307);
  });

  describe('on a fixed file', () => {
    let file: TestCaseFile;
    let codes: string[];

    beforeAll(() => {
      file = openTestCaseFile();
      codes = currentCodes(file, 40);
      // codes[i] gets i + 1 signals in the period; everyone with more than 6 was spoken to 10 days ago ...
      file.db.transaction(() =>
        codes.forEach((code, i) => {
          for (let n = 0; n <= i; n += 1) insertTestSignal(file.db, { municipalities: [code], receivedOn: '2026-02-01' });
          if (i >= 6) insertTestContactMoment(file.db, { municipalities: [code], heldOn: daysBefore(10) });
        }),
      )();
      // ... except: the busiest never (quiet), the next 60 days ago (quiet), the next 59 days ago (not yet).
      file.db.prepare('DELETE FROM contact_moment_municipalities WHERE municipality_code IN (?, ?, ?)').run(codes[39], codes[38], codes[37]);
      insertTestContactMoment(file.db, { municipalities: [codes[38]!], heldOn: daysBefore(60) });
      insertTestContactMoment(file.db, { municipalities: [codes[37]!], heldOn: daysBefore(59) });
      // Few late actions anywhere: one action a month late flags its municipality; 30 days late does not yet.
      const first = insertTestSignal(file.db, { municipalities: [codes[0]!], receivedOn: '2025-06-01' });
      insertTestAction(file.db, { signalId: first.id, dueOn: daysBefore(31) });
      const second = insertTestSignal(file.db, { municipalities: [codes[1]!], receivedOn: '2025-06-01' });
      insertTestAction(file.db, { signalId: second.id, dueOn: daysBefore(30) });
      // codes[5]: 6 signals and never contacted, at the level rather than above it: not flagged.
    });
    afterAll(() => file.close());

    const flagged = (query: Partial<NetworkOverviewQueryInput> = {}) =>
      networkOverview(file.db, { ...PERIOD, ...query }, now)
        .rows.filter((row) => row.attention !== null)
        .map((row) => row.code)
        .sort();

    it('flags exactly the busy and quiet municipalities and the one with a month-late action, with the reasons', () => {
      const result = networkOverview(file.db, PERIOD, now);
      expect(result.attentionRule).toMatchObject({ signalsAbove: 6, overdueAbove: 0 });
      expect(flagged()).toEqual([codes[0], codes[38], codes[39]].sort());
      expect(result.attentionCount).toBe(3);
      const byCode = new Map(result.rows.map((row) => [row.code, row]));
      expect(byCode.get(codes[39]!)!.attention).toEqual({ quiet: true, longOverdue: 0 });
      expect(byCode.get(codes[38]!)!.attention).toEqual({ quiet: true, longOverdue: 0 });
      expect(byCode.get(codes[0]!)!.attention).toEqual({ quiet: false, longOverdue: 1 });
      expect(byCode.get(codes[1]!)!).toMatchObject({ overdueActions: 1, longOverdueActions: 0, attention: null });
    });

    it('opens with the municipalities that need attention first, then longest since contact', () => {
      const rows = networkOverview(file.db, PERIOD, now).rows;
      expect(rows.slice(0, 3).every((row) => row.attention !== null)).toBe(true);
      expect(rows.slice(3).every((row) => row.attention === null)).toBe(true);
      const ascending = networkOverview(file.db, { ...PERIOD, sort: { column: 'attention', direction: 'asc' } }, now).rows;
      expect(ascending.slice(-3).every((row) => row.attention !== null)).toBe(true);
    });

    it('shows only those when asked, and a province filter changes neither the threshold nor who is flagged', () => {
      const only = networkOverview(file.db, { ...PERIOD, onlyAttention: true }, now);
      expect(only.rows.map((row) => row.code).sort()).toEqual(flagged());
      expect(only.attentionCount).toBe(3);
      const province = referenceData(file.db).municipalities.find((m) => m.code === codes[39])!.provinceCode;
      const narrowed = networkOverview(file.db, { ...PERIOD, provinces: [province] }, now);
      expect(narrowed.attentionRule.signalsAbove).toBe(6);
      expect(narrowed.rows.find((row) => row.code === codes[39])!.attention).toEqual({ quiet: true, longOverdue: 0 });
    });
  });

  it('with late actions in many municipalities, flags only those with more than the top 10% level', () => {
    const file = openTestCaseFile();
    try {
      const codes = currentCodes(file, 40);
      // 40 municipalities with one action a month late, two with three: the level is 1.
      codes.forEach((code, i) => {
        const signal = insertTestSignal(file.db, { municipalities: [code], receivedOn: '2025-06-01' });
        for (let n = 0; n < (i < 2 ? 3 : 1); n += 1) insertTestAction(file.db, { signalId: signal.id, dueOn: daysBefore(45) });
      });
      const result = networkOverview(file.db, PERIOD, now);
      expect(result.attentionRule.overdueAbove).toBe(1);
      expect(result.rows.filter((row) => row.attention).map((row) => row.code).sort()).toEqual([codes[0], codes[1]]);
    } finally {
      file.close();
    }
  });
});
