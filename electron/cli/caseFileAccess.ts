import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { passphraseToOpen, type PassphraseOptions } from './passphrase';
import { existingFile } from './paths';

/**
 * Opens a case file for one command and always closes it (folding the WAL
 * back in), whatever the command does. Reading commands open inspect-only.
 */
export async function withCaseFile<T>(
  file: string,
  options: PassphraseOptions,
  mode: 'read' | 'write',
  work: (db: Db) => T,
): Promise<T> {
  const filePath = existingFile(file);
  const passphrase = await passphraseToOpen(options);
  const db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: mode === 'read' });
  try {
    return work(db);
  } finally {
    closeCaseFileDatabase(db);
  }
}
