import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase } from '../../db/connection';
import { countRecords } from '../../db/repositories/stats';
import { workerJobRunner } from '../../electron/jobs/runners';
import { backupCaseFileAt } from '../../electron/services/backup';
import { openCaseFile } from '../../electron/services/caseFile';
import { CaseFileSession } from '../../electron/services/session';
import type { CaseFileJobProgress } from '../../shared/contract/jobs';
import type { AppError } from '../../shared/errors';
import { NEW_PASSPHRASE, OLD_PASSPHRASE, seedFaultCaseFile } from '../support/rekeyFaultFixtures';
import { tempDir } from '../support/tempDir';

/**
 * Issue 9, item 13: in the app, backups and passphrase changes run in a
 * worker thread (the same service code as the CLI) and report progress that
 * only goes up and ends at 100; the session refuses other work meanwhile.
 */

const runInWorker = workerJobRunner({
  workerUrl: new URL('../../electron/jobs/worker.ts', import.meta.url),
  tsxApiUrl: import.meta.resolve('tsx/esm/api'),
});

function expectMonotonicToHundred(events: CaseFileJobProgress[], job: 'backup' | 'rekey'): void {
  expect(events.length).toBeGreaterThan(2);
  expect(events.every((event) => event.job === job)).toBe(true);
  const percents = events.map((event) => event.percent);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(events.at(-1)).toEqual({ job, step: 'done', percent: 100 });
  expect(events.filter((event) => event.percent === 100)).toHaveLength(1);
}

function countsOf(filePath: string, passphrase: string): ReturnType<typeof countRecords> {
  const { db } = openCaseFile(filePath, passphrase);
  try {
    return countRecords(db);
  } finally {
    closeCaseFileDatabase(db);
  }
}

describe('backup and passphrase change off the main thread', () => {
  it('a backup in the worker equals the synchronous one, with progress that rises to 100', async () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'groot.ess');
    seedFaultCaseFile(filePath, 1500);
    const events: CaseFileJobProgress[] = [];
    const session = new CaseFileSession({ runJob: runInWorker, onJobProgress: (event) => events.push(event) });
    session.unlock(filePath, OLD_PASSPHRASE);

    const inWorker = await session.backup(path.join(dir, 'worker.ess'), OLD_PASSPHRASE);
    expect(session.status().state).toBe('unlocked');
    expect(session.info().counts.signals).toBe(1500);
    session.close();
    const inline = backupCaseFileAt(filePath, path.join(dir, 'inline.ess'), OLD_PASSPHRASE);

    expect(inWorker.verifiedRecords).toBe(inline.verifiedRecords);
    expect(countsOf(path.join(dir, 'worker.ess'), OLD_PASSPHRASE)).toEqual(countsOf(path.join(dir, 'inline.ess'), OLD_PASSPHRASE));
    expect(inWorker.sizeBytes).toBe(fs.statSync(path.join(dir, 'worker.ess')).size);
    expectMonotonicToHundred(events, 'backup');
    expect(events.map((event) => event.step)).toEqual(expect.arrayContaining(['starting', 'copying', 'verifying', 'reopening', 'done']));
    console.info(`backup progress: ${events.map((event) => `${event.step} ${event.percent}`).join(', ')}`);
  });

  it('a passphrase change in the worker: progress to 100, the session reopens under the new passphrase', async () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'groot.ess');
    seedFaultCaseFile(filePath, 1500);
    const events: CaseFileJobProgress[] = [];
    const session = new CaseFileSession({ runJob: runInWorker, onJobProgress: (event) => events.push(event) });
    session.unlock(filePath, OLD_PASSPHRASE);
    const before = session.info().counts;

    const change = session.changePassphrase(OLD_PASSPHRASE, NEW_PASSPHRASE);
    // While it runs, the window keeps its view and every other request is refused as BUSY.
    expect(session.status().state).toBe('unlocked');
    expect(() => session.info()).toThrow(expect.objectContaining({ code: 'BUSY' }) as AppError);
    await change;

    expect(session.status().state).toBe('unlocked');
    expect(session.info().counts).toEqual({ ...before, auditEntries: before.auditEntries! + 1 });
    session.close();
    expect(countsOf(filePath, NEW_PASSPHRASE).signals).toBe(1500);
    expect(() => countsOf(filePath, OLD_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'WRONG_PASSPHRASE' }) as AppError);
    expectMonotonicToHundred(events, 'rekey');
    expect(events.map((event) => event.step)).toEqual(expect.arrayContaining(['starting', 'rewriting', 'verifying', 'reopening', 'done']));
    console.info(`rekey progress: ${events.map((event) => `${event.step} ${event.percent}`).join(', ')}`);
    expect(fs.readdirSync(dir)).toEqual(['groot.ess']);
  });

  it('a lock asked for during the job (the idle timer) is done when it ends, instead of reopening', async () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'groot.ess');
    seedFaultCaseFile(filePath, 200);
    const states: string[] = [];
    const session = new CaseFileSession({ runJob: runInWorker, onChange: (status) => states.push(status.state) });
    session.unlock(filePath, OLD_PASSPHRASE);
    const backup = session.backup(path.join(dir, 'kopie.ess'), OLD_PASSPHRASE);
    expect(session.lock().state).toBe('locked');
    await backup;
    expect(session.status().state).toBe('locked');
    expect(states).toEqual(['unlocked', 'locked', 'locked']);
    expect(() => session.current()).toThrow(expect.objectContaining({ code: 'LOCKED' }) as AppError);
    expect(session.unlock(filePath, OLD_PASSPHRASE).state).toBe('unlocked');
    session.close();
  });

  it('a job that fails (destination exists) reports its code and the session reopens as it was', async () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'klein.ess');
    seedFaultCaseFile(filePath, 10);
    fs.writeFileSync(path.join(dir, 'bestaat.ess'), 'al hier');
    const session = new CaseFileSession({ runJob: runInWorker });
    session.unlock(filePath, OLD_PASSPHRASE);
    await expect(session.backup(path.join(dir, 'bestaat.ess'), OLD_PASSPHRASE)).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(session.status().state).toBe('unlocked');
    expect(session.info().counts.signals).toBe(10);
    session.close();
    expect(fs.readFileSync(path.join(dir, 'bestaat.ess'), 'utf8')).toBe('al hier');
  });
});
