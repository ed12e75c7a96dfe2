import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate';
import { countRecords } from '../../db/repositories/stats';
import { SYSTEM_ACTOR } from '../../electron/services/actor';
import { verifyAuditChain } from '../../electron/services/audit';
import { backupCaseFileAt } from '../../electron/services/backup';
import { createCaseFile, openCaseFile } from '../../electron/services/caseFile';
import { rekeyCaseFileAt } from '../../electron/services/rekey';
import { AppError } from '../../shared/errors';
import { toAppError } from '../../db/sqliteErrors';
import { ADVISER, newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { decryptSqlcipher4Page1 } from '../support/sqlcipher4';
import { bytesOnDisk, sha256OfFile, tempDir } from '../support/tempDir';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an error');
}

describe('creating and opening a case file', () => {
  it('creates a file that opens with the passphrase and records who made it', () => {
    const filePath = newCaseFile();
    const { db, adviser } = openCaseFile(filePath, PASSPHRASE);
    expect(adviser?.initials).toBe('TA');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 2 });
    closeCaseFileDatabase(db);
  });

  it('adds the .ess extension and never overwrites an existing file', () => {
    const dir = tempDir();
    const { db, path: made } = createCaseFile({ path: path.join(dir, 'dossier'), passphrase: PASSPHRASE, adviser: ADVISER });
    closeCaseFileDatabase(db);
    expect(made).toBe(path.join(dir, 'dossier.ess'));
    const before = sha256OfFile(made);
    expect(codeOf(() => createCaseFile({ path: made, passphrase: PASSPHRASE, adviser: ADVISER }))).toBe('FILE_EXISTS');
    expect(sha256OfFile(made)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['dossier.ess']);
  });

  it('is a standard SQLCipher 4 file: page 1 decrypts with the published defaults', () => {
    const filePath = newCaseFile();
    const page = decryptSqlcipher4Page1(filePath, PASSPHRASE);
    // Bytes 16.. of the SQLite header: page size 4096 (big-endian), WAL format (2, 2), 80 reserved bytes.
    expect(page.readUInt16BE(0)).toBe(4096);
    expect([page[2], page[3], page[4]]).toEqual([2, 2, 80]);
    expect(() => decryptSqlcipher4Page1(filePath, 'not the passphrase')).toThrow(/HMAC/);
  });

  it('never shows the plaintext header or stored text on disk, in the WAL or in backups', () => {
    const marker = 'MARKER-Zeer-Geheime-Duiding-7731';
    const dir = tempDir();
    const { db, path: filePath } = createCaseFile({
      path: path.join(dir, 'geheim.ess'),
      passphrase: PASSPHRASE,
      adviser: { name: marker, initials: 'MK' },
    });
    // While open, the change sits in the WAL: check it there too.
    const walAndFile = bytesOnDisk(filePath);
    expect(walAndFile.includes(marker)).toBe(false);
    expect(walAndFile.includes('SQLite format 3')).toBe(false);
    closeCaseFileDatabase(db);
    const backupPath = path.join(dir, 'kopie.ess');
    backupCaseFileAt(filePath, backupPath, PASSPHRASE);
    for (const file of [filePath, backupPath]) {
      const bytes = bytesOnDisk(file);
      expect(bytes.includes(marker)).toBe(false);
      expect(bytes.includes(Buffer.from(marker, 'utf16le'))).toBe(false);
      expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
    }
  });
});

