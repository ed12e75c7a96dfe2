import fs from 'node:fs';
import {
  closeCaseFileDatabase,
  openCaseFileDatabase,
  rekeyCaseFileDatabase,
  type Db,
} from '../../db/connection';
import { removeDatabaseFiles, tempPathBeside } from '../../db/atomicFile';
import { copyEncrypted } from '../../db/copy';
import { integrityCheck } from '../../db/repositories/stats';
import { toAppError } from '../../db/sqliteErrors';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import { AppError } from '../../shared/errors';
import type { Actor } from './actor';
import { recordChange } from './audit';

/**
 * Makes a copy of the case file under the new passphrase and checks it. The
 * original is not touched: the caller swaps the copy in once its own
 * connection is closed, so a failure at any point leaves the old file intact.
 */
export function writeRekeyedCopy(db: Db, filePath: string, passphrases: { current: string; next: string }, actor: Actor, now: Date): string {
  const tempPath = tempPathBeside(filePath, 'rekey');
  try {
    copyEncrypted(db, tempPath);
    const copy = openCaseFileDatabase(tempPath, passphrases.current);
    try {
      rekeyCaseFileDatabase(copy, passphrases.next);
      const { id } = getCaseFileMeta(copy);
      copy.transaction(() => recordChange(copy, actor, { entity: 'caseFile', entityId: id, action: 'rekey' }, now))();
    } finally {
      closeCaseFileDatabase(copy);
    }
    const check = openCaseFileDatabase(tempPath, passphrases.next, { inspectOnly: true });
    try {
      const problems = integrityCheck(check);
      if (problems.length > 0) throw new AppError('IO_ERROR', `Change passphrase: the new copy is damaged (${problems[0]})`);
    } finally {
      closeCaseFileDatabase(check);
    }
    return tempPath;
  } catch (error) {
    removeDatabaseFiles(tempPath);
    throw toAppError(error, 'Change passphrase');
  }
}

/** Puts the re-encrypted copy in place of the original (whose connection must be closed). */
export function swapInRekeyedCopy(tempPath: string, filePath: string): void {
  try {
    fs.renameSync(tempPath, filePath);
  } catch (error) {
    removeDatabaseFiles(tempPath);
    throw toAppError(error, 'Change passphrase');
  }
}

/** The CLI's entry: change the passphrase of a closed case file. */
export function rekeyCaseFileAt(filePath: string, passphrases: { current: string; next: string }, actor: Actor): void {
  const db = openCaseFileDatabase(filePath, passphrases.current);
  let tempPath: string;
  try {
    tempPath = writeRekeyedCopy(db, filePath, passphrases, actor, new Date());
  } finally {
    closeCaseFileDatabase(db);
  }
  swapInRekeyedCopy(tempPath, filePath);
}
