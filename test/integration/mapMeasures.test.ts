import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapMeasures } from '../../electron/services/map/mapMeasures';
import type { MapMeasures } from '../../shared/domain/mapMeasures';
import { insertTestSignal, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestAction, insertTestCase, insertTestContactMoment } from '../support/networkFixtures';

/**
 * The map's figures on a real encrypted case file against hand-counted
 * fixtures: multi-municipality, national, deleted and merged-away signals,
 * a former municipality that merged into a current one, and actions reached
 * through a contact moment, a signal and a case.
 */

const NOW = new Date('2026-03-15T10:00:00Z'); // Sunday, week 2026-W11; today is 2026-03-15 in Amsterdam
const AMSTERDAM = 'GM0363';
const UTRECHT = 'GM0344';
const ROTTERDAM = 'GM0599';
const WEESP_FORMER = 'GM9457'; // a fictional former municipality merged into Amsterdam
const OLD_OF_OLD = 'GM9458'; // merged into WEESP_FORMER: a chain of two

let file: TestCaseFile;

beforeAll(() => {
  file = openTestCaseFile();
  const { db } = file;
  const former = db.prepare(
    `INSERT INTO municipalities (code, name, province_code, province_name, valid_from, valid_to, merged_into)
     VALUES (?, ?, 'PV27', 'Noord-Holland', '1990-01-01', ?, ?)`,
  );
  former.run(WEESP_FORMER, 'Weesp-oud', '2022-03-23', AMSTERDAM);
  former.run(OLD_OF_OLD, 'Driemond-oud', '1966-01-01', WEESP_FORMER);

  // Signals, default period 2026-01-05 (Monday of W02) .. 2026-03-15.
  insertTestSignal(db, { observedOn: '2026-03-10', municipalities: [AMSTERDAM] }); // A 1
  insertTestSignal(db, { observedOn: '2026-03-01', municipalities: [AMSTERDAM, UTRECHT] }); // A 2, U 1
  insertTestSignal(db, { observedOn: '2026-02-01', municipalities: [AMSTERDAM, WEESP_FORMER] }); // A 3 (once)
  insertTestSignal(db, { observedOn: '2026-01-20', municipalities: [OLD_OF_OLD] }); // A 4 through the chain
  insertTestSignal(db, { observedOn: '2026-01-05', municipalities: [UTRECHT] }); // U 2: first day counts
  insertTestSignal(db, { observedOn: '2026-01-04', receivedOn: '2026-01-06', municipalities: [UTRECHT] }); // before: by observed day
  insertTestSignal(db, { observedOn: '2026-03-02', municipalities: [ROTTERDAM], deleted: true }); // deleted
  const merged = insertTestSignal(db, { observedOn: '2026-03-03', municipalities: [ROTTERDAM] });
  const survivor = insertTestSignal(db, { observedOn: '2026-03-03', municipalities: [ROTTERDAM] }); // R 1
  db.prepare('UPDATE signals SET merged_into_id = ?, deleted_at = ? WHERE id = ?').run(survivor.id, '2026-03-04T00:00:00.000Z', merged.id);
  // A merged signal always carries a tombstone (restoreSignal refuses a merged one), so the
  // tombstone alone is the rule, as in the signals list the overview links to.
  insertTestSignal(db, { observedOn: '2026-03-05', municipalities: [] }); // national: on no municipality

  // Contact moments.
  const moment = insertTestContactMoment(db, { heldOn: '2026-03-05', municipalities: [AMSTERDAM, WEESP_FORMER] }); // A once
  insertTestContactMoment(db, { heldOn: '2025-12-01', municipalities: [UTRECHT] }); // before the period
  insertTestContactMoment(db, { heldOn: '2026-03-12', municipalities: [UTRECHT], deleted: true });
  insertTestContactMoment(db, { heldOn: '2026-02-10', municipalities: [UTRECHT] });

  // Actions (due 2026-03-20 by default; today is 2026-03-15).
  insertTestAction(db, { contactMomentId: moment.id }); // A open (once, though A and Weesp are both linked)
  insertTestAction(db, { contactMomentId: moment.id, dueOn: '2026-03-01' }); // A open + overdue
  const utrechtSignal = insertTestSignal(db, { observedOn: '2025-06-01', municipalities: [UTRECHT] });
  insertTestAction(db, { signalId: utrechtSignal.id, dueOn: '2026-03-14', status: 'lopend' }); // U open + overdue
  insertTestAction(db, { signalId: utrechtSignal.id, status: 'afgerond' }); // done: not counted
  insertTestAction(db, { signalId: utrechtSignal.id, deleted: true }); // deleted
  const rotterdamCase = insertTestCase(db, { municipalities: [ROTTERDAM, WEESP_FORMER] });
  insertTestAction(db, { caseId: rotterdamCase.id, dueOn: null }); // R open, A open (via Weesp); no date: not overdue
  const deletedCase = insertTestCase(db, { municipalities: [ROTTERDAM], deleted: true });
  insertTestAction(db, { caseId: deletedCase.id }); // case deleted: not counted
});

afterAll(() => file?.close());

function valueOf(result: MapMeasures, code: string): number | null | undefined {
  return result.values.find((row) => row.code === code)?.value;
}

