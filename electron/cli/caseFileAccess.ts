import { closeCaseFileDatabase, isReadOnlyDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { wipe } from '../../db/passphraseKey';
import { defaultAnchorsDir, recordAnchor } from '../services/auditAnchors';
import { describeCleanup, removeLeftovers } from '../services/leftovers';
import { openingPassphrase, type PassphraseOptions } from './passphrase';
import { existingFile } from './paths';

/**
 * Opens a case file for one command and always closes it (folding the WAL
 * back in), whatever the command does. Reading commands open inspect-only.
 * The passphrase bytes are zeroed as soon as the file is open.
 */
export async function withCaseFile<T>(
  file: string,
  options: PassphraseOptions,
  mode: 'read' | 'write',
  work: (db: Db) => T,
): Promise<T> {
  const filePath = existingFile(file);
  const passphrase = await openingPassphrase(options);
  let db: Db;
  try {
    db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: mode === 'read' });
  } finally {
    wipe(passphrase);
  }
  // A writing command holds the lock now, so copies an interrupted job left are dead: remove them and say so.
  if (mode === 'write') for (const line of describeCleanup(removeLeftovers(filePath))) process.stderr.write(`note: ${line}\n`);
  try {
    const result = work(db);
    // The chain's head after a change, kept outside the file (where the app keeps its own) for `ess verify`.
    if (mode === 'write' && !isReadOnlyDatabase(db)) recordAnchor(defaultAnchorsDir(), db, 'app', new Date());
    return result;
  } finally {
    closeCaseFileDatabase(db);
  }
}
