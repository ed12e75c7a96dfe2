import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import type { Dialogs } from '../../electron/ipc/dialogs';
import { createHandlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { networkOverview } from '../../electron/services/network/overview';
import { CaseFileSession } from '../../electron/services/session';
import type { NetworkOverviewQueryInput, NetworkOverviewRow } from '../../shared/domain/municipality';
import { periodEndingOn } from '../../shared/domain/municipality';
import { ADVISER, PASSPHRASE } from '../support/caseFiles';
import { errorOf, FIXED_NOW, insertTestSignal, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestAction, insertTestCase, insertTestContactMoment } from '../support/networkFixtures';
import { tempDir } from '../support/tempDir';

// Today is 2026-03-15 in the Netherlands (FIXED_NOW is 10:00 UTC).
const now = new Date(FIXED_NOW);
const TODAY = '2026-03-15';

// Each test works in its own municipalities, so the shared file's records do not meet.
const LEIDEN = 'GM0546';
const DELFT = 'GM0503';
const GOUDA = 'GM0513';
const ZWOLLE = 'GM0193';
const ASSEN = 'GM0106';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => file.close());

function overview(query: Partial<NetworkOverviewQueryInput> & { municipalities: string[] }): NetworkOverviewRow[] {
  return networkOverview(file.db, { from: '2026-03-01', to: TODAY, ...query }, now).rows;
}

function rowOf(code: string, query: Partial<NetworkOverviewQueryInput> = {}): NetworkOverviewRow {
  const [row] = overview({ ...query, municipalities: [code] });
  if (!row) throw new Error(`no row for ${code}`);
  return row;
}

