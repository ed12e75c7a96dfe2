import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE } from '../../electron/services/demo';
import { failureLine, runEss } from '../support/cli';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

const env = { ESS_PASSPHRASE: PASSPHRASE };

function addSignal(file: string, extra: string[]): ReturnType<typeof runEss> {
  return runEss(['signal', 'add', file, '--title', 'Spanningen na voetbalwedstrijd', '--description', 'Feiten volgens de wijkagent.', ...extra], env);
}

// Each run starts the CLI under tsx and derives a key: seconds apiece on a busy machine.
describe('ess signal, case and themes', { timeout: 180_000 }, () => {
  it('registers signals, lists and finds them, and builds a case from them', () => {
    const file = newCaseFile();
    const first = addSignal(file, ['--municipality', 'GM0363', '--theme', 'polarisatie', '--urgency', 'hoog', '--observed', '2026-01-10']);
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toMatch(/^SIG-\d{4}-0001$/);
    const second = runEss(
      ['signal', 'add', file, '--title', 'Campagnebijeenkomst in Turkíje-week', '--description', 'Aangekondigd.', '--national', '--theme', 'buitenlandse-verkiezingen', '--urgency', 'laag'],
      env,
    );
    expect(second.stdout.trim()).toMatch(/^SIG-\d{4}-0002$/);

    const all = JSON.parse(runEss(['signal', 'list', file, '--json'], env).stdout) as { total: number };
    expect(all.total).toBe(2);
    const found = JSON.parse(runEss(['signal', 'list', file, '--json', '--search', 'turkije'], env).stdout) as {
      rows: { number: string }[];
    };
    expect(found.rows.map((row) => row.number)).toEqual([second.stdout.trim()]);
    const inAmsterdam = runEss(['signal', 'list', file, '--municipality', 'GM0363'], env);
    expect(inAmsterdam.stdout).toContain('1 of 1 signals');

    const made = runEss(['case', 'add', file, '--title', 'Voetbal en spanningen', '--type', 'lokale-spanning', '--signal', first.stdout.trim()], env);
    expect(made.stdout.trim()).toMatch(/^CAS-\d{4}-0001$/);
    const cases = JSON.parse(runEss(['case', 'list', file, '--json'], env).stdout) as { rows: { signalCount: number }[] };
    expect(cases.rows).toEqual([expect.objectContaining({ signalCount: 1 })]);

    const themes = runEss(['themes', file], env);
    expect(themes.stdout).toMatch(/^polarisatie\s+Polarisatie$/m);
  });

  it('names the bad field and writes nothing', () => {
    const file = newCaseFile();
    const cases: [string[], RegExp][] = [
      [['--theme', 'polarisatie', '--urgency', 'laag'], /municipalities: Choose at least one municipality/],
      [['--municipality', 'GM9999', '--theme', 'polarisatie', '--urgency', 'laag'], /municipalities: Unknown municipality/],
      [['--municipality', 'GM0363', '--theme', 'bestaat-niet', '--urgency', 'laag'], /themes: Unknown theme/],
      [['--municipality', 'GM0363', '--theme', 'polarisatie', '--urgency', 'laag', '--observed', '2999-01-01'], /observedOn: This date is in the future/],
      [['--municipality', 'GM0363', '--theme', 'polarisatie', '--urgency', 'laag', '--observed', '2026-02-31'], /observedOn: Enter a valid date/],
    ];
    for (const [extra, message] of cases) {
      const line = failureLine(addSignal(file, extra));
      expect(line).toMatch(/^error INVALID_INPUT: /);
      expect(line).toMatch(message);
    }
    expect(runEss(['signal', 'add', file, '--title', 'x', '--description', 'y', '--urgency', 'dringend'], env).status).toBe(2);
    expect(failureLine(runEss(['case', 'add', file, '--title', 'x', '--type', 'obi', '--signal', 'SIG-2026-9999'], env))).toMatch(
      /signalIds: Unknown signal number.*SIG-2026-9999/,
    );
    expect(JSON.parse(runEss(['signal', 'list', file, '--json'], env).stdout)).toMatchObject({ total: 0 });
    // Reads and refused writes leave the audit log as it was.
    expect(JSON.parse(runEss(['info', file, '--json'], env).stdout)).toMatchObject({ counts: { auditEntries: 2 } });
  });

  it('demo --signals N generates N fictional signals with cases', () => {
    const target = path.join(tempDir(), 'demo.ess');
    const run = runEss(['demo', target, '--signals', '400']);
    expect(run.status, run.stderr).toBe(0);
    const listed = JSON.parse(runEss(['signal', 'list', target, '--json', '--limit', '200'], { ESS_PASSPHRASE: DEMO_PASSPHRASE }).stdout) as {
      total: number;
      rows: { urgency: string; municipalities: string[]; themes: string[] }[];
    };
    expect(listed.total).toBe(400);
    expect(new Set(listed.rows.map((row) => row.urgency)).size).toBe(4);
    expect(new Set(listed.rows.flatMap((row) => row.municipalities)).size).toBeGreaterThan(20);
    const cases = JSON.parse(runEss(['case', 'list', target, '--json'], { ESS_PASSPHRASE: DEMO_PASSPHRASE }).stdout) as { total: number };
    expect(cases.total).toBeGreaterThanOrEqual(3);
    expect(runEss(['demo', path.join(tempDir(), 'x.ess'), '--signals', 'veel']).status).toBe(2);
  });
});
