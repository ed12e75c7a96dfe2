import { describe, expect, it } from 'vitest';
import type { CampaignVisit, Election } from '../../shared/domain/election';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { failureLine, runEss } from '../support/cli';

const env = { ESS_PASSPHRASE: PASSPHRASE };
// Every run starts the CLI and derives the key (~1 s; up to ~12 s each on this shared, busy machine).
const CLI_TIMEOUT = 240_000;
const ess = (args: string[]) => runEss(args, env);
const json = <T>(args: string[]): T => {
  const run = ess([...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
};

// Far enough ahead that the test does not age: a Turkish election in 2099 and its window.
describe('ess election and ess campaign-visit', () => {
  it('adds an election, lists it with its window, and flags a visit inside the window', () => {
    const file = newCaseFile();
    const added = ess([
      'election', 'add', file, '--country', 'TR', '--kind', 'presidentieel', '--date', '2099-05-31',
      '--source', 'YSK, besluit 2099/1', '--verified-on', '2026-01-05', '--title', 'Presidentsverkiezing',
    ]);
    expect(added.stderr).toBe('');
    expect(added.stdout.trim()).toMatch(/^VK-\d{4}-\d{4} {2}window from 2099-02-28$/);
    const number = added.stdout.trim().split(' ')[0]!;
    const eu = ess(['election', 'add', file, '--country', 'PL', '--kind', 'parlementair', '--date', '2099-10-01', '--precision', 'month', '--source', 'PKW']);
    expect(eu.status, eu.stderr).toBe(0);

    const listed = json<Election[]>(['election', 'list', file, '--upcoming']);
    expect(listed.every((e) => e.date >= '2026')).toBe(true);
    // Soonest first: the starter list's expected elections (2027 onwards) come before these two.
    expect(listed.slice(-2).map((e) => [e.number, e.country, e.date, e.status, e.campaignWindowFrom])).toEqual([
      [number, 'TR', '2099-05-31', 'aangekondigd', '2099-02-28'],
      [expect.stringMatching(/^VK-/), 'PL', '2099-10-01', 'verwacht', null],
    ]);
    // The starter list is there too, past elections after the upcoming ones.
    const all = json<Election[]>(['election', 'list', file]);
    expect(all.length).toBeGreaterThan(listed.length);
    const table = ess(['election', 'list', file, '--search', 'turk']);
    expect(table.stdout).toContain(`${number}  2099-05-31`);
    expect(table.stdout).toContain('window from 2099-02-28');

    const flagged = ess([
      'campaign-visit', 'add', file, '--election', number, '--visitor', 'Minister van Buitenlandse Zaken', '--government', 'TR',
      '--date', '2099-04-01', '--place', 'Ahoy', '--municipality', 'GM0599', '--notified-on', '2099-03-01',
    ]);
    expect(flagged.stdout.trim()).toMatch(/^CB-\d{4}-0001 {2}FLAGGED: non-EU government inside the campaign window$/);
    const outside = ess([
      'campaign-visit', 'add', file, '--election', number, '--visitor', 'Parlementslid', '--government', 'TR',
      '--date', '2099-01-10', '--place', 'Congrescentrum',
    ]);
    expect(outside.stdout.trim()).toMatch(/^CB-\d{4}-0002$/);

    const visits = json<CampaignVisit[]>(['campaign-visit', 'list', file, '--election', number]);
    expect(visits.map((v) => [v.date, v.insideWindow, v.flagged])).toEqual([
      ['2099-04-01', true, true],
      ['2099-01-10', false, false],
    ]);
    const text = ess(['campaign-visit', 'list', file]);
    expect(text.stdout).toContain('2 visits, 1 flagged');
    expect(text.stdout.split('\n')[0]).toMatch(/^! {2}CB-/);
  }, CLI_TIMEOUT);

  it('refuses a bad country, a missing source and an unknown election with one clear line, exit 1', () => {
    const file = newCaseFile();
    const before = json<Election[]>(['election', 'list', file]).length;
    expect(failureLine(ess(['election', 'add', file, '--country', 'XY', '--kind', 'parlementair', '--date', '2099-01-01', '--source', 'x']))).toBe(
      'error INVALID_INPUT: Election: country: Choose a country from the list (two-letter ISO code, e.g. TR).',
    );
    expect(failureLine(ess(['election', 'add', file, '--country', 'TR', '--kind', 'parlementair', '--date', '2099-01-01']))).toContain(
      'source: Give the source of the date',
    );
    expect(failureLine(ess(['election', 'add', file, '--country', 'TR', '--kind', 'gemeente', '--date', '2099-01-01', '--source', 'x']))).toContain(
      'kind: Choose a kind of election from the list.',
    );
    expect(json<Election[]>(['election', 'list', file])).toHaveLength(before);
    expect(
      failureLine(ess(['campaign-visit', 'add', file, '--election', 'VK-1999-0001', '--visitor', 'x', '--government', 'TR', '--date', '2099-01-01', '--place', 'x'])),
    ).toBe('error NOT_FOUND: No election VK-1999-0001');
    // A usage error (a round beyond 3) exits 2 before anything is opened.
    expect(ess(['election', 'add', file, '--country', 'TR', '--kind', 'parlementair', '--date', '2099-01-01', '--round', '4']).status).toBe(2);
  }, CLI_TIMEOUT);
});
