import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_LIMIT } from '../../db/repositories/municipalityDetail';
import { getMunicipality } from '../../electron/services/network/municipalityDetail';
import { listMunicipalities, provinceCodeFor } from '../../electron/services/network/municipalities';
import { errorOf, FIXED_NOW, insertTestSignal, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import {
  insertTestAction,
  insertTestCase,
  insertTestContactMoment,
  insertTestOrganisation,
  insertTestPerson,
} from '../support/networkFixtures';

let file: TestCaseFile;
const now = new Date(FIXED_NOW); // 2026-03-15

beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => file.close());

describe('the municipality register', () => {
  it('lists the 342 current municipalities by name with code, province and validity', () => {
    const rows = listMunicipalities(file.db, {});
    expect(rows).toHaveLength(342);
    expect(rows.find((row) => row.code === 'GM0363')).toEqual({
      code: 'GM0363',
      name: 'Amsterdam',
      provinceCode: 'PV27',
      provinceName: 'Noord-Holland',
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validTo: null,
      mergedInto: null,
    });
    const names = rows.map((row) => row.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(rows.map((row) => row.provinceCode)).size).toBe(12);
  });

  it('filters by province code, or by name in any case and with or without diacritics', () => {
    const friesland = listMunicipalities(file.db, { provinces: ['PV21'] });
    expect(friesland.length).toBeGreaterThan(10);
    expect(friesland.every((row) => row.provinceName === 'Fryslân')).toBe(true);
    for (const name of ['Fryslân', 'fryslan', 'FRIESLAND', 'PV21']) {
      expect(listMunicipalities(file.db, { provinceName: name }).map((row) => row.code)).toEqual(friesland.map((row) => row.code));
    }
    expect(provinceCodeFor(file.db, 'noord-holland')).toBe('PV27');
    const both = listMunicipalities(file.db, { provinces: ['PV21', 'PV22'] });
    expect(both.length).toBe(friesland.length + listMunicipalities(file.db, { provinces: ['PV22'] }).length);
  });

  it('finds municipalities by part of the name (diacritics folded) or by code', () => {
    expect(listMunicipalities(file.db, { text: 'sudwest' }).map((row) => row.name)).toEqual(['Súdwest-Fryslân']);
    expect(listMunicipalities(file.db, { text: 'gm0363' }).map((row) => row.name)).toEqual(['Amsterdam']);
    expect(listMunicipalities(file.db, { text: 'DAM', provinceName: 'Zuid-Holland' }).map((row) => row.name)).toContain('Rotterdam');
    expect(listMunicipalities(file.db, { text: 'dam', provinceName: 'Zuid-Holland' }).map((row) => row.name)).not.toContain('Amsterdam');
  });

  it('refuses an unknown province, naming the field', () => {
    const error = errorOf(() => listMunicipalities(file.db, { provinceName: 'Brabant-Zuid' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([{ path: 'province', message: 'validation.province' }]);
    expect(error.message).toContain('Brabant-Zuid');
    expect(errorOf(() => listMunicipalities(file.db, { provinces: ['Utrecht'] })).issues?.[0]?.path).toBe('provinces.0');
  });

  it('shows former municipalities only when asked', () => {
    file.db
      .prepare(
        `INSERT INTO municipalities (code, name, province_code, province_name, valid_from, valid_to, merged_into)
         VALUES ('GM9001', 'Oudewater-Oost', 'PV26', 'Utrecht', '1990-01-01', '2021-12-31', 'GM0344')`,
      )
      .run();
    expect(listMunicipalities(file.db, { text: 'oudewater-oost' })).toEqual([]);
    const former = listMunicipalities(file.db, { text: 'oudewater-oost', includeFormer: true });
    expect(former).toEqual([expect.objectContaining({ code: 'GM9001', validTo: '2021-12-31', mergedInto: 'GM0344' })]);
    expect(getMunicipality(file.db, 'GM9001', now).name).toBe('Oudewater-Oost');
  });
});

describe('the municipality page', () => {
  it('refuses unknown and malformed codes', () => {
    expect(errorOf(() => getMunicipality(file.db, 'GM9999', now)).code).toBe('NOT_FOUND');
    expect(errorOf(() => getMunicipality(file.db, 'Amsterdam', now)).code).toBe('INVALID_INPUT');
  });

  it('is empty for a municipality without anything linked', () => {
    const page = getMunicipality(file.db, 'GM0088', now);
    expect(page).toMatchObject({
      name: 'Schiermonnikoog',
      provinceName: 'Fryslân',
      lastContactOn: null,
      counts: { signals: 0, cases: 0, contactMoments: 0, organisations: 0, persons: 0, openActions: 0 },
      signals: [],
      openActions: [],
    });
  });

  it('gathers live signals, cases, contact moments, organisations and their persons, newest first', () => {
    const code = 'GM0599'; // Rotterdam
    const older = insertTestSignal(file.db, { municipalities: [code], receivedOn: '2026-01-05', title: 'Oudere melding' });
    const newer = insertTestSignal(file.db, { municipalities: [code, 'GM0363'], receivedOn: '2026-03-02', title: 'Nieuwe melding' });
    insertTestSignal(file.db, { municipalities: [code], deleted: true });
    insertTestSignal(file.db, { municipalities: ['GM0363'] });
    const aCase = insertTestCase(file.db, { municipalities: [code], title: 'Havenwijk' });
    insertTestCase(file.db, { municipalities: [code], deleted: true });
    const first = insertTestContactMoment(file.db, { municipalities: [code], heldOn: '2026-02-10' });
    const last = insertTestContactMoment(file.db, { municipalities: [code, 'GM0363'], heldOn: '2026-03-04', subject: 'Kennissessie' });
    // A later contact moment that was deleted does not count as the last contact.
    insertTestContactMoment(file.db, { municipalities: [code], heldOn: '2026-03-12', deleted: true });
    const mosque = insertTestOrganisation(file.db, { name: 'Moskee Al Noor', type: 'gebedshuis', municipalities: [code] });
    const city = insertTestOrganisation(file.db, { name: 'Gemeente Rotterdam', type: 'gemeente', municipalities: [code] });
    const gone = insertTestOrganisation(file.db, { name: 'Opgeheven stichting', municipalities: [code], deleted: true });
    const chair = insertTestPerson(file.db, { name: 'Youssef Bakkali', role: 'bestuurder', organisationId: mosque.id });
    const official = insertTestPerson(file.db, { name: 'Anke de Boer', role: 'beleidsambtenaar', organisationId: city.id });
    insertTestPerson(file.db, { name: 'Verwijderd Persoon', organisationId: city.id, deleted: true });
    insertTestPerson(file.db, { name: 'Van Opgeheven', organisationId: gone.id });

    const page = getMunicipality(file.db, code, now);
    expect(page.counts).toEqual({ signals: 2, cases: 1, contactMoments: 2, organisations: 2, persons: 2, openActions: 0 });
    expect(page.lastContactOn).toBe('2026-03-04');
    expect(page.signals.map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(page.signals[0]).toEqual({ id: newer.id, number: newer.number, title: 'Nieuwe melding', receivedOn: '2026-03-02', status: 'nieuw' });
    expect(page.cases).toEqual([{ id: aCase.id, number: aCase.number, title: 'Havenwijk', status: 'open', startOn: '2026-02-01' }]);
    expect(page.contactMoments.map((c) => c.id)).toEqual([last.id, first.id]);
    expect(page.contactMoments[0]).toMatchObject({ heldOn: '2026-03-04', form: 'overleg', subject: 'Kennissessie' });
    expect(page.organisations.map((o) => o.name)).toEqual(['Gemeente Rotterdam', 'Moskee Al Noor']);
    expect(page.persons).toEqual([
      { id: official.id, name: 'Anke de Boer', role: 'beleidsambtenaar', organisationName: 'Gemeente Rotterdam' },
      { id: chair.id, name: 'Youssef Bakkali', role: 'bestuurder', organisationName: 'Moskee Al Noor' },
    ]);
  });

  it('counts each open action once, whichever contact moment, signal or case links it', () => {
    const code = 'GM0344'; // Utrecht
    const signal = insertTestSignal(file.db, { municipalities: [code] });
    const otherSignal = insertTestSignal(file.db, { municipalities: ['GM0014'] });
    const deletedSignal = insertTestSignal(file.db, { municipalities: [code], deleted: true });
    const aCase = insertTestCase(file.db, { municipalities: [code, 'GM0363'] });
    const moment = insertTestContactMoment(file.db, { municipalities: [code] });
    const deletedMoment = insertTestContactMoment(file.db, { municipalities: [code], deleted: true });

    const viaMoment = insertTestAction(file.db, { contactMomentId: moment.id, dueOn: '2026-03-14', description: 'Via contactmoment' });
    const viaSignal = insertTestAction(file.db, { signalId: signal.id, status: 'lopend', dueOn: '2026-03-15' });
    const viaCase = insertTestAction(file.db, { caseId: aCase.id, dueOn: null });
    // Linked three ways to the same municipality: still one action.
    const viaAll = insertTestAction(file.db, { contactMomentId: moment.id, signalId: signal.id, caseId: aCase.id, dueOn: '2026-03-01' });
    insertTestAction(file.db, { contactMomentId: moment.id, status: 'afgerond' });
    insertTestAction(file.db, { signalId: signal.id, status: 'vervallen' });
    insertTestAction(file.db, { caseId: aCase.id, deleted: true });
    insertTestAction(file.db, { signalId: otherSignal.id });
    insertTestAction(file.db, { signalId: deletedSignal.id });
    insertTestAction(file.db, { contactMomentId: deletedMoment.id });

    const page = getMunicipality(file.db, code, now);
    expect(page.counts.openActions).toBe(4);
    // Due date first (none last); overdue means before today (2026-03-15), not on it.
    expect(page.openActions.map((a) => [a.id, a.overdue])).toEqual([
      [viaAll.id, true],
      [viaMoment.id, true],
      [viaSignal.id, false],
      [viaCase.id, false],
    ]);
    expect(page.openActions[1]).toMatchObject({
      number: viaMoment.number,
      description: 'Via contactmoment',
      kind: 'advies',
      status: 'open',
      dueOn: '2026-03-14',
      ownerName: null,
      linkedTo: moment.number,
    });
    expect(page.openActions[3]?.linkedTo).toBe(aCase.number);
    // Amsterdam sees the case's action, not the ones of Utrecht's signal and contact moment.
    expect(getMunicipality(file.db, 'GM0363', now).openActions.map((a) => a.id)).toEqual(expect.arrayContaining([viaAll.id, viaCase.id]));
    expect(getMunicipality(file.db, 'GM0363', now).openActions.map((a) => a.id)).not.toContain(viaMoment.id);
  });

  it('caps the lists but not the counts', () => {
    const code = 'GM0202'; // Arnhem
    for (let i = 0; i < LIST_LIMIT + 5; i += 1) {
      insertTestSignal(file.db, { municipalities: [code], receivedOn: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10` });
    }
    const page = getMunicipality(file.db, code, now);
    expect(page.counts.signals).toBe(LIST_LIMIT + 5);
    expect(page.signals).toHaveLength(LIST_LIMIT);
    expect(page.signals[0]?.receivedOn).toBe('2025-12-10');
  });
});