describe('refusing bad files without touching them', () => {
  it('a wrong passphrase gives WRONG_PASSPHRASE and leaves the file byte for byte unchanged', () => {
    const filePath = newCaseFile();
    const before = sha256OfFile(filePath);
    const listing = fs.readdirSync(path.dirname(filePath));
    expect(codeOf(() => openCaseFileDatabase(filePath, 'dit is niet het wachtwoord'))).toBe('WRONG_PASSPHRASE');
    expect(sha256OfFile(filePath)).toBe(before);
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(listing);
  });

  it('a truncated file is refused and left as it is', () => {
    const filePath = newCaseFile();
    const bytes = fs.readFileSync(filePath);
    for (const length of [0, 100, 4096 + 17, bytes.length - 4096]) {
      fs.writeFileSync(filePath, bytes.subarray(0, length));
      const before = sha256OfFile(filePath);
      expect(['NOT_A_CASE_FILE', 'CORRUPT']).toContain(codeOf(() => openCaseFileDatabase(filePath, PASSPHRASE)));
      expect(sha256OfFile(filePath)).toBe(before);
      expect(fs.existsSync(filePath)).toBe(true);
    }
  });

  it('a damaged page gives CORRUPT and the file is not modified', () => {
    const filePath = newCaseFile();
    const bytes = fs.readFileSync(filePath);
    const pages = bytes.length / 4096;
    expect(pages).toBeGreaterThan(2);
    // Damage every page but the first, so the schema page or a table page fails its HMAC.
    for (let page = 1; page < pages; page += 1) bytes.fill(0x41, page * 4096 + 100, page * 4096 + 200);
    fs.writeFileSync(filePath, bytes);
    const before = sha256OfFile(filePath);
    const code = codeOf(() => {
      const db = openCaseFileDatabase(filePath, PASSPHRASE);
      try {
        countRecords(db);
      } catch (error) {
        throw toAppError(error, 'Read');
      } finally {
        closeCaseFileDatabase(db);
      }
    });
    expect(code).toBe('CORRUPT');
    expect(sha256OfFile(filePath)).toBe(before);
  });

  it('an unencrypted SQLite file or a random file is NOT_A_CASE_FILE', () => {
    const dir = tempDir();
    const plain = path.join(dir, 'plain.ess');
    fs.writeFileSync(plain, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]));
    expect(codeOf(() => openCaseFileDatabase(plain, PASSPHRASE))).toBe('NOT_A_CASE_FILE');
    const text = path.join(dir, 'notitie.ess');
    fs.writeFileSync(text, 'geen casusbestand');
    expect(codeOf(() => openCaseFileDatabase(text, PASSPHRASE))).toBe('NOT_A_CASE_FILE');
    expect(codeOf(() => openCaseFileDatabase(path.join(dir, 'bestaat-niet.ess'), PASSPHRASE))).toBe('FILE_NOT_FOUND');
  });

  it('a file from a newer schema is refused without any write', () => {
    const filePath = newCaseFile();
    const db = openCaseFileDatabase(filePath, PASSPHRASE);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    closeCaseFileDatabase(db);
    const before = sha256OfFile(filePath);
    expect(codeOf(() => openCaseFileDatabase(filePath, PASSPHRASE))).toBe('NEWER_SCHEMA');
    expect(sha256OfFile(filePath)).toBe(before);
  });

  it('a second open of the same file is FILE_IN_USE', () => {
    const filePath = newCaseFile();
    const db = openCaseFileDatabase(filePath, PASSPHRASE);
    expect(codeOf(() => openCaseFileDatabase(filePath, PASSPHRASE))).toBe('FILE_IN_USE');
    closeCaseFileDatabase(db);
    closeCaseFileDatabase(openCaseFileDatabase(filePath, PASSPHRASE));
  });
});

describe('passphrase change and backup', () => {
  it('rekeys: the new passphrase opens the file, the old one no longer does, nothing is lost', () => {
    const filePath = newCaseFile();
    const newPassphrase = 'een heel ander wachtwoord 2026';
    rekeyCaseFileAt(filePath, { current: PASSPHRASE, next: newPassphrase }, SYSTEM_ACTOR);
    expect(codeOf(() => openCaseFileDatabase(filePath, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    const db = openCaseFileDatabase(filePath, newPassphrase);
    expect(countRecords(db).advisers).toBe(1);
    expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 3 });
    closeCaseFileDatabase(db);
    expect(decryptSqlcipher4Page1(filePath, newPassphrase).readUInt16BE(0)).toBe(4096);
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(['test.ess']);
  });

  it('a failed rekey (wrong current passphrase) leaves the file unchanged', () => {
    const filePath = newCaseFile();
    const before = sha256OfFile(filePath);
    expect(codeOf(() => rekeyCaseFileAt(filePath, { current: 'fout wachtwoord!!', next: 'nieuw wachtwoord 123' }, SYSTEM_ACTOR))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(sha256OfFile(filePath)).toBe(before);
  });

  it('backs up to an encrypted, verified copy that opens with the same passphrase', () => {
    const filePath = newCaseFile();
    const destination = path.join(path.dirname(filePath), 'backup.ess');
    const result = backupCaseFileAt(filePath, destination, PASSPHRASE);
    expect(result).toMatchObject({ path: destination, sha256: sha256OfFile(destination) });
    expect(result.sizeBytes).toBe(fs.statSync(destination).size);
    const copy = openCaseFileDatabase(destination, PASSPHRASE, { inspectOnly: true });
    expect(countRecords(copy)).toEqual({
      signals: 0,
      cases: 0,
      journalEntries: 0,
      organisations: 0,
      contactPersons: 0,
      contactMoments: 0,
      actions: 0,
      briefings: 0,
      advisers: 1,
      auditEntries: 2,
    });
    closeCaseFileDatabase(copy);
    expect(codeOf(() => backupCaseFileAt(filePath, destination, PASSPHRASE))).toBe('FILE_EXISTS');
    expect(fs.readdirSync(path.dirname(filePath)).sort()).toEqual(['backup.ess', 'test.ess']);
  });
});
