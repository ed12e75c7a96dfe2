import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureLine, runEss } from '../support/cli';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

const env = { ESS_PASSPHRASE: PASSPHRASE };
// Every run starts the CLI and derives the key (~1 s, several on a busy machine): room for a dozen runs per test.
const CLI_TIMEOUT = 120_000;
const ess = (args: string[]) => runEss(args, env);
const json = <T>(args: string[]): T => {
  const run = ess([...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
};
const auditEntries = (file: string) => json<{ counts: { auditEntries: number } }>(['info', file]).counts.auditEntries;

describe('ess org', () => {
  it('adds organisations and lists them with filters', () => {
    const file = newCaseFile();
    const first = ess(['org', 'add', file, '--name', 'Moskee Mevlana', '--type', 'gebedshuis', '--municipality', 'GM0599', '--notes', 'Bij de markt']);
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toMatch(/^ORG-\d{4}-0001$/);
    expect(ess(['org', 'add', file, '--name', 'Gemeente Utrecht', '--type', 'gemeente', '--municipality', 'GM0344']).stdout.trim()).toMatch(/-0002$/);

    const all = json<{ total: number; rows: { name: string; municipalityNames: string[]; personCount: number }[] }>(['org', 'list', file]);
    expect(all.total).toBe(2);
    expect(all.rows.map((row) => row.name)).toEqual(['Gemeente Utrecht', 'Moskee Mevlana']);
    expect(all.rows[1]).toMatchObject({ municipalityNames: ['Rotterdam'], personCount: 0 });
    expect(json<{ rows: { name: string }[] }>(['org', 'list', file, '--type', 'gebedshuis']).rows.map((row) => row.name)).toEqual(['Moskee Mevlana']);
    expect(json<{ total: number }>(['org', 'list', file, '--municipality', 'GM0344']).total).toBe(1);
    expect(json<{ total: number }>(['org', 'list', file, '--search', 'markt']).total).toBe(1);
    const text = ess(['org', 'list', file, '--limit', '1']);
    expect(text.stdout.split('\n')[0]?.split(/ {2,}/)).toEqual([expect.stringMatching(/^ORG-\d{4}-0002$/), 'gemeente', 'Gemeente Utrecht', '(Utrecht)', '0 persons', 'no contact']);
    expect(text.stdout).toContain('1 of 2 organisations');
  }, CLI_TIMEOUT);

  it('names the bad field, exits 1 and writes nothing', () => {
    const file = newCaseFile();
    const entries = auditEntries(file);
    expect(failureLine(ess(['org', 'add', file, '--name', 'X', '--type', 'gemeente', '--municipality', 'GM9999']))).toMatch(
      /^error INVALID_INPUT: Organisation: municipalities: Unknown municipality.*GM9999/,
    );
    expect(failureLine(ess(['org', 'add', file, '--name', 'X', '--type', 'vereniging']))).toMatch(/^error INVALID_INPUT: Organisation: type: /);
    expect(failureLine(ess(['org', 'list', file, '--type', 'vereniging']))).toMatch(/^error INVALID_INPUT: Organisation list: filters\.types\.0/);
    expect(json<{ total: number }>(['org', 'list', file]).total).toBe(0);
    expect(auditEntries(file)).toBe(entries);
  }, CLI_TIMEOUT);
});

describe('ess contact', () => {
  it('adds persons (linked by organisation number) and lists them, also as the review list', () => {
    const file = newCaseFile();
    const org = ess(['org', 'add', file, '--name', 'Moskee Mevlana', '--type', 'gebedshuis']).stdout.trim();
    const added = ess([
      'contact', 'add', file, '--name', 'Hasan Kaya', '--role', 'sleutelfiguur', '--function', 'Imam', '--org', org,
      '--email', 'h.kaya@example.org', '--phone', '010-1234567', '--legal-basis', 'gerechtvaardigd-belang',
    ]);
    expect(added.stderr).toBe('');
    const number = added.stdout.trim();
    expect(number).toMatch(/^PER-\d{4}-0001$/);
    const due = ess(['contact', 'add', file, '--name', 'Eva Jansen', '--role', 'wijkagent', '--review', '2020-01-01']).stdout.trim();

    const all = json<{ total: number; rows: { number: string; organisationName: string | null; reviewOn: string; role: string }[] }>([
      'contact', 'list', file,
    ]);
    expect(all.total).toBe(2);
    const hasan = all.rows.find((row) => row.number === number);
    expect(hasan).toMatchObject({ organisationName: 'Moskee Mevlana', role: 'sleutelfiguur' });
    // The review date defaults to a year from today.
    expect(Number(hasan?.reviewOn.slice(0, 4))).toBe(new Date().getFullYear() + 1);
    expect(json<{ rows: { number: string }[] }>(['contact', 'list', file, '--review-due']).rows.map((row) => row.number)).toEqual([due]);
    expect(json<{ rows: { number: string }[] }>(['contact', 'list', file, '--org', org]).rows.map((row) => row.number)).toEqual([number]);
    expect(json<{ total: number }>(['contact', 'list', file, '--search', 'imam']).total).toBe(1);
    expect(ess(['contact', 'list', file]).stdout).toContain('2 of 2 contact persons');
  }, CLI_TIMEOUT);

  it('exports a person to a new text file and erases them only with the confirmed name', () => {
    const file = newCaseFile();
    const due = ess(['contact', 'add', file, '--name', 'Eva Jansen', '--role', 'wijkagent']).stdout.trim();
    const number = ess(['contact', 'add', file, '--name', 'Hasan Kaya', '--role', 'sleutelfiguur', '--legal-basis', 'gerechtvaardigd-belang']).stdout.trim();
    const out = path.join(tempDir(), 'inzage.txt');
    const exported = ess(['contact', 'export', file, '--id', number, '--out', out]);
    expect(exported.stderr).toBe('');
    expect(exported.stdout.trim()).toBe(out);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('Inzage persoonsgegevens (artikel 15 AVG)');
    expect(text).toContain('Hasan Kaya');
    expect(text).toContain('Gerechtvaardigd belang');
    // An existing file is never overwritten.
    expect(failureLine(ess(['contact', 'export', file, '--id', number, '--out', out]))).toMatch(/^error FILE_EXISTS: /);

    const entries = auditEntries(file);
    const unconfirmed = ess(['contact', 'erase', file, '--id', number]);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toMatch(/^error: --confirm-name is required/);
    expect(failureLine(ess(['contact', 'erase', file, '--id', number, '--confirm-name', 'Hasan']))).toMatch(
      /^error INVALID_INPUT: Erase contact person: confirmName: /,
    );
    expect(auditEntries(file)).toBe(entries);
    const erased = ess(['contact', 'erase', file, '--id', number, '--confirm-name', 'Hasan Kaya']);
    expect(erased.stderr).toBe('');
    // Two payloads of the person's own: the creation and the (audited) export.
    expect(erased.stdout.trim()).toBe(`${number} erased: 0 linked records redacted, 2 audit payloads erased`);
    expect(json<{ rows: { number: string }[] }>(['contact', 'list', file]).rows.map((row) => row.number)).toEqual([due]);
    expect(failureLine(ess(['contact', 'export', file, '--id', number, '--out', path.join(tempDir(), 'weg.txt')]))).toMatch(
      /^error NOT_FOUND: /,
    );
    expect(ess(['verify', file]).status).toBe(0);
  }, CLI_TIMEOUT);

  it('names the bad field, exits 1 and writes nothing', () => {
    const file = newCaseFile();
    const entries = auditEntries(file);
    const add = (extra: string[]) => ess(['contact', 'add', file, '--name', 'Piet', '--role', 'professional', ...extra]);
    expect(failureLine(add(['--email', 'piet@']))).toBe('error INVALID_INPUT: Contact person: email: Enter a valid email address.');
    expect(failureLine(add(['--org', 'ORG-2026-0099']))).toMatch(/^error INVALID_INPUT: Contact person: organisationId: Unknown organisation.*ORG-2026-0099/);
    expect(failureLine(add(['--review', '2027-02-30']))).toMatch(/reviewOn: Enter a valid date/);
    expect(failureLine(ess(['contact', 'add', file, '--name', 'Piet', '--role', 'buurman']))).toMatch(/role: /);
    expect(failureLine(ess(['contact', 'list', file, '--org', 'ORG-2026-0099']))).toMatch(/organisationIds: Unknown organisation/);
    const out = path.join(tempDir(), 'x.txt');
    expect(failureLine(ess(['contact', 'export', file, '--id', 'PER-2026-0099', '--out', out]))).toMatch(/^error NOT_FOUND: /);
    expect(fs.existsSync(out)).toBe(false);
    expect(failureLine(ess(['contact', 'erase', file, '--id', 'PER-2026-0099', '--confirm-name', 'Piet']))).toMatch(/^error NOT_FOUND: /);
    expect(json<{ total: number }>(['contact', 'list', file]).total).toBe(0);
    expect(auditEntries(file)).toBe(entries);
  }, CLI_TIMEOUT);
});
