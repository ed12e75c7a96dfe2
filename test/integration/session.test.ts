import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFileSession } from '../../electron/services/session';
import { FREE_ATTEMPTS } from '../../electron/services/unlockThrottle';
import { AppError } from '../../shared/errors';
import type { SessionStatus } from '../../shared/contract/schemas';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { sha256OfFile } from '../support/tempDir';

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('the case-file session', () => {
  it('locking closes the database and forgets the passphrase check', async () => {
    const filePath = newCaseFile();
    const changes: SessionStatus['state'][] = [];
    const session = new CaseFileSession({ onChange: (status) => changes.push(status.state) });
    session.unlock(filePath, PASSPHRASE);
    const { db } = session.current();
    session.lock();
    expect(db.open).toBe(false);
    expect(failure(() => session.current()).code).toBe('LOCKED');
    expect((await rejection(session.backup('/tmp/x.ess', PASSPHRASE))).code).toBe('LOCKED');
    expect(session.status()).toEqual({ state: 'locked', file: { path: filePath, name: 'test.ess' }, isDemo: false });
    expect(changes).toEqual(['unlocked', 'locked']);
  });

  it('makes the sixth and later wrong passphrases wait longer each time (fixed clock)', () => {
    const filePath = newCaseFile();
    let now = Date.parse('2026-11-28T10:00:00Z');
    const session = new CaseFileSession({ now: () => new Date(now) });
    const waits: (number | undefined)[] = [];
    for (let attempt = 1; attempt <= FREE_ATTEMPTS + 2; attempt += 1) {
      now += waits.at(-1) ?? 0;
      const error = failure(() => session.unlock(filePath, `fout ${attempt}`));
      expect(error.code).toBe('WRONG_PASSPHRASE');
      waits.push(error.retryAfterMs);
    }
    expect(waits).toEqual([undefined, undefined, undefined, undefined, 2_000, 4_000, 8_000]);

    // A try during the wait is refused without even trying the key, the right passphrase included.
    expect(failure(() => session.unlock(filePath, PASSPHRASE))).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterMs: 8_000 });
    now += 8_000;
    expect(session.unlock(filePath, PASSPHRASE).state).toBe('unlocked');
    session.lock();
    expect(failure(() => session.unlock(filePath, 'weer fout')).retryAfterMs).toBeUndefined();
    session.close();
  });

  it('changes the passphrase while staying unlocked, after checking the current one', async () => {
    const filePath = newCaseFile();
    const session = new CaseFileSession();
    session.unlock(filePath, PASSPHRASE);
    const before = sha256OfFile(filePath);
    expect((await rejection(session.changePassphrase('niet het huidige', 'nieuw wachtwoord 2026'))).code).toBe('WRONG_PASSPHRASE');
    expect(sha256OfFile(filePath)).toBe(before);

    await session.changePassphrase(PASSPHRASE, 'nieuw wachtwoord 2026');
    expect(session.status().state).toBe('unlocked');
    expect(session.info().counts.advisers).toBe(1);
    session.lock();
    expect(failure(() => session.unlock(filePath, PASSPHRASE)).code).toBe('WRONG_PASSPHRASE');
    expect(session.unlock(filePath, 'nieuw wachtwoord 2026').state).toBe('unlocked');
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(['test.ess', 'test.ess-wal']);
    session.close();
  });

  it('makes a backup only with the right passphrase, and records changes with the adviser', async () => {
    const filePath = newCaseFile();
    const session = new CaseFileSession();
    session.unlock(filePath, PASSPHRASE);
    const destination = path.join(path.dirname(filePath), 'kopie.ess');
    expect((await rejection(session.backup(destination, 'fout wachtwoord'))).code).toBe('WRONG_PASSPHRASE');
    expect(fs.existsSync(destination)).toBe(false);
    expect((await session.backup(destination, PASSPHRASE)).path).toBe(destination);

    session.updateSettings({ autoLockMinutes: 25 });
    expect(session.status()).toMatchObject({ autoLockMinutes: 25, adviser: { initials: 'TA' } });
    session.setAdviser({ name: 'Tweede Adviseur', initials: 'TwA' });
    expect(session.adviserList().map((adviser) => adviser.initials).sort()).toEqual(['TA', 'TwA']);
    expect(session.info().counts.auditEntries).toBe(4);
    session.close();
  });
});
