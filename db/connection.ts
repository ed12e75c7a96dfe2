import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../shared/errors';
import { toAppError } from './sqliteErrors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrate';
import { placeWithoutOverwrite, removeDatabaseFiles, tempPathBeside } from './atomicFile';
import { withPassphraseBytes, wipe, type Passphrase } from './passphraseKey';
import { rawRekeyFor } from './rekeyKey';
import { isWritableLocation, makeReadOnlyCopy, removeReadOnlyCopy } from './readOnlyCopy';
import path from 'node:path';

export type Db = Database.Database;

/** SQLCipher 4 page size; every intact case file is a whole number of pages. */
const PAGE_SIZE = 4096;
const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Wait briefly for a lock before reporting FILE_IN_USE; the holder is another process. */
const BUSY_TIMEOUT_MS = 250;

/**
 * Case files open in this process. POSIX drops a process's locks on a file when
 * any descriptor on it closes, so a second open in the same process must be
 * refused before it touches the file, or it would silently unlock the first.
 */
const openInThisProcess = new Map<Db, string>();
/** Connections on a private copy of a case file that lies where nothing can be written. */
const readOnlyCopies = new Map<Db, string>();

function processKey(filePath: string): string {
  try {
    return fs.realpathSync(filePath);
  } catch {
    return path.resolve(filePath);
  }
}

function assertNotOpenHere(filePath: string): void {
  const key = processKey(filePath);
  if ([...openInThisProcess.values()].includes(key)) {
    throw new AppError('FILE_IN_USE', 'Open case file: the case file is already open in this program');
  }
}

export interface OpenOptions {
  /**
   * Look without changing anything: no migrations, no pragma that writes.
   * (Not SQLite's read-only flag: a read-only connection cannot open a WAL
   * file in exclusive locking mode; see readOnlyCopy.ts for files that lie
   * where nothing can be written.)
   */
  inspectOnly?: boolean;
  /** Allow the caller to run migrations itself (tests of single migrations). */
  skipMigrations?: boolean;
}

/**
 * Keys a fresh connection in SQLCipher 4 mode. The cipher pragmas must come
 * before the key, and the key before any statement that reads the file. The
 * key goes in as bytes (sqlite3_key, which still runs the KDF), never as SQL
 * text: no quoting to get wrong, no parser error that could echo part of it.
 */
function applyKey(db: Db, passphrase: Passphrase): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  withPassphraseBytes(passphrase, (bytes) => db.key(bytes));
  // Exclusive locking keeps the file locked by this process until close, so a
  // second instance gets FILE_IN_USE; the OS releases it if we crash. Set before
  // the first read so the WAL index lives in heap memory (no -shm file).
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function applyWorkingPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // The library defaults to NORMAL; FULL makes every commit durable on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  // Encrypted reads cost ~4x plain on cache misses; a warm cache hides that.
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
}

