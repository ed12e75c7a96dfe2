import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { listAdvisers } from '../../db/repositories/advisers';
import { actorFor } from '../../electron/services/actor';
import { CaseFileSession } from '../../electron/services/session';
import { createSignal } from '../../electron/services/signals/writes';
import { AppError } from '../../shared/errors';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { failureLine, runEss } from '../support/cli';
import { signalDraft } from '../support/signals';
import { sha256OfFile, tempDir } from '../support/tempDir';

const PAGE = 4096;

/** The page that holds the (empty) organisations table: registering a signal never reads it. */
function organisationsPage(filePath: string): number {
  const db = openCaseFileDatabase(filePath, PASSPHRASE, { inspectOnly: true });
  try {
    const row = db.prepare("SELECT pageno FROM dbstat WHERE name = 'organisations'").get() as { pageno: number };
    return row.pageno;
  } finally {
    closeCaseFileDatabase(db);
  }
}

/** Overwrites 16 bytes in the middle of one page, as a failing disk or a bad copy would. */
function damage16Bytes(filePath: string, pageNumber: number): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, (pageNumber - 1) * PAGE + 1000);
  } finally {
    fs.closeSync(fd);
  }
}

function damagedCaseFile(): string {
  const filePath = newCaseFile();
  damage16Bytes(filePath, organisationsPage(filePath));
  return filePath;
}

describe('a damaged page is found before the first write', () => {
  it('the damage is real and out of a signal write\'s way: without the check, the insert would succeed', () => {
    const filePath = damagedCaseFile();
    const copy = path.join(tempDir(), 'kopie.ess');
    fs.copyFileSync(filePath, copy);
    // Inspect-only skips the check (reading commands); used here to write anyway and show what the check prevents.
    const db = openCaseFileDatabase(copy, PASSPHRASE, { inspectOnly: true });
    try {
      const ctx = { db, actor: actorFor(listAdvisers(db)[0]!), now: new Date() };
      expect(createSignal(ctx, signalDraft()).id).toBeTruthy();
      let problems: unknown;
      try {
        problems = db.pragma('quick_check', { simple: true });
      } catch (error) {
        // A failed page HMAC may surface as an error instead of a quick_check row.
        problems = (error as { code?: string }).code;
      }
      expect(String(problems)).not.toBe('ok');
    } finally {
      closeCaseFileDatabase(db);
    }
  });

  it('ess signal add refuses with CORRUPT and leaves the file byte for byte as it was, no -wal behind', () => {
    const filePath = damagedCaseFile();
    const before = sha256OfFile(filePath);
    const run = runEss(
      ['signal', 'add', filePath, '--title', 'Spanning', '--description', 'Feiten.', '--national', '--theme', 'buitenlandse-verkiezingen', '--urgency', 'laag'],
      { ESS_PASSPHRASE: PASSPHRASE },
    );
    expect(failureLine(run)).toMatch(/^error CORRUPT: .*damaged.*not changed/);
    expect(run.stdout).toBe('');
    expect(sha256OfFile(filePath)).toBe(before);
    expect(fs.existsSync(`${filePath}-wal`)).toBe(false);
  }, 60_000);

  it('the app refuses to unlock it with CORRUPT, file untouched', () => {
    const filePath = damagedCaseFile();
    const before = sha256OfFile(filePath);
    const session = new CaseFileSession();
    let code = '';
    try {
      session.unlock(filePath, PASSPHRASE);
    } catch (error) {
      code = error instanceof AppError ? error.code : String(error);
    }
    expect(code).toBe('CORRUPT');
    expect(session.status()).toEqual({ state: 'closed' });
    expect(sha256OfFile(filePath)).toBe(before);
    expect(fs.existsSync(`${filePath}-wal`)).toBe(false);
  });

  it('an intact file passes the check and opens for writing as before', () => {
    const filePath = newCaseFile();
    const session = new CaseFileSession();
    expect(session.unlock(filePath, PASSPHRASE).state).toBe('unlocked');
    session.close();
  });
});
