import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { SYSTEM_ACTOR } from '../../electron/services/actor';
import { rekeyCaseFileAt } from '../../electron/services/rekey';
import { CaseFileSession } from '../../electron/services/session';
import { isAppError } from '../../shared/errors';
import { NEW_PASSPHRASE, OLD_PASSPHRASE, seedFaultCaseFile } from '../support/rekeyFaultFixtures';
import { runRekeyKillTrials, runRekeyRace, type Rekeyer } from '../support/rekeyFaults';
import { decryptSqlcipher4Page1 } from '../support/sqlcipher4';
import { tempDir } from '../support/tempDir';

/**
 * Issue 9, item 1: a passphrase change must never lose an acknowledged write,
 * and a crash part-way must leave a file that opens. These are the bounded
 * runs; `npm run soak` calls the same functions with more trials.
 */

/** The app's path: a session in this process changes the passphrase (hand-over to the job and back). */
const rekeyInSession: Rekeyer = async (filePath) => {
  const session = new CaseFileSession();
  // Writers hold the file for a moment at a time; the app's user would simply try again.
  for (let attempt = 0; session.status().state !== 'unlocked'; attempt++) {
    try {
      session.unlock(filePath, OLD_PASSPHRASE);
    } catch (error) {
      if (!(isAppError(error) && error.code === 'FILE_IN_USE') || attempt === 50) throw error;
    }
  }
  try {
    await session.changePassphrase(OLD_PASSPHRASE, NEW_PASSPHRASE);
    return { done: true };
  } catch (error) {
    return { done: false, code: isAppError(error) ? error.code : String(error) };
  } finally {
    session.close();
  }
};

describe('changing the passphrase in place', () => {
  it('keeps the salt, so the result is a standard SQLCipher 4 file under the new passphrase', () => {
    const filePath = path.join(tempDir(), 'zout.ess');
    seedFaultCaseFile(filePath, 20);
    const saltBefore = fs.readFileSync(filePath).subarray(0, 16);
    rekeyCaseFileAt(filePath, { current: OLD_PASSPHRASE, next: NEW_PASSPHRASE }, SYSTEM_ACTOR);
    expect(fs.readFileSync(filePath).subarray(0, 16).equals(saltBefore)).toBe(true);
    // An independent reader (no SQLite) derives the key from the passphrase and the salt and checks the page HMAC.
    const page = decryptSqlcipher4Page1(filePath, NEW_PASSPHRASE);
    // Bytes 16.. of the SQLite header: page size 4096, WAL format again (2, 2), 80 reserved bytes.
    expect([page.readUInt16BE(0), page[2], page[3], page[4]]).toEqual([4096, 2, 2, 80]);
    expect(() => decryptSqlcipher4Page1(filePath, OLD_PASSPHRASE)).toThrow(/HMAC/);
    // Nothing but the file itself is left: no copy, no journal.
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(['zout.ess']);
    closeCaseFileDatabase(openCaseFileDatabase(filePath, NEW_PASSPHRASE));
  });

  it('survives kill -9 at any moment: the file opens with the old or the new passphrase and holds every signal', async () => {
    const result = await runRekeyKillTrials({ trials: 10, seed: 20260315, signals: 2000 });
    console.info(`rekey kill -9: ${JSON.stringify(result)}`);
    expect(result.notes.filter((note) => note.startsWith('trial')), 'problems').toEqual([]);
    expect(result.failures).toBe(0);
    expect(result.lost).toBe(0);
    expect(result.openedWithOld + result.openedWithNew).toBe(10);
  }, 600_000);

  it('loses no acknowledged write of other processes during `ess rekey`', async () => {
    const result = await runRekeyRace({ trials: 2, writers: 3, signals: 2000 });
    console.info(`rekey race (ess rekey): ${JSON.stringify(result)}`);
    expect(result.notes).toEqual([]);
    expect(result.failures).toBe(0);
    expect(result.lost).toBe(0);
    expect(result.errorsByCode.CORRUPT).toBeUndefined();
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.rekeysDone + Object.values(result.rekeysRefused).reduce((a, b) => a + b, 0)).toBe(2);
  }, 600_000);

  it('loses no acknowledged write of other processes during a change in the app (hand-over to the job and back)', async () => {
    const result = await runRekeyRace({ trials: 2, writers: 2, signals: 2000, rekey: rekeyInSession });
    console.info(`rekey race (session): ${JSON.stringify(result)}`);
    expect(result.notes).toEqual([]);
    expect(result.failures).toBe(0);
    expect(result.lost).toBe(0);
    expect(result.errorsByCode.CORRUPT).toBeUndefined();
  }, 600_000);
});