function readHeader(filePath: string): Buffer {
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(PLAINTEXT_HEADER.length);
    fs.readSync(fd, header, 0, header.length, 0);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

function statOrThrow(filePath: string): fs.Stats {
  try {
    return fs.statSync(filePath);
  } catch (error) {
    throw toAppError(error, 'Open case file');
  }
}

/**
 * Checks that can be made without the key, so nothing is opened needlessly.
 * This is also the plaintext-header check for existing files: it must run
 * before the connection exists, because closing any other descriptor on the
 * file would drop SQLite's POSIX locks (and with them FILE_IN_USE).
 */
function checkFileShape(filePath: string): void {
  const stats = statOrThrow(filePath);
  if (!stats.isFile()) throw new AppError('NOT_A_CASE_FILE', 'Open case file: not a regular file');
  if (stats.size === 0) throw new AppError('NOT_A_CASE_FILE', 'Open case file: the file is empty');
  if (readHeader(filePath).equals(PLAINTEXT_HEADER)) {
    throw new AppError('NOT_A_CASE_FILE', 'Open case file: this is an unencrypted SQLite database, not a case file');
  }
  if (stats.size < PAGE_SIZE || stats.size % PAGE_SIZE !== 0) {
    throw new AppError('NOT_A_CASE_FILE', 'Open case file: not a case file, or a truncated one');
  }
}

/** Encrypted or not, a case file is nobody else's business on a shared machine. */
export function restrictToOwner(filePath: string): void {
  fs.chmodSync(filePath, 0o600);
}

function assertEncryptedOnDisk(filePath: string): void {
  if (readHeader(filePath).equals(PLAINTEXT_HEADER)) {
    throw new AppError('NOT_A_CASE_FILE', 'The case file is not encrypted on disk; refusing to use it');
  }
}

/** A header that promises more pages than the file (and its WAL) holds means truncation. */
function assertNotTruncated(db: Db, filePath: string): void {
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const walPath = `${filePath}-wal`;
  const walSize = fs.existsSync(walPath) ? fs.statSync(walPath).size : 0;
  if (walSize === 0 && fs.statSync(filePath).size < pageCount * pageSize) {
    throw new AppError('CORRUPT', 'Open case file: the file is shorter than its header says (truncated)');
  }
}

/**
 * Reads every page in use (every table, index and overflow page) once before
 * anything is written in this session. SQLCipher checks each page's HMAC as
 * it is read, so a flipped byte anywhere shows here, and the file is refused
 * untouched instead of being written on top of damage. A walk of dbstat, not
 * PRAGMA quick_check: the HMAC finds media damage just as well at a third
 * of the cost. Measured on 100,000 signals (382 MB): the walk adds ~1.5 s to
 * a 0.17 s open; quick_check added 6 to 23 s.
 */
function assertIntact(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM dbstat').get();
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB' && code !== 'SQLITE_IOERR_DATA') throw error;
    throw new AppError('CORRUPT', 'Open case file: the case file is damaged (a page failed its check); it was not changed, restore a backup');
  }
}

function hasCaseFileMeta(db: Db): boolean {
  const row = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'case_file_meta'")
    .get() as { n: number };
  return row.n === 1;
}

/**
 * Opens an existing case file. A wrong passphrase, a newer schema or a damaged
 * file is reported with a stable code and the file is left exactly as it was.
 * A file that lies where nothing can be written opens read-only (see
 * isReadOnlyDatabase): reads work, writes fail with READ_ONLY.
 */
export function openCaseFileDatabase(filePath: string, passphrase: Passphrase, options: OpenOptions = {}): Db {
  assertNotOpenHere(filePath);
  checkFileShape(filePath);
  const copyPath = isWritableLocation(filePath) ? null : makeReadOnlyCopy(filePath);
  const openPath = copyPath ?? filePath;
  let db: Db | undefined;
  try {
    db = new Database(openPath, { fileMustExist: true });
    applyKey(db, passphrase);
    // PRAGMA key always succeeds; a wrong key shows only at the first read.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (!hasCaseFileMeta(db)) {
      throw new AppError('NOT_A_CASE_FILE', 'Open case file: this encrypted database is not an ESS case file');
    }
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'NEWER_SCHEMA',
        `Open case file: schema version ${schemaVersion} is newer than this app supports (${LATEST_SCHEMA_VERSION}); update the app`,
      );
    }
    assertNotTruncated(db, openPath);
    if (copyPath) {
      refuseUpgradeWhereReadOnly(schemaVersion, options);
      // The copy could be written; the original cannot, so neither may the copy.
      db.pragma('query_only = ON');
      readOnlyCopies.set(db, copyPath);
    } else if (!options.inspectOnly) {
      db.pragma('cache_size = -262144');
      assertIntact(db);
      applyWorkingPragmas(db);
      if (!options.skipMigrations) migrate(db, new Date());
    }
    openInThisProcess.set(db, processKey(filePath));
    return db;
  } catch (error) {
    db?.close();
    if (copyPath) removeReadOnlyCopy(copyPath);
    throw toAppError(error, 'Open case file');
  }
}

