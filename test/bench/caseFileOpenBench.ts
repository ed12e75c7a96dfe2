import Database from 'better-sqlite3-multiple-ciphers';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { createCaseFile } from '../../electron/services/caseFile';
import type { BenchSuite } from './measure';
import { applyCipherKey } from './rawSqlite';

export const BENCH_PASSPHRASE = 'benchmark passphrase, not a secret';
export const BENCH_ADVISER = { name: 'Bench', initials: 'BN' };

/** SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, 32-byte key, 16-byte salt. */
const KDF_ITERATIONS = 256_000;

/** A new, closed case file in its own temp folder. */
export function newClosedCaseFile(dir: string, name: string): string {
  const { db, path: filePath } = createCaseFile({ path: path.join(dir, name), passphrase: BENCH_PASSPHRASE, adviser: BENCH_ADVISER });
  closeCaseFileDatabase(db);
  return filePath;
}

/**
 * Unlocking a case file: our openCaseFileDatabase (shape checks, key, schema
 * checks, working pragmas, migrations) against the raw library call with the
 * same cipher pragmas and one query, and that against the bare key derivation
 * in Node's OpenSSL, to show that the KDF is nearly all of it.
 */
export const caseFileOpenSuite: BenchSuite = {
  name: 'case file: open/unlock',
  run(bench) {
    const filePath = newClosedCaseFile(bench.tempDir(), 'open.ess');
    const salt = randomBytes(16);
    let rawDb: Db | undefined;
    let serviceDb: Db | undefined;
    bench.compare({ warmup: 1, n: 10 }, [
      {
        id: 'open.kdf',
        label: 'PBKDF2-SHA512 x256k alone (node:crypto)',
        run: () => pbkdf2Sync(BENCH_PASSPHRASE, salt, KDF_ITERATIONS, 32, 'sha512'),
      },
      {
        id: 'open.raw',
        label: 'raw: new Database + cipher pragmas + 1 query',
        floor: { id: 'open.kdf', label: 'kdf' },
        run: () => {
          rawDb = new Database(filePath);
          applyCipherKey(rawDb, BENCH_PASSPHRASE);
          rawDb.prepare('SELECT count(*) FROM sqlite_master').get();
        },
        after: () => rawDb?.close(),
      },
      {
        id: 'open.service',
        label: 'openCaseFileDatabase',
        floor: { id: 'open.raw', label: 'raw' },
        run: () => {
          serviceDb = openCaseFileDatabase(filePath, BENCH_PASSPHRASE);
        },
        after: () => {
          if (serviceDb) closeCaseFileDatabase(serviceDb);
          serviceDb = undefined;
        },
      },
    ]);
  },
};
