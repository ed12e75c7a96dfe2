import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import type { Db } from '../../db/connection';

/**
 * Raw connections for floors: the library without our code around it, keyed
 * and tuned the way db/connection.ts does it. The pragma lists mirror
 * connection.ts (its helpers are private); keep them in step if it changes.
 */

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** SQLCipher 4 mode and the key, before any statement that reads the file. */
export function applyCipherKey(db: Db, passphrase: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = ${quoteLiteral(passphrase)}`);
}

/** Set before the first read, as connection.ts does. */
const LOCKING_PRAGMAS = ['locking_mode = EXCLUSIVE', 'busy_timeout = 250'];

const WORKING_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'secure_delete = ON',
  'cache_size = -262144',
  'temp_store = MEMORY',
];

/**
 * Opens a database with the case file's pragmas; keyed (SQLCipher 4) when a
 * passphrase is given, plain SQLite otherwise. The first read runs here, so
 * the key derivation is paid before the caller starts a clock.
 */
export function openTuned(filePath: string, passphrase: string | null): Db {
  const db = new Database(filePath);
  if (passphrase !== null) applyCipherKey(db, passphrase);
  for (const pragma of LOCKING_PRAGMAS) db.pragma(pragma);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  for (const pragma of WORKING_PRAGMAS) db.pragma(pragma);
  return db;
}

/** Folds the WAL back into the file and closes, like closeCaseFileDatabase. */
export function closeTuned(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

export function fileSize(filePath: string): number {
  return fs.statSync(filePath).size;
}

export function removeDatabase(filePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filePath}${suffix}`, { force: true });
}
