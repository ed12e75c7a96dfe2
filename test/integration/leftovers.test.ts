import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { backupCaseFileAt } from '../../electron/services/backup';
import { openCaseFile } from '../../electron/services/caseFile';
import { findLeftovers } from '../../electron/services/leftovers';
import { CaseFileSession } from '../../electron/services/session';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { runEss } from '../support/cli';

/**
 * Issue 9, item 8: hidden temporary copies that a crash left (a `.rekey` copy
 * holds every record under the OLD passphrase) are removed on the next open,
 * backup or rekey, securely, and reported; nothing else in the folder is touched.
 */

const REKEY_LEFTOVER = '.test.ess.ab12cd34ef56.rekey';
const BACKUP_LEFTOVER = '.test.ess.0123456789ab.backup';

/** Names that look like ours but are not exactly what tempPathBeside makes for test.ess. */
const LOOKALIKES = [
  '.test.ess.AB12CD34EF56.rekey', // upper-case hex
  '.test.ess.ab12cd34ef5.rekey', // 11 hex digits
  '.test.ess.ab12cd34ef567.rekey', // 13 hex digits
  '.test.ess.ab12cd34ef56.rekey.bak', // something after the purpose
  '.test.ess.ab12cd34ef56.unknown', // a purpose we never use
  '.test.ess.ab12cd34ef56.rekey-journal2',
  '.other.ess.ab12cd34ef56.rekey', // another case file's
  '.test.essx.ab12cd34ef56.rekey',
  'test.ess.ab12cd34ef56.rekey', // not hidden
  '..test.ess.ab12cd34ef56.rekey',
  'notes.txt',
];

/** A folder with a case file, real leftovers (a full copy of it as the .rekey one) and lookalikes. */
function plantLeftovers(): { filePath: string; dir: string } {
  const filePath = newCaseFile();
  const dir = path.dirname(filePath);
  fs.copyFileSync(filePath, path.join(dir, REKEY_LEFTOVER));
  fs.writeFileSync(path.join(dir, `${REKEY_LEFTOVER}-journal`), 'journal of the copy');
  fs.writeFileSync(path.join(dir, BACKUP_LEFTOVER), 'half a backup');
  fs.writeFileSync(path.join(dir, `${BACKUP_LEFTOVER}-wal`), 'its wal');
  for (const name of LOOKALIKES) fs.writeFileSync(path.join(dir, name), `keep ${name}`);
  return { filePath, dir };
}

function expectLookalikesUntouched(dir: string): void {
  for (const name of LOOKALIKES) expect(fs.readFileSync(path.join(dir, name), 'utf8'), name).toBe(`keep ${name}`);
}