describe('map.measures', () => {
  it('gives every current municipality a value, by name, and fills in the default period', () => {
    const result = mapMeasures(file.db, { measure: 'signals' }, NOW);
    expect(result.values).toHaveLength(342);
    expect(result.values.some((row) => row.code === WEESP_FORMER)).toBe(false);
    expect(result).toMatchObject({ measure: 'signals', from: '2025-12-22', to: '2026-03-15' });
    const names = result.values.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(result.values.find((row) => row.code === UTRECHT)).toEqual({ code: UTRECHT, name: 'Utrecht', provinceName: 'Utrecht', value: 3 });
  });

  it('counts signals by observed day, once per current municipality, merged municipalities under the one they joined', () => {
    const result = mapMeasures(file.db, { measure: 'signals', from: '2026-01-05', to: '2026-03-15' }, NOW);
    expect(valueOf(result, AMSTERDAM)).toBe(4);
    expect(valueOf(result, UTRECHT)).toBe(2);
    expect(valueOf(result, ROTTERDAM)).toBe(1);
    // Everything else is zero, and the national signal is nowhere.
    const total = result.values.reduce((sum, row) => sum + (row.value ?? 0), 0);
    expect(total).toBe(7);
  });

  it('counts contact moments held in the period, not deleted ones', () => {
    const result = mapMeasures(file.db, { measure: 'contactMoments', from: '2026-01-05', to: '2026-03-15' }, NOW);
    expect(valueOf(result, AMSTERDAM)).toBe(1);
    expect(valueOf(result, UTRECHT)).toBe(1);
    expect(result.values.reduce((sum, row) => sum + (row.value ?? 0), 0)).toBe(2);
  });

  it('gives days since the last contact to min(to, today), null for never', () => {
    const result = mapMeasures(file.db, { measure: 'daysSinceContact' }, NOW);
    expect(result.values.find((row) => row.code === AMSTERDAM)).toMatchObject({ value: 10, detail: '2026-03-05' });
    expect(result.values.find((row) => row.code === UTRECHT)).toMatchObject({ value: 33, detail: '2026-02-10' });
    expect(valueOf(result, ROTTERDAM)).toBeNull();
    // A past period looks from its end: on 2026-02-01 Utrecht's last contact was 2025-12-01.
    const past = mapMeasures(file.db, { measure: 'daysSinceContact', to: '2026-02-01' }, NOW);
    expect(past.values.find((row) => row.code === UTRECHT)).toMatchObject({ value: 62, detail: '2025-12-01' });
    expect(valueOf(past, AMSTERDAM)).toBeNull();
  });

  it('counts open and overdue actions through contact moments, signals and cases', () => {
    const open = mapMeasures(file.db, { measure: 'openActions' }, NOW);
    expect(valueOf(open, AMSTERDAM)).toBe(3);
    expect(valueOf(open, UTRECHT)).toBe(1);
    expect(valueOf(open, ROTTERDAM)).toBe(1);
    const overdue = mapMeasures(file.db, { measure: 'overdueActions' }, NOW);
    expect(valueOf(overdue, AMSTERDAM)).toBe(1);
    expect(valueOf(overdue, UTRECHT)).toBe(1);
    expect(valueOf(overdue, ROTTERDAM)).toBe(0);
  });

  it('matches a hand count in plain SQL for signals', () => {
    // The floor: the same rule written the simplest way, one municipality at a time.
    const plain = file.db.prepare(
      `SELECT count(DISTINCT s.id) AS n FROM signals s JOIN signal_municipalities l ON l.signal_id = s.id
       WHERE s.deleted_at IS NULL AND s.merged_into_id IS NULL AND s.observed_on BETWEEN ? AND ?
         AND l.municipality_code IN (?, ?, ?)`,
    );
    const amsterdam = (plain.get('2026-01-05', '2026-03-15', AMSTERDAM, WEESP_FORMER, OLD_OF_OLD) as { n: number }).n;
    const result = mapMeasures(file.db, { measure: 'signals', from: '2026-01-05', to: '2026-03-15' }, NOW);
    expect(valueOf(result, AMSTERDAM)).toBe(amsterdam);
  });

  it('gives the early-warning status of a complete week as 2/1/0 with its status', () => {
    const result = mapMeasures(file.db, { measure: 'earlyWarning', to: '2026-03-15' }, NOW);
    // 2026-03-15 is a Sunday, the last day of W11, but W11 is still running until midnight.
    expect(result.week).toBe('2026-W10');
    expect(result.values).toHaveLength(342);
    for (const row of result.values) {
      expect(['alarm', 'reviewed', 'none']).toContain(row.detail);
      expect(row.value).toBe({ alarm: 2, reviewed: 1, none: 0 }[row.detail as 'alarm']);
    }
  });

  it('refuses a period that ends before it starts and an unknown measure', () => {
    expect(() => mapMeasures(file.db, { measure: 'signals', from: '2026-03-10', to: '2026-03-01' }, NOW)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => mapMeasures(file.db, { measure: 'signals', from: '2026-04-01' }, NOW)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => mapMeasures(file.db, { measure: 'population' as 'signals' }, NOW)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
