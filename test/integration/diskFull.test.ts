import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { integrityCheck } from '../../db/repositories/stats';
import { toAppError } from '../../db/sqliteErrors';
import { actorFor } from '../../electron/services/actor';
import { createCaseFile } from '../../electron/services/caseFile';
import { CaseFileSession } from '../../electron/services/session';
import { createSignal } from '../../electron/services/signals/writes';
import type { SessionStatus } from '../../shared/contract/schemas';
import { AppError } from '../../shared/errors';
import { ADVISER, PASSPHRASE } from '../support/caseFiles';
import { runEss } from '../support/cli';
import { signalDraft } from '../support/signals';

/**
 * A real full disk: a small tmpfs. Mounting needs Linux and root; elsewhere
 * the suite is skipped and says why.
 */
function mountSmallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-diskfull-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountSmallDisk();
if (!disk) console.warn('diskFull.test.ts skipped: a small tmpfs can only be mounted on Linux as root');

afterAll(() => {
  if (!disk) return;
  execFileSync('umount', [disk]);
  fs.rmSync(disk, { recursive: true, force: true });
});

/** Takes every free byte of the disk with a filler file; returns its path. */
function fillDisk(dir: string, name: string): string {
  const filler = path.join(dir, name);
  const fd = fs.openSync(filler, 'a');
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  try {
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          fs.writeSync(fd, chunk, 0, size);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

interface Filled {
  acknowledged: string[];
  failure: AppError;
}

/** Registers signals until a write is refused because the disk is full; only committed ones count. */
function writeUntilFull(session: CaseFileSession, dir: string): Filled {
  const { db, adviser } = session.current();
  const ctx = { db, actor: actorFor(adviser!), now: new Date('2026-03-15T10:00:00Z') };
  const acknowledged: string[] = [];
  // Leave 2 MB: some dozens of signals, enough that the file must grow when the WAL is folded in.
  const filler = fillDisk(dir, 'filler-big');
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - 2 * 1024 * 1024));
  for (let n = 0; n < 100_000; n += 1) {
    try {
      acknowledged.push(createSignal(ctx, signalDraft({ title: `Signaal ${n} bij volle schijf` })).id);
    } catch (error) {
      // The last bytes too, so that nothing (a checkpoint either) can grow any file now.
      fillDisk(dir, 'filler-rest');
      return { acknowledged, failure: toAppError(error, 'Create signal') };
    }
  }
  throw new Error('the disk never filled up');
}

function freeDisk(dir: string): void {
  for (const name of ['filler-big', 'filler-rest']) fs.rmSync(path.join(dir, name), { force: true });
}

function expectAllPresent(filePath: string, acknowledged: string[]): void {
  const db = openCaseFileDatabase(filePath, PASSPHRASE);
  try {
    expect(integrityCheck(db)).toEqual([]);
    const present = new Set((db.prepare('SELECT id FROM signals').all() as { id: string }[]).map((row) => row.id));
    const lost = acknowledged.filter((id) => !present.has(id));
    expect(lost).toEqual([]);
  } finally {
    closeCaseFileDatabase(db);
  }
}

describe.skipIf(!disk)('a full disk', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(disk!, 'case-'));
  });

  function newFileOnDisk(name: string): string {
    const filePath = path.join(dir, name);
    closeCaseFileDatabase(createCaseFile({ path: filePath, passphrase: PASSPHRASE, adviser: ADVISER }).db);
    return filePath;
  }

  it('lock still drops the key and the connection, ends locked, tells the window, and says what it could not checkpoint', () => {
    const filePath = newFileOnDisk('vergrendelen.ess');
    const events: SessionStatus[] = [];
    const session = new CaseFileSession({ onChange: (status) => events.push(status) });
    session.unlock(filePath, PASSPHRASE);
    const { db } = session.current();
    const { acknowledged, failure } = writeUntilFull(session, dir);
    expect(failure.code).toBe('IO_ERROR');
    expect(failure.message).toBe('Create signal: the disk is full');
    expect(acknowledged.length).toBeGreaterThan(0);
    console.info(`disk full after ${acknowledged.length} acknowledged signals`);

    const status = session.lock();
    expect(status).toEqual({ state: 'locked', file: { path: filePath, name: 'vergrendelen.ess' }, isDemo: false, warning: 'checkpointFailed' });
    expect(events.at(-1)).toEqual(status);
    expect(db.open).toBe(false);
    expect(() => session.current()).toThrow(AppError);
    // The changes wait in the WAL beside the file.
    expect(fs.statSync(`${filePath}-wal`).size).toBeGreaterThan(0);

    // The file is free for another process even before space is freed: reading needs no room.
    const info = runEss(['info', filePath], { ESS_PASSPHRASE: PASSPHRASE });
    expect(info.status, info.stderr).toBe(0);

    freeDisk(dir);
    expect(session.unlock(filePath, PASSPHRASE).state).toBe('unlocked');
    session.close();
    expectAllPresent(filePath, acknowledged);
    expect(fs.existsSync(`${filePath}-wal`)).toBe(false);
    for (const args of [['info', filePath], ['verify', filePath], ['signal', 'list', filePath]]) {
      const run = runEss(args, { ESS_PASSPHRASE: PASSPHRASE });
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(0);
    }
    expect(runEss(['signal', 'list', filePath, '--json'], { ESS_PASSPHRASE: PASSPHRASE }).stdout).toContain('bij volle schijf');
  }, 180_000);

  it('close likewise never fails, releases the file and keeps every acknowledged signal', () => {
    const filePath = newFileOnDisk('sluiten.ess');
    const session = new CaseFileSession();
    session.unlock(filePath, PASSPHRASE);
    const { db } = session.current();
    const { acknowledged, failure } = writeUntilFull(session, dir);
    expect(failure.code).toBe('IO_ERROR');

    expect(session.close()).toEqual({ state: 'closed', warning: 'checkpointFailed' });
    expect(db.open).toBe(false);
    // Released: this process may open it again, and so may another.
    const again = openCaseFileDatabase(filePath, PASSPHRASE, { inspectOnly: true });
    expect(closeCaseFileDatabase(again).checkpointed).toBe(false);
    freeDisk(dir);
    expectAllPresent(filePath, acknowledged);
    expect(session.status()).toEqual({ state: 'closed', warning: 'checkpointFailed' });
    session.unlock(filePath, PASSPHRASE);
    expect(session.close()).toEqual({ state: 'closed' });
  }, 180_000);
});
