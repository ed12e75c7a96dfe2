import path from 'node:path';
import { closeCaseFileDatabase } from '../../db/connection';
import { createCaseFile } from '../../electron/services/caseFile';
import { tempDir } from './tempDir';

export const PASSPHRASE = 'correct horse battery staple';
export const ADVISER = { name: 'Test Adviseur', initials: 'TA' };

/** A new closed case file in a temp folder. */
export function newCaseFile(name = 'test.ess'): string {
  const filePath = path.join(tempDir(), name);
  const { db } = createCaseFile({ path: filePath, passphrase: PASSPHRASE, adviser: ADVISER });
  closeCaseFileDatabase(db);
  return filePath;
}
