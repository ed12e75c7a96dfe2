import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { openCaseFile } from '../../electron/services/caseFile';
import { seedBriefingRecords } from '../support/briefings';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { failureLine, runEss, type EssRun } from '../support/cli';
import { insertTestPerson } from '../support/networkFixtures';
import { tempDir } from '../support/tempDir';

const env = { ESS_PASSPHRASE: PASSPHRASE };
const ess = (args: string[]) => runEss(args, env);
// Each run starts the CLI under tsx and derives a key: seconds apiece on a busy machine.
const SLOW = { timeout: 180_000 };

/** A usage error: exit 2, Commander's "error: ..." line first, and nothing on stdout. */
function usageError(run: EssRun): string {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  return run.stderr.split('\n')[0]!;
}

function withPerson(name: string): { file: string; number: string } {
  const file = newCaseFile();
  const db = openCaseFileDatabase(file, PASSPHRASE);
  try {
    return { file, number: insertTestPerson(db, { name }).number };
  } finally {
    closeCaseFileDatabase(db);
  }
}

describe('usage errors exit 2', () => {
  it('refuses a status that is not in the list for case, signal and action lists; the listed ones work', SLOW, () => {
    const file = newCaseFile();
    expect(usageError(ess(['case', 'list', file, '--status', 'x']))).toBe(
      "error: option '--status <code>' argument 'x' is invalid. Allowed choices are open, in-behandeling, afgesloten.",
    );
    expect(usageError(ess(['signal', 'list', file, '--status', 'x']))).toMatch(/Allowed choices are nieuw, /);
    expect(usageError(ess(['action', 'list', file, '--status', 'open', '--status', 'klaar']))).toMatch(/argument 'klaar' is invalid/);
    const listed = ess(['case', 'list', file, '--status', 'open', '--status', 'afgesloten', '--json']);
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ total: 0 });
  });

  it('contact erase without --confirm-name asks for it before the passphrase and erases nothing', SLOW, () => {
    const { file, number } = withPerson('Hasan Kaya');
    // No passphrase given: the usage error comes first, so nobody types a passphrase for nothing.
    expect(usageError(runEss(['contact', 'erase', file, '--id', number]))).toBe(
      'error: --confirm-name is required: erasing cannot be undone; confirm with --confirm-name "<the person\'s full name>"',
    );
    expect(JSON.parse(ess(['contact', 'list', file, '--json']).stdout)).toMatchObject({ total: 1, rows: [{ name: 'Hasan Kaya' }] });
  });

  it('ess briefing refuses --deadline on a note without one and --override-reason that would explain nothing', SLOW, () => {
    const file = newCaseFile();
    const { db } = openCaseFile(file, PASSPHRASE);
    seedBriefingRecords(db);
    closeCaseFileDatabase(db);
    const out = path.join(tempDir(), 'nota.docx');
    const note = (extra: string[]) => ess(['briefing', file, '--out', out, ...extra]);

    for (const kind of ['informatienota', 'signaleringsoverzicht']) {
      expect(usageError(note(['--kind', kind, '--from', '2026-03-01', '--to', '2026-03-31', '--deadline', '2026-04-01']))).toBe(
        `error: --deadline is the decision deadline of a beslisnota; --kind ${kind} has none`,
      );
    }
    expect(usageError(note(['--kind', 'informatienota', '--override-reason', 'Alleen openbare feiten']))).toBe(
      'error: --override-reason explains a --classification lower than the content; give that --classification too',
    );
    // SIG-2026-0001 is ongerubriceerd: marking the note ongerubriceerd lowers nothing.
    expect(
      usageError(note(['--kind', 'informatienota', '--signal', 'SIG-2026-0001', '--classification', 'ongerubriceerd', '--override-reason', 'Alleen openbare feiten'])),
    ).toBe(
      'error: --override-reason is only for a note marked lower than its content; the content is ongerubriceerd, so --classification ongerubriceerd needs no reason',
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(JSON.parse(ess(['info', file, '--json']).stdout)).toMatchObject({ counts: { briefings: 0 } });

    // Where they mean something, both are taken: SIG-2026-0007 is departementaal-vertrouwelijk.
    const lowered = note(['--kind', 'beslisnota', '--signal', 'SIG-2026-0007', '--classification', 'ongerubriceerd', '--override-reason', 'Alleen openbare feiten', '--deadline', '2026-04-01']);
    expect(lowered.status, lowered.stderr).toBe(0);
    expect(lowered.stdout.split('\n')[1]).toMatch(/^ESS-2026-0001 {2}beslisnota, ongerubriceerd, 1 signals/);
  });
});