/** An older file needs migrations to be used, and nothing can be written where it lies. */
function refuseUpgradeWhereReadOnly(schemaVersion: number, options: OpenOptions): void {
  if (options.inspectOnly || schemaVersion === LATEST_SCHEMA_VERSION) return;
  throw new AppError(
    'READ_ONLY',
    'Open case file: this case file was made by an older version and must be upgraded, which cannot happen where it lies (nothing can be written there); copy it to a folder you can write to',
  );
}

/** Whether this connection is on a read-only case file: reads work, every write fails with READ_ONLY. */
export function isReadOnlyDatabase(db: Db): boolean {
  return readOnlyCopies.has(db);
}

export interface CreateOptions {
  /** Writes the first rows (meta, adviser) inside the new file before it is moved into place. */
  initialise: (db: Db) => void;
}

/**
 * Creates a new case file without ever exposing a half-made one: the database
 * is built under a temporary name beside the target and then linked into place,
 * which fails (FILE_EXISTS) rather than overwrite a file that appeared meanwhile.
 */
export function createCaseFileDatabase(filePath: string, passphrase: Passphrase, options: CreateOptions): Db {
  if (fs.existsSync(filePath)) {
    throw new AppError('FILE_EXISTS', 'Create case file: a file with that name already exists');
  }
  const dir = path.dirname(filePath);
  if (!fs.existsSync(dir)) throw new AppError('IO_ERROR', 'Create case file: the folder does not exist');
  const tempPath = tempPathBeside(filePath, 'creating');
  let db: Db | undefined;
  try {
    db = new Database(tempPath);
    applyKey(db, passphrase);
    applyWorkingPragmas(db);
    migrate(db, new Date());
    options.initialise(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = undefined;
    assertEncryptedOnDisk(tempPath);
    restrictToOwner(tempPath);
    placeWithoutOverwrite(tempPath, filePath);
  } catch (error) {
    db?.close();
    throw toAppError(error, 'Create case file');
  } finally {
    removeDatabaseFiles(tempPath);
  }
  return openCaseFileDatabase(filePath, passphrase);
}

export interface CloseResult {
  /** False when the WAL could not be folded in (disk full): its changes are safe and are folded in on the next open. */
  checkpointed: boolean;
}

/**
 * Closes after folding the WAL into the main file, so a closed case file is
 * one file. Never throws: locking must always drop the key and release the
 * file, even when the disk is full and the checkpoint cannot be written.
 */
export function closeCaseFileDatabase(db: Db): CloseResult {
  openInThisProcess.delete(db);
  const copyPath = readOnlyCopies.get(db);
  readOnlyCopies.delete(db);
  let checkpointed = true;
  if (db.open) {
    if (!copyPath) checkpointed = checkpointQuietly(db);
    // better-sqlite3's close() releases the handle (and the file lock) whatever
    // SQLite says; it throws only while a statement iterates, which we never leave running.
    db.close();
  }
  if (copyPath) removeReadOnlyCopy(copyPath);
  return { checkpointed };
}

function checkpointQuietly(db: Db): boolean {
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  }
}

/**
 * Changes the passphrase in place, on the connection that holds the file's
 * exclusive lock, so no other process can slip in and nothing ever replaces
 * the file. SQLite3 Multiple Ciphers rewrites every page in ONE transaction
 * with a rollback journal (it refuses WAL mode, hence the switch), so a crash
 * part-way rolls back to the old passphrase on the next open. The salt is
 * kept (see rawRekeyFor), or that roll-back could not be decrypted.
 */
export function rekeyCaseFileDatabase(db: Db, newPassphrase: Passphrase, onRewriting?: () => void): void {
  const raw = rawRekeyFor(db, newPassphrase);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    try {
      onRewriting?.();
      db.rekey(raw);
    } finally {
      db.pragma('journal_mode = WAL');
    }
  } finally {
    wipe(raw);
  }
  // Every page was just rewritten: drop the cached copies and read them all back from disk under the new key.
  db.pragma('shrink_memory');
  const problems = db.pragma('quick_check', { simple: true }) as string;
  if (problems !== 'ok') throw new AppError('CORRUPT', `Change passphrase: the re-encrypted case file fails its check (${problems})`);
}

/** Reads the user_version without keying; only valid on an already open connection. */
export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
