import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { PROVINCE_COUNTS_SQL, THEME_COUNTS_SQL, WEEK_COUNTS_SQL } from '../../db/repositories/overviewStats';
import { signalsByProvince, signalsByTheme, overviewAttention, signalsPerWeek } from '../../electron/services/overview/overview';
import { listSignals } from '../../electron/services/signals/reads';
import { NATIONAL_ROW, type GroupCount } from '../../shared/domain/overview';
import { errorOf, FIXED_NOW, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestAction } from '../support/networkFixtures';

// "Now" is Sunday 2026-03-15 11:00 in Amsterdam: the running ISO week is 2026-W11
// (9–15 March), so the chart shows 2025-W12 … 2026-W11 and a year earlier 2024-W12 … 2025-W11.
const now = new Date(FIXED_NOW);

const LEIDEN = 'GM0546'; // Zuid-Holland (PV28)
const DELFT = 'GM0503'; // Zuid-Holland
const ZWOLLE = 'GM0193'; // Overijssel (PV23)

interface Fixture {
  observedOn: string;
  receivedOn?: string;
  municipalities?: string[];
  national?: boolean;
  themes?: string[];
  urgency?: 'laag' | 'gemiddeld' | 'hoog' | 'acuut';
  status?: string;
  deleted?: boolean;
  mergedInto?: string;
}

const RANK = { laag: 1, gemiddeld: 2, hoog: 3, acuut: 4 } as const;
let sequence = 0;

/** A signal as the services store it; deleted and merged ones carry a tombstone as the real merge does. */
function signal(db: Db, fixture: Fixture): string {
  const id = randomUUID();
  const urgency = fixture.urgency ?? 'gemiddeld';
  const at = `${fixture.observedOn}T09:00:00.000Z`;
  db.prepare(
    `INSERT INTO signals (id, number, title, description, observed_on, received_on, is_national, urgency, urgency_rank,
       trend, status, classification, created_at, updated_at, deleted_at, merged_into_id)
     VALUES (?, ?, 'Spanning', 'Feiten', ?, ?, ?, ?, ?, 'onbekend', ?, 'ongerubriceerd', ?, ?, ?, ?)`,
  ).run(
    id,
    `SIG-T-${++sequence}`,
    fixture.observedOn,
    fixture.receivedOn ?? fixture.observedOn,
    fixture.national ? 1 : 0,
    urgency,
    RANK[urgency],
    fixture.status ?? 'nieuw',
    at,
    at,
    fixture.deleted || fixture.mergedInto ? at : null,
    fixture.mergedInto ?? null,
  );
  const place = db.prepare('INSERT INTO signal_municipalities (signal_id, municipality_code) VALUES (?, ?)');
  for (const code of fixture.national ? [] : (fixture.municipalities ?? [LEIDEN])) place.run(id, code);
  const theme = db.prepare('INSERT INTO signal_themes (signal_id, theme_code) VALUES (?, ?)');
  for (const code of fixture.themes ?? ['polarisatie']) theme.run(id, code);
  return id;
}

const row = (rows: GroupCount[], code: string) => {
  const found = rows.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return { count: found.count, previous: found.previous };
};

let file: TestCaseFile;
beforeEach(() => {
  file = openTestCaseFile();
});
afterEach(() => file.close());

