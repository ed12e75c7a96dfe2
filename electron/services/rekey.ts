import { closeCaseFileDatabase, openCaseFileDatabase, rekeyCaseFileDatabase, type Db } from '../../db/connection';
import { pageGeometry } from '../../db/copy';
import type { Passphrase } from '../../db/passphraseKey';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import { toAppError } from '../../db/sqliteErrors';
import type { Actor } from './actor';
import { recordChange } from './audit';
import { IGNORE_PHASES, type OnJobPhase } from './jobPhase';
import { removeLeftovers, type LeftoverCleanup } from './leftovers';

/** Each page in a rollback journal is stored with its 4-byte page number and a 4-byte checksum. */
const JOURNAL_BYTES_PER_PAGE_OVERHEAD = 8;

/**
 * Changes the passphrase of an open case file in place, on the connection
 * that holds its exclusive lock (see rekeyCaseFileDatabase): no copy, no
 * rename, no moment at which another process could open the file, so no
 * acknowledged write can be lost. A crash part-way leaves the file under the
 * old passphrase. The change is audited once it is done.
 */
export function rekeyOpenCaseFile(
  db: Db,
  filePath: string,
  next: Passphrase,
  actor: Actor,
  now: Date,
  onPhase: OnJobPhase = IGNORE_PHASES,
): void {
  try {
    const { pageCount, pageSize } = pageGeometry(db);
    rekeyCaseFileDatabase(db, next, () =>
      onPhase({
        step: 'rewriting',
        watch: { path: `${filePath}-journal`, expectedBytes: pageCount * (pageSize + JOURNAL_BYTES_PER_PAGE_OVERHEAD) },
      }),
    );
    onPhase({ step: 'verifying' });
    const { id } = getCaseFileMeta(db);
    db.transaction(() => recordChange(db, actor, { entity: 'caseFile', entityId: id, action: 'rekey' }, now))();
  } catch (error) {
    throw toAppError(error, 'Change passphrase');
  }
}

/**
 * The CLI's and the worker's entry: open a closed case file, remove what
 * earlier crashes left beside it, change the passphrase, close. Returns the
 * clean-up, so the caller can say what was removed.
 */
export function rekeyCaseFileAt(
  filePath: string,
  passphrases: { current: Passphrase; next: Passphrase },
  actor: Actor,
  onPhase: OnJobPhase = IGNORE_PHASES,
): LeftoverCleanup {
  const db = openCaseFileDatabase(filePath, passphrases.current);
  try {
    const cleanup = removeLeftovers(filePath);
    rekeyOpenCaseFile(db, filePath, passphrases.next, actor, new Date(), onPhase);
    return cleanup;
  } finally {
    closeCaseFileDatabase(db);
  }
}
