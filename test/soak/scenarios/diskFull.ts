import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toAppError } from '../../../db/sqliteErrors';
import { CaseFileSession } from '../../../electron/services/session';
import { createSignal } from '../../../electron/services/signals/writes';
import type { SessionStatus } from '../../../shared/contract/schemas';
import { isAppError } from '../../../shared/errors';
import { runEss } from '../cli';
import { checkCaseFile, describeProblems, removeDir, seedCaseFile, SOAK_NOW, SOAK_PASSPHRASE, soakDir, soakSignal, writeContext } from '../fixtures';
import { Random } from '../random';
import { skippedResult, Tally, type Scenario, type ScenarioOptions, type ScenarioResult } from '../types';

const TMPFS_SIZE = '8m';
const MAX_WRITES = 100_000;

/** Why this machine cannot mount a small tmpfs, or null if it can. */
function cannotMount(): string | null {
  if (process.platform !== 'linux') return `disk full needs Linux (a small tmpfs); this is ${process.platform}`;
  if (process.getuid?.() !== 0) return 'disk full needs root to mount a small tmpfs (run npm run soak as root on Linux)';
  return null;
}

function mountTmpfs(dir: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE},mode=0700`, 'tmpfs', dir]);
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // Something still holds a file there (a failure already counted): detach it lazily.
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  }
}

function errorText(error: unknown): string {
  return isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? `raw ${error.name}: ${error.message}` : String(error);
}

/**
 * One trial: a case file on a tmpfs that a ballast file leaves `room` bytes
 * free; signals are written through an unlocked session until the disk is full.
 */
function diskFullTrial(tally: Tally, trial: number, mountDir: string, room: number): { acknowledged: number } {
  const filePath = path.join(mountDir, 'vol.ess');
  seedCaseFile(filePath, 5);
  const ballast = path.join(mountDir, 'ballast.bin');
  const free = fs.statfsSync(mountDir).bavail * fs.statfsSync(mountDir).bsize;
  fs.writeFileSync(ballast, Buffer.alloc(Math.max(0, free - room)));
  const events: SessionStatus[] = [];
  const session = new CaseFileSession({ now: () => SOAK_NOW, onChange: (status) => events.push(status) });
  const acknowledged: string[] = [];
  const what = `trial ${trial} (${Math.round(room / 1024)} KiB free)`;
  try {
    session.unlock(filePath, SOAK_PASSPHRASE);
    const open = session.current();
    const ctx = writeContext(open.db, open.adviser);
    // Write big signals until the first failure, then small ones, so the last bytes fill up too.
    let failure: unknown = null;
    let failuresInARow = 0;
    for (let n = 0; n < MAX_WRITES && failuresInARow < 3; n++) {
      try {
        acknowledged.push(createSignal(ctx, soakSignal(n, failure === null ? 1500 : 0)).id);
        failuresInARow = 0;
      } catch (error) {
        failure = error;
        failuresInARow += 1;
        // Services throw the engine's error; the IPC layer and the CLI turn it into a stable code, as here.
        const code = toAppError(error, 'Create signal').code;
        if (code !== 'IO_ERROR') tally.fail(trial, 'write error', `${what}: the write on a full disk failed with ${code} (${errorText(error)}), not IO_ERROR`);
      }
    }
    if (failure === null) tally.fail(trial, 'never full', `${what}: ${MAX_WRITES} writes and the disk never filled`);

    // Item 2: locking must drop the key and the connection, end locked and say so.
    const eventsBefore = events.length;
    try {
      const status = session.lock();
      if (status.state !== 'locked') tally.fail(trial, 'lock state', `${what}: lock on a full disk ended in state ${status.state}`);
      if (!events.slice(eventsBefore).some((event) => event.state === 'locked')) tally.fail(trial, 'lock event', `${what}: lock on a full disk sent no session.changed 'locked'`);
    } catch (error) {
      tally.fail(trial, 'lock threw', `${what}: lock on a full disk threw ${errorText(error)}`);
    }
    try {
      session.close();
    } catch (error) {
      tally.fail(trial, 'close threw', `${what}: close on a full disk threw ${errorText(error)}`);
    }
  } finally {
    try {
      session.close();
    } catch {
      // already counted above
    }
    fs.rmSync(ballast, { force: true });
  }

  // Space freed: the file opens, every acknowledged signal is there, and the CLI can inspect it.
  const check = checkCaseFile(filePath, [SOAK_PASSPHRASE], acknowledged);
  tally.lost += check.missing.length;
  const problems = describeProblems(check);
  if (problems) tally.fail(trial, 'after', `${what}: after freeing space the case file ${problems}`);
  for (const args of [['info', filePath], ['verify', filePath], ['signal', 'list', filePath]]) {
    const run = runEss(args, SOAK_PASSPHRASE);
    if (run.status !== 0) tally.fail(trial, `ess ${args[0]}`, `${what}: ess ${args.slice(0, -1).join(' ')} afterwards exited ${run.status}: ${run.stderr.trim().slice(0, 200)}`);
  }
  return { acknowledged: acknowledged.length };
}

/**
 * Disk full on a small tmpfs: writes until IO_ERROR, then lock and close must
 * succeed (item 2); once space is freed the file opens, verifies and lists,
 * with every acknowledged signal. Linux and root only; skipped elsewhere.
 */
export async function runDiskFull({ trials, seed }: ScenarioOptions): Promise<ScenarioResult> {
  const reason = cannotMount();
  if (reason) return skippedResult(reason);
  const random = new Random(seed);
  const tally = new Tally(trials);
  let acknowledged = 0;
  for (let trial = 0; trial < trials; trial++) {
    const mountDir = soakDir('disk-full');
    try {
      mountTmpfs(mountDir);
    } catch (error) {
      removeDir(mountDir);
      return skippedResult(`mounting a tmpfs failed here (${errorText(error).slice(0, 120)})`);
    }
    try {
      acknowledged += diskFullTrial(tally, trial, mountDir, random.int(64, 2048) * 1024).acknowledged;
    } catch (error) {
      tally.fail(trial, 'trial', `trial ${trial}: ${errorText(error)}`);
    } finally {
      unmount(mountDir);
      removeDir(mountDir);
    }
  }
  return tally.result([`${acknowledged} signals acknowledged before the disk was full`], { acknowledged });
}

export const diskFull: Scenario = {
  name: 'disk full (tmpfs)',
  full: 5,
  bounded: 1,
  run: runDiskFull,
};