describe('signals per week', () => {
  it('counts live signals by the ISO week observed, with the same weeks a year earlier where the file has data', () => {
    const db = file.db;
    // The running week: a signal in two municipalities and two themes counts once.
    signal(db, { observedOn: '2026-03-10', municipalities: [LEIDEN, DELFT], themes: ['polarisatie', 'discriminatie'] });
    // Week 10, observed then but received in week 11: the observed date decides.
    const kept = signal(db, { observedOn: '2026-03-02', receivedOn: '2026-03-12', national: true });
    signal(db, { observedOn: '2026-03-03', deleted: true });
    signal(db, { observedOn: '2026-03-04', mergedInto: kept });
    // Year boundary: 2026-01-01 is in 2026-W01, 2025-12-28 in 2025-W52.
    signal(db, { observedOn: '2026-01-01' });
    signal(db, { observedOn: '2025-12-28' });
    signal(db, { observedOn: '2025-12-28' });
    // A year earlier: the first signal of the file is in 2025-W10.
    signal(db, { observedOn: '2025-03-05' }); // 2025-W10
    signal(db, { observedOn: '2025-03-12' }); // 2025-W11
    signal(db, { observedOn: '2025-03-17' }); // 2025-W12: the chart's first week

    const result = signalsPerWeek(db, now);
    expect(result.weeks).toHaveLength(52);
    const byWeek = new Map(result.weeks.map((week) => [week.week, week]));
    expect(result.weeks[0]).toEqual({
      week: '2025-W12',
      from: '2025-03-17',
      to: '2025-03-23',
      count: 1,
      // 2024-W12 lies before the file's first signal: unknown, not zero.
      previousYear: null,
      running: false,
    });
    expect(result.weeks[51]).toEqual({
      week: '2026-W11',
      from: '2026-03-09',
      to: '2026-03-15',
      count: 1,
      previousYear: { week: '2025-W11', count: 1 },
      running: true,
    });
    expect(byWeek.get('2026-W10')).toMatchObject({ count: 1, previousYear: { week: '2025-W10', count: 1 }, running: false });
    // 2025-W09 ended (2 March) before the first signal (5 March).
    expect(byWeek.get('2026-W09')).toMatchObject({ count: 0, previousYear: null });
    expect(byWeek.get('2026-W01')).toMatchObject({ count: 1, from: '2025-12-29', to: '2026-01-04' });
    expect(byWeek.get('2025-W52')).toMatchObject({ count: 2 });
    expect(result.weeks.filter((week) => week.running)).toHaveLength(1);
    expect(result.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(6);
    expect(result.hasPreviousYear).toBe(true);
  });

  it('has no year-earlier series in a file that started this year', () => {
    signal(file.db, { observedOn: '2026-02-02' });
    const result = signalsPerWeek(file.db, now);
    expect(result.hasPreviousYear).toBe(false);
    expect(result.weeks.every((week) => week.previousYear === null)).toBe(true);
  });

  it('opens the signals list on the same figure: the week bar filters on the observed dates', () => {
    signal(file.db, { observedOn: '2026-03-02', receivedOn: '2026-03-12' });
    signal(file.db, { observedOn: '2026-03-08' });
    signal(file.db, { observedOn: '2026-03-09' });
    const week = signalsPerWeek(file.db, now).weeks.find((candidate) => candidate.week === '2026-W10')!;
    expect(week.count).toBe(2);
    const list = listSignals(file.db, { filters: { observedFrom: week.from, observedTo: week.to } });
    expect(list.total).toBe(week.count);
  });
});

describe('signals per theme and per province', () => {
  function fixture(db: Db) {
    // Period 2026-03-02 … 2026-03-15 (14 days); the previous period 2026-02-16 … 2026-03-01.
    signal(db, { observedOn: '2026-03-05', municipalities: [LEIDEN, DELFT], themes: ['polarisatie', 'discriminatie'] });
    signal(db, { observedOn: '2026-03-06', municipalities: [LEIDEN, ZWOLLE], themes: ['polarisatie'] });
    const national = signal(db, { observedOn: '2026-03-07', national: true, themes: ['polarisatie'] });
    signal(db, { observedOn: '2026-02-20', municipalities: [LEIDEN], themes: ['polarisatie'] });
    signal(db, { observedOn: '2026-03-01', municipalities: [ZWOLLE], themes: ['polarisatie'] });
    signal(db, { observedOn: '2026-03-08', deleted: true, themes: ['discriminatie'] });
    signal(db, { observedOn: '2026-03-08', mergedInto: national, themes: ['discriminatie'] });
    // Outside both periods.
    signal(db, { observedOn: '2026-03-16', themes: ['discriminatie'] });
    signal(db, { observedOn: '2026-02-15', themes: ['discriminatie'] });
    // A municipality that merged away (registered in Drenthe) into Zwolle, and one that merged into it:
    // both count under Zwolle's province, Overijssel.
    db.prepare(
      `INSERT INTO municipalities (code, name, province_code, province_name, valid_from, valid_to, merged_into)
       VALUES ('GM9990', 'Oudgemeente', 'PV22', 'Drenthe', '1900-01-01', '2020-01-01', ?),
              ('GM9991', 'Oudergemeente', 'PV22', 'Drenthe', '1900-01-01', '2010-01-01', 'GM9990')`,
    ).run(ZWOLLE);
    signal(db, { observedOn: '2026-03-09', municipalities: ['GM9990'], themes: ['discriminatie'] });
    signal(db, { observedOn: '2026-03-10', municipalities: ['GM9991'], themes: ['discriminatie'] });
  }

  it('counts a signal once under each theme, against the previous period of the same length', () => {
    fixture(file.db);
    const result = signalsByTheme(file.db, { from: '2026-03-02', to: '2026-03-15' });
    expect(result).toMatchObject({ from: '2026-03-02', to: '2026-03-15', previousFrom: '2026-02-16', previousTo: '2026-03-01' });
    expect(row(result.rows, 'polarisatie')).toEqual({ count: 3, previous: 2 });
    expect(row(result.rows, 'discriminatie')).toEqual({ count: 3, previous: 0 });
    // Every active theme has a row, zeros included; the counted ones come first.
    expect(row(result.rows, 'moslimdiscriminatie')).toEqual({ count: 0, previous: 0 });
    expect(result.rows.slice(0, 2).map((group) => group.code).sort()).toEqual(['discriminatie', 'polarisatie']);
    expect(result.rows.find((group) => group.code === 'polarisatie')?.labels).toEqual({ nl: 'Polarisatie', en: 'Polarisation' });
  });

  it('counts a signal once per province it touches, national apart, a merged municipality under the one it joined', () => {
    fixture(file.db);
    const result = signalsByProvince(file.db, { from: '2026-03-02', to: '2026-03-15' });
    // Leiden and Delft are both in Zuid-Holland: the first signal counts there once.
    expect(row(result.rows, 'PV28')).toEqual({ count: 2, previous: 1 });
    expect(row(result.rows, 'PV23')).toEqual({ count: 3, previous: 1 });
    expect(row(result.rows, 'PV22')).toEqual({ count: 0, previous: 0 });
    expect(row(result.rows, NATIONAL_ROW)).toEqual({ count: 1, previous: 0 });
    // Twelve provinces and the national row.
    expect(result.rows).toHaveLength(13);
  });

  it('refuses a period that ends before it starts', () => {
    expect(errorOf(() => signalsByTheme(file.db, { from: '2026-03-15', to: '2026-03-01' })).code).toBe('INVALID_INPUT');
  });
});

describe('what needs attention', () => {
  it('counts signals to triage, open acute and high signals, and overdue actions', () => {
    const db = file.db;
    signal(db, { observedOn: '2026-03-01', status: 'nieuw', urgency: 'acuut' });
    signal(db, { observedOn: '2026-03-01', status: 'in-duiding' });
    signal(db, { observedOn: '2026-03-01', status: 'gedeeld', urgency: 'hoog' });
    signal(db, { observedOn: '2026-03-01', status: 'afgesloten', urgency: 'acuut' });
    signal(db, { observedOn: '2026-03-01', status: 'nieuw', urgency: 'hoog', deleted: true });
    insertTestAction(db, { dueOn: '2026-03-14' });
    insertTestAction(db, { dueOn: '2026-03-14', status: 'lopend' });
    insertTestAction(db, { dueOn: '2026-03-15' });
    insertTestAction(db, { dueOn: '2026-03-01', status: 'afgerond' });
    expect(overviewAttention(db, now)).toEqual({ triage: 2, openUrgent: 2, overdueActions: 2 });
  });
});

describe('the index behind the overview', () => {
  it('reads live signals by observed date from the covering index, never the table', () => {
    const plan = (sql: string, params: Record<string, string>) =>
      (file.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail).join('\n');
    const period = { from: '2026-03-02', to: '2026-03-15', previousFrom: '2026-02-16' };
    expect(plan(WEEK_COUNTS_SQL, { from: '2025-03-17', to: '2026-03-15' })).toMatch(/COVERING INDEX signals_live_observed/);
    expect(plan(THEME_COUNTS_SQL, period)).toMatch(/COVERING INDEX signals_live_observed/);
    expect(plan(PROVINCE_COUNTS_SQL, period)).toMatch(/COVERING INDEX signals_live_observed/);
  });
});
