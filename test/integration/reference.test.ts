import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceData } from '../../electron/services/reference';
import { DEFAULT_SOURCE_TYPES, DEFAULT_THEMES } from '../../shared/domain/enums';
import { insertTestAdviser, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => file.close());

describe('reference data', () => {
  it('offers the current municipality register, sorted by name, with its 12 provinces', () => {
    const data = referenceData(file.db);
    expect(data.municipalities).toHaveLength(342);
    expect(data.municipalities.find((m) => m.code === 'GM0363')).toEqual({
      code: 'GM0363',
      name: 'Amsterdam',
      provinceCode: 'PV27',
      provinceName: 'Noord-Holland',
    });
    const names = data.municipalities.map((m) => m.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(data.provinces).toHaveLength(12);
    expect(data.provinces.map((p) => p.name)).toContain('Fryslân');
    expect(new Set(data.provinces.map((p) => p.code)).size).toBe(12);
  });

  it('offers the active themes and source types in their list order', () => {
    const data = referenceData(file.db);
    expect(data.themes.map((t) => t.code)).toEqual(DEFAULT_THEMES.map((t) => t.code));
    expect(data.sourceTypes.map((t) => t.code)).toEqual(DEFAULT_SOURCE_TYPES.map((t) => t.code));
    expect(data.themes[0]).toEqual({ code: 'polarisatie', nl: 'Polarisatie', en: 'Polarisation', active: true });

    file.db.prepare("UPDATE themes SET active = 0 WHERE code = 'desinformatie'").run();
    expect(referenceData(file.db).themes.map((t) => t.code)).not.toContain('desinformatie');
  });

  it('lists the advisers by name', () => {
    insertTestAdviser(file.db, 'Anna Aalders', 'AA');
    expect(referenceData(file.db).advisers.map(({ name, initials }) => [name, initials])).toEqual([
      ['Anna Aalders', 'AA'],
      ['Test Adviseur', 'TA'],
    ]);
  });
});