describe('leftovers of interrupted jobs', () => {
  it('finds exactly the names our code makes, grouped with their SQLite companions', () => {
    const { filePath } = plantLeftovers();
    const found = findLeftovers(filePath);
    expect([...found.keys()].sort()).toEqual([BACKUP_LEFTOVER, REKEY_LEFTOVER].sort());
    expect(found.get(REKEY_LEFTOVER)).toMatchObject({ purpose: 'rekey' });
    expect(found.get(REKEY_LEFTOVER)!.files.map((file) => path.basename(file)).sort()).toEqual([REKEY_LEFTOVER, `${REKEY_LEFTOVER}-journal`]);
  });

  it('are removed when the case file is opened, zeroed before unlinking, and reported; lookalikes stay', () => {
    const { filePath, dir } = plantLeftovers();
    // The leftover really is a readable copy of all data under the passphrase.
    closeCaseFileDatabase(openCaseFileDatabase(path.join(dir, REKEY_LEFTOVER), PASSPHRASE, { inspectOnly: true }));
    const size = fs.statSync(path.join(dir, REKEY_LEFTOVER)).size;
    // A descriptor kept open sees the inode after the unlink: it must hold only zeros by then.
    const fd = fs.openSync(path.join(dir, REKEY_LEFTOVER), 'r');
    try {
      const opened = openCaseFile(filePath, PASSPHRASE);
      closeCaseFileDatabase(opened.db);
      expect(opened.removedLeftovers).toEqual([
        { name: BACKUP_LEFTOVER, purpose: 'backup' },
        { name: REKEY_LEFTOVER, purpose: 'rekey' },
      ]);
      const after = Buffer.alloc(size);
      fs.readSync(fd, after, 0, size, 0);
      expect(after.equals(Buffer.alloc(size))).toBe(true);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.existsSync(path.join(dir, REKEY_LEFTOVER))).toBe(false);
    expect(fs.existsSync(path.join(dir, `${BACKUP_LEFTOVER}-wal`))).toBe(false);
    expectLookalikesUntouched(dir);
  });

  it('never zeroes a file that lives on under another name, nor follows a symbolic link', () => {
    const filePath = newCaseFile();
    const dir = path.dirname(filePath);
    fs.writeFileSync(path.join(dir, 'finished backup.ess'), 'a finished backup');
    fs.linkSync(path.join(dir, 'finished backup.ess'), path.join(dir, '.test.ess.aaaaaaaaaaaa.backup'));
    fs.writeFileSync(path.join(dir, 'target.txt'), 'not ours');
    fs.symlinkSync(path.join(dir, 'target.txt'), path.join(dir, '.test.ess.bbbbbbbbbbbb.tmp'));
    const opened = openCaseFile(filePath, PASSPHRASE);
    closeCaseFileDatabase(opened.db);
    expect(opened.removedLeftovers).toEqual([{ name: '.test.ess.aaaaaaaaaaaa.backup', purpose: 'backup' }]);
    expect(fs.readFileSync(path.join(dir, 'finished backup.ess'), 'utf8')).toBe('a finished backup');
    expect(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8')).toBe('not ours');
    expect(fs.lstatSync(path.join(dir, '.test.ess.bbbbbbbbbbbb.tmp')).isSymbolicLink()).toBe(true);
  });

  it('the app says so: the session status names what was removed', () => {
    const { filePath } = plantLeftovers();
    const session = new CaseFileSession();
    const status = session.unlock(filePath, PASSPHRASE);
    expect(status).toMatchObject({ state: 'unlocked', removedLeftovers: [BACKUP_LEFTOVER, REKEY_LEFTOVER] });
    session.close();
  });

  it('a backup removes leftovers beside the case file and beside its destination', () => {
    const { filePath, dir } = plantLeftovers();
    const destinationDir = path.join(dir, 'kopieen');
    fs.mkdirSync(destinationDir);
    fs.writeFileSync(path.join(destinationDir, '.kopie.ess.cafebabe0123.backup'), 'half a backup');
    fs.writeFileSync(path.join(destinationDir, '.andere.ess.cafebabe0123.backup'), 'another destination');
    const result = backupCaseFileAt(filePath, path.join(destinationDir, 'kopie.ess'), PASSPHRASE);
    expect(result.cleanup.removed.map((item) => item.name).sort()).toEqual(['.kopie.ess.cafebabe0123.backup', BACKUP_LEFTOVER, REKEY_LEFTOVER].sort());
    expect(fs.readdirSync(destinationDir).sort()).toEqual(['.andere.ess.cafebabe0123.backup', 'kopie.ess']);
    expectLookalikesUntouched(dir);
  });

  it('ess rekey and ess backup print what they removed', () => {
    const env = { ESS_PASSPHRASE: PASSPHRASE };
    const { filePath, dir } = plantLeftovers();
    const rekey = runEss(['rekey', filePath], { ...env, ESS_NEW_PASSPHRASE: 'een nieuw wachtwoord 2026' });
    expect(rekey.status, rekey.stderr).toBe(0);
    expect(rekey.stdout).toContain(`Removed 1 leftover temporary copy from an interrupted passphrase change: ${REKEY_LEFTOVER}`);
    expect(rekey.stdout).toContain(`Removed 1 leftover temporary copy from an interrupted backup: ${BACKUP_LEFTOVER}`);
    fs.writeFileSync(path.join(dir, '.kopie.ess.cafebabe0123.backup'), 'half a backup');
    const backup = runEss(['backup', filePath, path.join(dir, 'kopie.ess')], { ESS_PASSPHRASE: 'een nieuw wachtwoord 2026' });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('Removed 1 leftover temporary copy from an interrupted backup: .kopie.ess.cafebabe0123.backup');
    expectLookalikesUntouched(dir);
  });

  it('a writing command (ess signal add) removes them too and notes it on stderr; a reading one leaves the folder alone', () => {
    const { filePath, dir } = plantLeftovers();
    const env = { ESS_PASSPHRASE: PASSPHRASE };
    const list = runEss(['signal', 'list', filePath], env);
    expect(list.status, list.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, REKEY_LEFTOVER))).toBe(true);
    const add = runEss(['signal', 'add', filePath, '--title', 'Spanningen na een wedstrijd', '--description', 'Feiten.', '--national', '--theme', 'polarisatie', '--urgency', 'laag'], env);
    expect(add.status, add.stderr).toBe(0);
    expect(add.stderr).toContain(`note: Removed 1 leftover temporary copy from an interrupted passphrase change: ${REKEY_LEFTOVER}`);
    expect(fs.existsSync(path.join(dir, REKEY_LEFTOVER))).toBe(false);
    expectLookalikesUntouched(dir);
  });
});
