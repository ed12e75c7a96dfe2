import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignal } from '../../electron/services/signals/writes';
import { addIsoWeeks, isoWeekKey, lastCompleteIsoWeek, weekStart } from '../../shared/domain/isoWeek';
import { failureLine, runEss } from '../support/cli';
import { PASSPHRASE } from '../support/caseFiles';
import { AMSTERDAM, openSignalFixture, signalDraft, UTRECHT } from '../support/signals';

const env = { ESS_PASSPHRASE: PASSPHRASE };

interface JsonReport {
  week: string;
  method: string;
  by: string;
  units: { code: string; name: string; observed: number; threshold: number; alarm: boolean; referenceFrom: string; referenceTo: string }[];
}

/*
 * Utrecht: 3 signals in 2026-W10 after six empty weeks (a Bayes alarm: the
 * threshold is 1), Amsterdam 1 (no alarm). The same spike again in the last
 * complete week of the real clock, for the default week.
 */
let file: string;
let ownDir: string | undefined;
let lastWeek: string;

function report(args: string[]): JsonReport {
  const run = runEss(['early-warning', file, '--json', ...args], env);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
}
beforeAll(() => {
  const fixture = openSignalFixture();
  const add = (observedOn: string, municipalities: string[], themes = ['polarisatie']) =>
    createSignal({ ...fixture.ctx, now: new Date() }, signalDraft({ observedOn, receivedOn: observedOn, municipalities, themes }));
  for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) add(day, [UTRECHT]);
  add('2026-03-05', [AMSTERDAM], ['discriminatie']);
  const last = lastCompleteIsoWeek(new Date());
  lastWeek = isoWeekKey(last);
  for (let i = 0; i < 3; i++) add(weekStart(last), [UTRECHT]);
  // Make sure the fixture's own week does not sit inside the reference weeks of the last complete week.
  expect(weekStart(addIsoWeeks(last, -11)) > '2026-03-08').toBe(true);
  fixture.close();
  // tempDir() folders go after each test; the three tests share this file, so it lives in a folder of its own.
  ownDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-cli-early-warning-'));
  file = path.join(ownDir, 'test.ess');
  fs.copyFileSync(fixture.filePath, file);
});
afterAll(() => {
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

describe('ess early-warning', { timeout: 180_000 }, () => {
  it('lists per municipality the count, threshold, alarm and reference weeks of the week asked for', () => {
    const run = runEss(['early-warning', file, '--week', '2026-W10'], env);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('week 2026-W10, method bayes, by municipality');
    expect(lines[1]).toMatch(/^code\s+name\s+observed\s+threshold\s+alarm\s+reference weeks$/);
    expect(lines[2]).toMatch(/^GM0344\s+Utrecht\s+3\s+1\s+yes\s+2026-W04 to 2026-W09$/);
    expect(lines[3]).toMatch(/^GM0363\s+Amsterdam\s+1\s+1\s+no\s+2026-W04 to 2026-W09$/);
    expect(lines.at(-1)).toBe('1 alarm; units not listed had no signals in the weeks compared');
  });

  it('defaults to the last complete week; --by, --method and --json choose the view', () => {
    const byDefault = report([]);
    expect(byDefault).toMatchObject({ week: lastWeek, method: 'bayes', by: 'municipality' });
    expect(byDefault.units).toEqual([expect.objectContaining({ code: UTRECHT, observed: 3, alarm: true })]);

    const themes = report(['--by', 'theme', '--week', '2026-W10', '--method', 'c1']);
    expect(themes).toMatchObject({ week: '2026-W10', method: 'c1', by: 'theme' });
    expect(themes.units.map((unit) => [unit.code, unit.name, unit.observed, unit.referenceFrom, unit.referenceTo])).toEqual([
      ['polarisatie', 'Polarisation', 3, '2026-W03', '2026-W09'],
      ['discriminatie', 'Discrimination', 1, '2026-W03', '2026-W09'],
    ]);
    const provinces = report(['--by', 'province', '--week', '2026-W10']);
    expect(provinces.units.map((unit) => [unit.code, unit.observed, unit.alarm])).toEqual([
      ['PV26', 3, true],
      ['PV27', 1, false],
    ]);
  });

  it('refuses a bad week, a week not yet ended, an unknown method or unit with a clear English error', () => {
    expect(failureLine(runEss(['early-warning', file, '--week', '2026-48'], env))).toMatch(/^error INVALID_INPUT: .*week.*YYYY-Www|^error INVALID_INPUT: .*ISO week/i);
    expect(failureLine(runEss(['early-warning', file, '--week', '2026-W54'], env))).toMatch(/^error INVALID_INPUT/);
    expect(failureLine(runEss(['early-warning', file, '--week', '2099-W01'], env))).toMatch(/^error INVALID_INPUT: Early warning: week 2099-W01 has not ended yet/);
    const method = runEss(['early-warning', file, '--method', 'c4'], env);
    expect(method.status).toBe(2);
    expect(method.stderr).toMatch(/--method.*'c4' is invalid.*bayes, c1, c2, c3/);
    const by = runEss(['early-warning', file, '--by', 'street'], env);
    expect(by.status).toBe(2);
    expect(by.stderr).toMatch(/--by.*'street' is invalid.*municipality, province, theme/);
  });
});
