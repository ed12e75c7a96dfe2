import fs from 'node:fs';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { placeWithoutOverwrite, removeDatabaseFilesSecurely, tempPathBeside } from '../../db/atomicFile';
import type { Passphrase } from '../../db/passphraseKey';
import { countRecords, integrityCheck } from '../../db/repositories/stats';
import { copyEncrypted, pageGeometry } from '../../db/copy';
import { AppError } from '../../shared/errors';
import type { BackupResult } from '../../shared/contract/schemas';
import { toAppError } from '../../db/sqliteErrors';
import { verifyAuditChain } from './audit';
import { sha256File } from './fileHash';
import { IGNORE_PHASES, type OnJobPhase } from './jobPhase';
import { mergeCleanups, removeLeftovers, type LeftoverCleanup } from './leftovers';

/**
 * Writes an encrypted, verified copy of an open case file. The copy is made
 * under a temporary name, reopened with the passphrase and checked (integrity,
 * record counts, audit chain head) before it takes its final name, which never
 * replaces an existing file. Temporary copies that an interrupted backup to
 * the same destination left behind are removed first.
 */
export function backupCaseFile(
  db: Db,
  destination: string,
  passphrase: Passphrase,
  onPhase: OnJobPhase = IGNORE_PHASES,
): BackupResult & { cleanup: LeftoverCleanup } {
  if (fs.existsSync(destination)) throw new AppError('FILE_EXISTS', `Backup: a file already exists at ${destination}`);
  const cleanup = removeLeftovers(destination);
  const tempPath = tempPathBeside(destination, 'backup');
  try {
    const { pageCount, pageSize } = pageGeometry(db);
    onPhase({ step: 'copying', watch: { path: tempPath, expectedBytes: pageCount * pageSize } });
    copyEncrypted(db, tempPath);
    onPhase({ step: 'verifying' });
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
    return { path: destination, sizeBytes, sha256, verifiedRecords, cleanup };
  } catch (error) {
    throw toAppError(error, 'Backup');
  } finally {
    removeDatabaseFilesSecurely(tempPath);
  }
}

/**
 * The CLI's and the worker's entry: open, remove what earlier crashes left
 * beside the case file, back up, close.
 */
export function backupCaseFileAt(
  source: string,
  destination: string,
  passphrase: Passphrase,
  onPhase: OnJobPhase = IGNORE_PHASES,
): BackupResult & { cleanup: LeftoverCleanup } {
  const db = openCaseFileDatabase(source, passphrase);
  try {
    const besideSource = removeLeftovers(source);
    const result = backupCaseFile(db, destination, passphrase, onPhase);
    return { ...result, cleanup: mergeCleanups(besideSource, result.cleanup) };
  } finally {
    closeCaseFileDatabase(db);
  }
}