describe('failures say what and where', () => {
  it('contact export names the whole path when its folder does not exist, before asking the passphrase', SLOW, () => {
    const { file, number } = withPerson('Eva Jansen');
    const target = path.join(tempDir(), 'bestaat-niet', 'inzage.txt');
    expect(failureLine(runEss(['contact', 'export', file, '--id', number, '--out', target]))).toBe(
      `error FILE_NOT_FOUND: ${target}: the folder ${path.dirname(target)} does not exist`,
    );
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });

  it('a date error is one message, about the date, in the format of every other field', SLOW, () => {
    const file = newCaseFile();
    expect(failureLine(ess(['network', file, '--from', 'x']))).toBe('error INVALID_INPUT: Network overview: from: Enter a valid date (yyyy-mm-dd).');
    expect(failureLine(ess(['signal', 'list', file, '--from', '2026-02-31']))).toBe(
      'error INVALID_INPUT: Signal list: filters.from: Enter a valid date (yyyy-mm-dd).',
    );
    const add = failureLine(ess(['signal', 'add', file, '--title', 't', '--description', 'd', '--national', '--theme', 'polarisatie', '--urgency', 'laag', '--observed', 'gisteren']));
    expect(add).toBe('error INVALID_INPUT: Signal: observedOn: Enter a valid date (yyyy-mm-dd).');
    // A real period in the wrong order still says so.
    expect(failureLine(ess(['network', file, '--from', '2026-03-31', '--to', '2026-03-01']))).toBe(
      'error INVALID_INPUT: Network overview: from: The start date is after the end date.',
    );
  });

  const canMountTmpfs = process.platform === 'linux' && process.getuid?.() === 0;
  // Skipped (and named as such in the report) where a tmpfs cannot be mounted: it needs Linux and root.
  it.skipIf(!canMountTmpfs)('a full disk names the operation that failed, not "ess" (Linux, as root: a small tmpfs)', SLOW, () => {
    const mount = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
    try {
      const file = path.join(mount, 'vol.ess');
      fs.copyFileSync(newCaseFile(), file);
      const filler = path.join(mount, 'filler');
      const lines: string[] = [];
      let added = 0;
      // Free space from too little for one signal to enough: the write itself, not the open, runs out.
      for (const freeKiB of [48, 64, 80, 400]) {
        fs.rmSync(filler, { force: true });
        const stats = fs.statfsSync(mount);
        fs.writeFileSync(filler, Buffer.alloc(Math.max(0, stats.bavail * stats.bsize - freeKiB * 1024)));
        const run = ess(['signal', 'add', file, '--title', 'Volle schijf', '--description', 'Feiten', '--national', '--theme', 'polarisatie', '--urgency', 'laag']);
        if (run.status === 0) added += 1;
        else lines.push(failureLine(run));
      }
      expect(lines.length, 'at least one run must hit the full disk').toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/^error [A-Z_]+: ess:/);
      expect(lines).toContain('error IO_ERROR: Add signal: the disk is full');
      fs.rmSync(filler);
      expect(JSON.parse(ess(['signal', 'list', file, '--json']).stdout)).toMatchObject({ total: added });
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});

describe('ess backup', () => {
  it('adds .ess to a destination without it, as ess init does', SLOW, () => {
    const file = newCaseFile();
    const destination = path.join(tempDir(), 'reservekopie');
    const run = ess(['backup', file, destination]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Backup +${destination.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.ess$`, 'm'));
    expect(fs.existsSync(`${destination}.ess`)).toBe(true);
    expect(fs.existsSync(destination)).toBe(false);
    expect(JSON.parse(ess(['info', `${destination}.ess`, '--json']).stdout)).toMatchObject({ counts: { signals: 0 } });
  });
});

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs `ess` with a stdout whose reader is already gone, as `ess themes | head -1`
 * leaves it once head has its line: every write meets EPIPE.
 */
function runWithClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ESS_')));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'ess.js'), ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Closed long before the CLI has started and derived the key (seconds).
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

describe('output to a closed pipe', () => {
  it('ends quietly with status 0 for every kind of command, and a write still happens', SLOW, async () => {
    const file = newCaseFile();
    for (const args of [['themes', file], ['municipality', 'list', file], ['signal', 'list', file, '--json'], ['--help']]) {
      const run = await runWithClosedStdout(args);
      expect({ args, status: run.status, stderr: run.stderr }).toEqual({ args, status: 0, stderr: '' });
    }
    const added = await runWithClosedStdout(['signal', 'add', file, '--title', 'Via een pijp', '--description', 'd', '--national', '--theme', 'polarisatie', '--urgency', 'laag']);
    expect(added).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(ess(['signal', 'list', file, '--json']).stdout)).toMatchObject({ total: 1, rows: [{ title: 'Via een pijp' }] });
  });
});
