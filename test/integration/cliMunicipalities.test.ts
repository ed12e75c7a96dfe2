import { beforeEach, describe, expect, it } from 'vitest';
import { failureLine, runEss } from '../support/cli';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';

const env = { ESS_PASSPHRASE: PASSPHRASE };

interface JsonMunicipality {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  validFrom: string;
  validTo: string | null;
}

// tempDir() folders go after each test, so each test makes its own file.
let file: string;
beforeEach(() => {
  file = newCaseFile();
});

describe('ess municipality list', () => {
  it('prints code, name and province of all 342 municipalities', () => {
    const run = runEss(['municipality', 'list', file], env);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(343);
    expect(lines.at(-1)).toBe('342 municipalities');
    expect(lines).toContainEqual(expect.stringMatching(/^GM0363\s+Amsterdam\s+Noord-Holland$/));
  });

  it('filters by province name in any case, and by text', () => {
    const run = runEss(['municipality', 'list', file, '--province', 'zeeland'], env);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('13 municipalities');
    expect(lines.slice(0, -1).every((line) => line.endsWith('Zeeland'))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^GM0687\s+Middelburg \(Z\.\)\s+Zeeland$/));
    const found = runEss(['municipality', 'list', file, '--province', 'Fryslan', '--search', 'sudwest'], env);
    expect(found.stdout).toMatch(/^GM1900\s+Súdwest-Fryslân\s+Fryslân\n1 municipality\n$/);
  });

  it('prints JSON with code, name, province and validity', () => {
    const run = runEss(['municipality', 'list', file, '--json', '--province', 'NOORD-HOLLAND'], env);
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as JsonMunicipality[];
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((row) => row.provinceCode === 'PV27')).toBe(true);
    expect(rows.find((row) => row.code === 'GM0363')).toEqual({
      code: 'GM0363',
      name: 'Amsterdam',
      provinceCode: 'PV27',
      provinceName: 'Noord-Holland',
      validFrom: '2026-01-01',
      validTo: null,
    });
  });

  it('refuses an unknown province with one line naming the field, and exits 1', () => {
    const line = failureLine(runEss(['municipality', 'list', file, '--province', 'Brabant'], env));
    expect(line).toMatch(/^error INVALID_INPUT: .*province: Unknown province.*Brabant/);
  });
});

describe('ess network', () => {
  it('prints the overview of a province for a period, and refuses a reversed period', () => {
    const run = runEss(['network', file, '--province', 'Zeeland', '--from', '2026-01-01', '--to', '2026-03-31', '--json'], env);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { from: string; to: string; rows: { provinceName: string; daysSinceContact: number | null }[] };
    expect(result).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(result.rows).toHaveLength(13);
    expect(result.rows.every((row) => row.provinceName === 'Zeeland' && row.daysSinceContact === null)).toBe(true);
    const table = runEss(['network', file, '--province', 'zeeland', '--sort', 'name', '--asc'], env);
    expect(table.stdout.split('\n')[1]).toMatch(/^name\s+province\s+signals\s+contacts\s+last contact\s+days\s+open\s+overdue$/);
    expect(table.stdout.split('\n')[2]).toMatch(/^Borsele\s+Zeeland\s+0\s+0\s+never\s+-\s+0\s+0$/);
    expect(failureLine(runEss(['network', file, '--from', '2026-05-01', '--to', '2026-01-01'], env))).toMatch(/from: .*start date is after/);
    expect(failureLine(runEss(['network', file, '--province', 'Holland'], env))).toMatch(/province: Unknown province.*Holland/);
  });
});