describe('the network overview', () => {
  it('covers every current municipality, with zeros where nothing happened', () => {
    const result = networkOverview(file.db, { from: '2026-01-01', to: TODAY }, now);
    expect(result).toMatchObject({ from: '2026-01-01', to: TODAY, today: TODAY });
    expect(result.rows).toHaveLength(342);
    expect(result.rows.find((row) => row.code === 'GM0088')).toEqual({
      code: 'GM0088',
      name: 'Schiermonnikoog',
      provinceName: 'Fryslân',
      signals: 0,
      contactMoments: 0,
      lastContactOn: null,
      daysSinceContact: null,
      openActions: 0,
      overdueActions: 0,
      longOverdueActions: 0,
      attention: null,
    });
    const drenthe = networkOverview(file.db, { from: '2026-01-01', to: TODAY, provinces: ['PV22'] }, now).rows;
    expect(drenthe.length).toBe(12);
    expect(drenthe.every((row) => row.provinceName === 'Drenthe')).toBe(true);
  });

  it('counts signals received and contact moments held in the period, both ends included', () => {
    for (const receivedOn of ['2026-02-28', '2026-03-01', '2026-03-08', '2026-03-10', '2026-03-11']) {
      insertTestSignal(file.db, { municipalities: [LEIDEN], receivedOn });
    }
    for (const heldOn of ['2026-02-28', '2026-03-01', '2026-03-10', '2026-03-11']) {
      insertTestContactMoment(file.db, { municipalities: [LEIDEN], heldOn });
    }
    // A signal about two municipalities counts for each.
    insertTestSignal(file.db, { municipalities: [LEIDEN, DELFT], receivedOn: '2026-03-05' });
    const row = rowOf(LEIDEN, { from: '2026-03-01', to: '2026-03-10' });
    expect(row).toMatchObject({ signals: 4, contactMoments: 2 });
    expect(rowOf(DELFT, { from: '2026-03-01', to: '2026-03-10' })).toMatchObject({ signals: 1, contactMoments: 0 });
    expect(rowOf(LEIDEN, { from: '2026-03-11', to: '2026-03-11' })).toMatchObject({ signals: 1, contactMoments: 1 });
  });

  it('counts days since the last contact to the end of the period, or to today when that is earlier', () => {
    insertTestContactMoment(file.db, { municipalities: [GOUDA], heldOn: '2025-12-01' });
    insertTestContactMoment(file.db, { municipalities: [GOUDA], heldOn: '2026-03-05' });
    // Last contact ever, counted to today.
    expect(rowOf(GOUDA)).toMatchObject({ lastContactOn: '2026-03-05', daysSinceContact: 10, contactMoments: 1 });
    // A period ending in the future still counts to today.
    expect(rowOf(GOUDA, { to: '2026-06-30' })).toMatchObject({ lastContactOn: '2026-03-05', daysSinceContact: 10 });
    // A past period shows the situation at its end: the later contact did not yet exist.
    expect(rowOf(GOUDA, { from: '2026-01-01', to: '2026-01-31' })).toMatchObject({
      lastContactOn: '2025-12-01',
      daysSinceContact: 61,
      contactMoments: 0,
    });
    expect(rowOf(GOUDA, { from: '2025-11-01', to: '2025-11-30' })).toMatchObject({ lastContactOn: null, daysSinceContact: null });
  });

  it('separates open from overdue actions with the fixed clock, and counts an action once per municipality', () => {
    const signal = insertTestSignal(file.db, { municipalities: [ZWOLLE] });
    const moment = insertTestContactMoment(file.db, { municipalities: [ZWOLLE, ASSEN], heldOn: '2026-01-10' });
    const aCase = insertTestCase(file.db, { municipalities: [ZWOLLE] });
    insertTestAction(file.db, { signalId: signal.id, dueOn: '2026-03-14' }); // overdue
    insertTestAction(file.db, { contactMomentId: moment.id, status: 'lopend', dueOn: '2026-02-01' }); // overdue
    insertTestAction(file.db, { caseId: aCase.id, dueOn: TODAY }); // due today: open, not overdue
    insertTestAction(file.db, { signalId: signal.id, dueOn: null }); // no due date: never overdue
    insertTestAction(file.db, { signalId: signal.id, contactMomentId: moment.id, caseId: aCase.id, dueOn: '2026-03-01' }); // three paths, one action
    insertTestAction(file.db, { signalId: signal.id, status: 'afgerond', dueOn: '2026-01-01' });
    insertTestAction(file.db, { caseId: aCase.id, status: 'vervallen', dueOn: '2026-01-01' });
    expect(rowOf(ZWOLLE)).toMatchObject({ openActions: 5, overdueActions: 3 });
    // Assen shares only the contact moment: its two actions.
    expect(rowOf(ASSEN)).toMatchObject({ openActions: 2, overdueActions: 2 });
    // Overdue depends on today, not on the period.
    expect(networkOverview(file.db, { from: '2025-01-01', to: '2025-01-31', municipalities: [ZWOLLE] }, new Date('2026-02-15T12:00:00Z')).rows[0])
      .toMatchObject({ openActions: 5, overdueActions: 1 });
  });

  it('leaves out deleted signals, contact moments and actions, and actions linked only through deleted records', () => {
    const code = 'GM0153'; // Enschede
    insertTestSignal(file.db, { municipalities: [code], receivedOn: '2026-03-03', deleted: true });
    const deletedMoment = insertTestContactMoment(file.db, { municipalities: [code], heldOn: '2026-03-04', deleted: true });
    const deletedSignal = insertTestSignal(file.db, { municipalities: [code], receivedOn: '2025-06-01', deleted: true });
    const deletedCase = insertTestCase(file.db, { municipalities: [code], deleted: true });
    const live = insertTestSignal(file.db, { municipalities: [code], receivedOn: '2025-06-01' });
    insertTestAction(file.db, { contactMomentId: deletedMoment.id });
    insertTestAction(file.db, { signalId: deletedSignal.id });
    insertTestAction(file.db, { caseId: deletedCase.id });
    insertTestAction(file.db, { signalId: live.id, deleted: true });
    expect(rowOf(code)).toMatchObject({ signals: 0, contactMoments: 0, lastContactOn: null, openActions: 0, overdueActions: 0 });
  });

  it('sorts in SQL on every column; never contacted counts as longest ago; ties by name', () => {
    const codes = ['GM0518', 'GM0599', 'GM0363', 'GM0344']; // Den Haag, Rotterdam, Amsterdam, Utrecht
    insertTestContactMoment(file.db, { municipalities: ['GM0599'], heldOn: '2026-03-10' });
    insertTestContactMoment(file.db, { municipalities: ['GM0363'], heldOn: '2026-01-10' });
    insertTestSignal(file.db, { municipalities: ['GM0344'], receivedOn: '2026-03-02' });
    insertTestSignal(file.db, { municipalities: ['GM0344'], receivedOn: '2026-03-03' });
    insertTestSignal(file.db, { municipalities: ['GM0599'], receivedOn: '2026-03-03' });
    const names = (column: string, direction: 'asc' | 'desc') =>
      overview({ municipalities: codes, sort: { column: column as 'name', direction } }).map((row) => row.name);

    expect(names('daysSinceContact', 'desc')).toEqual(["'s-Gravenhage", 'Utrecht', 'Amsterdam', 'Rotterdam']);
    expect(names('daysSinceContact', 'asc')).toEqual(['Rotterdam', 'Amsterdam', "'s-Gravenhage", 'Utrecht']);
    expect(names('signals', 'desc')).toEqual(['Utrecht', 'Rotterdam', "'s-Gravenhage", 'Amsterdam']);
    expect(names('signals', 'asc')).toEqual(["'s-Gravenhage", 'Amsterdam', 'Rotterdam', 'Utrecht']);
    expect(names('name', 'asc')).toEqual(["'s-Gravenhage", 'Amsterdam', 'Rotterdam', 'Utrecht']);
    expect(names('name', 'desc')).toEqual(['Utrecht', 'Rotterdam', 'Amsterdam', "'s-Gravenhage"]);
    expect(names('contactMoments', 'desc').slice(0, 1)).toEqual(['Rotterdam']);
    // Default: attention first (none of these), then longest since contact.
    expect(overview({ municipalities: codes }).map((row) => row.code)[0]).toBe('GM0518');
  });

  it('sorts by open and overdue actions, and by province', () => {
    const [a, b] = ['GM0289', 'GM0294']; // Wageningen, Winterswijk (Gelderland)
    const signalA = insertTestSignal(file.db, { municipalities: [a], receivedOn: '2025-01-01' });
    const signalB = insertTestSignal(file.db, { municipalities: [b], receivedOn: '2025-01-01' });
    insertTestAction(file.db, { signalId: signalA.id, dueOn: '2026-04-01' });
    insertTestAction(file.db, { signalId: signalA.id, dueOn: '2026-04-02' });
    insertTestAction(file.db, { signalId: signalB.id, dueOn: '2026-03-01' });
    const codes = [a, b, 'GM0088'];
    const order = (column: 'openActions' | 'overdueActions' | 'provinceName', direction: 'asc' | 'desc' = 'desc') =>
      overview({ municipalities: codes, sort: { column, direction } }).map((row) => row.code);
    expect(order('openActions')).toEqual([a, b, 'GM0088']);
    expect(order('overdueActions')).toEqual([b, 'GM0088', a]);
    expect(order('provinceName', 'asc')).toEqual(['GM0088', a, b]);
  });

  it('shows only municipalities with activity in the period or open actions when asked', () => {
    const [quiet, talked, pending] = ['GM0014', 'GM0034', 'GM0050']; // Groningen, Almere, Zeewolde
    insertTestContactMoment(file.db, { municipalities: [quiet], heldOn: '2025-05-01' });
    insertTestContactMoment(file.db, { municipalities: [talked], heldOn: '2026-03-02' });
    const old = insertTestSignal(file.db, { municipalities: [pending], receivedOn: '2025-05-01' });
    insertTestAction(file.db, { signalId: old.id, dueOn: null });
    const codes = [quiet, talked, pending, 'GM0088'];
    expect(overview({ municipalities: codes }).map((row) => row.code).sort()).toEqual([...codes].sort());
    expect(overview({ municipalities: codes, onlyActive: true }).map((row) => row.code).sort()).toEqual([talked, pending].sort());
  });

  it('refuses a reversed period and unknown municipalities or provinces, naming the field', () => {
    expect(errorOf(() => networkOverview(file.db, { from: '2026-03-10', to: '2026-03-01' }, now)).issues).toEqual([
      { path: 'from', message: 'validation.periodOrder' },
    ]);
    expect(errorOf(() => networkOverview(file.db, { from: '2026-03-01', to: TODAY, municipalities: ['GM9999'] }, now)).issues).toEqual([
      { path: 'municipalities', message: 'validation.unknownMunicipality' },
    ]);
    expect(errorOf(() => networkOverview(file.db, { from: '2026-03-01', to: TODAY, provinces: ['PV99'] }, now)).issues).toEqual([
      { path: 'provinces', message: 'validation.province' },
    ]);
    expect(errorOf(() => networkOverview(file.db, { from: '2026-02-30', to: TODAY }, now)).code).toBe('INVALID_INPUT');
  });

  it('offers the last N days as the default period', () => {
    expect(periodEndingOn(TODAY, 90)).toEqual({ from: '2025-12-16', to: TODAY });
    expect(periodEndingOn('2026-03-01', 1)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});

describe('the network channels', () => {
  it('answer through the handler table with the handlers\u2019 clock, and report unknown municipalities as NOT_FOUND', async () => {
    const dir = tempDir();
    const session = new CaseFileSession();
    const take = async () => null;
    const handlers = createHandlers({
      session,
      appState: new AppStateStore(path.join(dir, 'app')),
      // No dialog is opened by these channels; every one answers "cancelled".
      dialogs: new Proxy({}, { get: () => take }) as Dialogs,
      dataDir: path.join(dir, 'app'),
      now: () => now,
    });
    session.create({ path: path.join(dir, 'netwerk.ess'), passphrase: PASSPHRASE, adviser: ADVISER });
    try {
      const list = await dispatch(handlers, 'municipalities.list', { provinces: ['PV29'] });
      const rows = list.ok ? (list.value as { provinceCode: string }[]) : [];
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.every((row) => row.provinceCode === 'PV29')).toBe(true);
      const overviewResult = await dispatch(handlers, 'network.overview', { from: '2026-01-01', to: TODAY });
      expect(overviewResult).toMatchObject({ ok: true, value: { today: TODAY } });
      const page = await dispatch(handlers, 'municipalities.get', { code: 'GM0363' });
      expect(page).toMatchObject({ ok: true, value: { name: 'Amsterdam', counts: { signals: 0 } } });
      expect(await dispatch(handlers, 'municipalities.get', { code: 'GM9999' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await dispatch(handlers, 'network.overview', { from: '2026-01-01', to: TODAY, sort: { column: 'x', direction: 'asc' } }))
        .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      session.close();
    }
  });
});
