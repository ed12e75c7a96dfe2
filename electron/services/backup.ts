import fs from 'node:fs';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { placeWithoutOverwrite, removeDatabaseFiles, tempPathBeside } from '../../db/atomicFile';
import { countRecords, integrityCheck } from '../../db/repositories/stats';
import { copyEncrypted } from '../../db/copy';
import { AppError } from '../../shared/errors';
import type { BackupResult } from '../../shared/contract/schemas';
import { toAppError } from '../../db/sqliteErrors';
import { verifyAuditChain } from './audit';
import { sha256File } from './fileHash';

/**
 * Writes an encrypted, verified copy of an open case file. The copy is made
 * under a temporary name, reopened with the passphrase and checked (integrity,
 * record counts, audit chain head) before it takes its final name, which never
 * replaces an existing file.
 */
export function backupCaseFile(db: Db, destination: string, passphrase: string): BackupResult {
  if (fs.existsSync(destination)) throw new AppError('FILE_EXISTS', `Backup: a file already exists at ${destination}`);
  const tempPath = tempPathBeside(destination, 'backup');
  try {
    copyEncrypted(db, tempPath);
    const expectedCounts = countRecords(db);
    const expectedHead = verifyAuditChain(db).headHash;
    const copy = openCaseFileDatabase(tempPath, passphrase, { inspectOnly: true });
    try {
      const problems = integrityCheck(copy);
      if (problems.length > 0) throw new AppError('IO_ERROR', `Backup: the copy failed its integrity check (${problems[0]})`);
      const counts = countRecords(copy);
      if (JSON.stringify(counts) !== JSON.stringify(expectedCounts)) {
        throw new AppError('IO_ERROR', 'Backup: the copy does not hold the same records as the case file');
      }
      if (verifyAuditChain(copy).headHash !== expectedHead) {
        throw new AppError('IO_ERROR', 'Backup: the audit trail of the copy does not match the case file');
      }
    } finally {
      closeCaseFileDatabase(copy);
    }
    const sizeBytes = fs.statSync(tempPath).size;
    const sha256 = sha256File(tempPath);
    placeWithoutOverwrite(tempPath, destination);
    const verifiedRecords = Object.values(expectedCounts).reduce((sum, n) => sum + n, 0);
    return { path: destination, sizeBytes, sha256, verifiedRecords };
  } catch (error) {
    throw toAppError(error, 'Backup');
  } finally {
    removeDatabaseFiles(tempPath);
  }
}

/** The CLI's entry: open, back up, close. */
export function backupCaseFileAt(source: string, destination: string, passphrase: string): BackupResult {
  const db = openCaseFileDatabase(source, passphrase);
  try {
    return backupCaseFile(db, destination, passphrase);
  } finally {
    closeCaseFileDatabase(db);
  }
}
