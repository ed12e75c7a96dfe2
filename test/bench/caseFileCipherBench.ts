import path from 'node:path';
import type { Db } from '../../db/connection';
import { BENCH_PASSPHRASE } from './caseFileOpenBench';
import { formatBytes, type BenchRun, type BenchSuite, type Variant } from './measure';
import { closeTuned, fileSize, openTuned, removeDatabase } from './rawSqlite';
import { makeItemRows, seededRandom, type ItemRow } from './sampleData';

/**
 * The price of encryption: one workload on SQLCipher 4 and on plain SQLite,
 * both with the case file's pragmas (WAL, synchronous FULL, 256 MB cache,
 * exclusive locking). Warm reads should cost about the same, because the page
 * cache holds decrypted pages; cold reads pay for decrypting every page.
 */

const ROWS = 50_000;
const LOOKUPS = 2_000;
const OFFSET_PAGES = 300;
const KEYSET_PAGES = 2_000;
const PAGE = 50;

const SCHEMA = `
CREATE TABLE items (
  id         TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  title      TEXT NOT NULL,
  body       TEXT NOT NULL
);
CREATE INDEX items_created_at ON items (created_at);`;

const FULL_SCAN = 'SELECT count(*) AS n, sum(length(title) + length(body)) AS chars FROM items';

type Mode = 'plain' | 'encrypted';
const MODES: Mode[] = ['plain', 'encrypted'];
const passphraseFor = (mode: Mode): string | null => (mode === 'encrypted' ? BENCH_PASSPHRASE : null);

/**
 * One variant per mode for `bench.compare`: plain is the floor, encrypted is
 * compared with it, and the two alternate iteration by iteration.
 */
function perMode(
  id: string,
  label: string,
  variant: (mode: Mode) => Pick<Variant, 'run' | 'before' | 'after' | 'note'>,
): Variant[] {
  return MODES.map((mode) => ({
    id: `${id}.${mode}`,
    label: `${mode}: ${label}`,
    ...(mode === 'encrypted' ? { floor: { id: `${id}.plain`, label: 'plain' } } : {}),
    ...variant(mode),
  }));
}

function insertAll(db: Db, rows: readonly ItemRow[]): void {
  const insert = db.prepare('INSERT INTO items (id, created_at, title, body) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const row of rows) insert.run(row.id, row.createdAt, row.title, row.body);
  })();
}

/** (a) Bulk insert into a fresh file per iteration; returns the last file of each mode, closed. */
function benchBulkInsert(bench: BenchRun, dir: string, rows: readonly ItemRow[]): Record<Mode, string> {
  const options = { warmup: 1, n: 3 };
  const lastIteration = options.warmup + options.n - 1;
  const files = { plain: '', encrypted: '' };
  const dbs: Partial<Record<Mode, Db>> = {};
  bench.compare(
    options,
    perMode('cipher.insert', `insert ${ROWS.toLocaleString('en')} rows, 1 transaction`, (mode) => ({
      before: (i) => {
        files[mode] = path.join(dir, `items-${mode}-${i}.db`);
        dbs[mode] = openTuned(files[mode], passphraseFor(mode));
        dbs[mode].exec(SCHEMA);
      },
      run: () => insertAll(dbs[mode]!, rows),
      after: (i) => {
        closeTuned(dbs[mode]!);
        if (i < lastIteration) removeDatabase(files[mode]);
      },
    })),
  );
  return files;
}

/** Reads every page once so that the warm measurements run from the page cache. */
function warmCache(db: Db): void {
  db.prepare(FULL_SCAN).get();
  db.prepare('SELECT count(*) FROM items INDEXED BY items_created_at WHERE created_at > ?').get('');
  db.prepare('SELECT count(*) FROM items WHERE id > ?').get('');
}

/** (b) point lookups and (c) range queries, with the working set in the page cache. */
function benchWarmReads(bench: BenchRun, files: Record<Mode, string>, rows: readonly ItemRow[]): void {
  const dbs: Partial<Record<Mode, Db>> = {};
  try {
    for (const mode of MODES) {
      dbs[mode] = openTuned(files[mode], passphraseFor(mode));
      warmCache(dbs[mode]);
    }
    /** A statement per mode and the same seeded sequence of random draws for each. */
    const perModeQuery = (sql: string, mode: Mode) => ({ statement: dbs[mode]!.prepare(sql), random: seededRandom(7) });
    const rowAt = (random: () => number): ItemRow => rows[Math.floor(random() * rows.length)]!;

    bench.compare(
      { warmup: 200, n: LOOKUPS },
      perMode('cipher.lookup', 'warm lookup by primary key', (mode) => {
        const { statement, random } = perModeQuery('SELECT id, created_at, title, body FROM items WHERE id = ?', mode);
        return {
          run: () => {
            if (!statement.get(rowAt(random).id)) throw new Error('lookup found nothing');
          },
        };
      }),
    );

    bench.compare(
      { warmup: 30, n: OFFSET_PAGES },
      perMode('cipher.offset', `warm ORDER BY created_at LIMIT ${PAGE} OFFSET random`, (mode) => {
        const sql = `SELECT id, created_at, title FROM items ORDER BY created_at LIMIT ${PAGE} OFFSET ?`;
        const { statement, random } = perModeQuery(sql, mode);
        return {
          run: () => {
            if (statement.all(Math.floor(random() * (rows.length - PAGE))).length !== PAGE) throw new Error('short page');
          },
        };
      }),
    );

    bench.compare(
      { warmup: 200, n: KEYSET_PAGES },
      perMode('cipher.keyset', `warm WHERE created_at >= random LIMIT ${PAGE}`, (mode) => {
        const sql = `SELECT id, created_at, title FROM items WHERE created_at >= ? ORDER BY created_at LIMIT ${PAGE}`;
        const { statement, random } = perModeQuery(sql, mode);
        return { run: () => statement.all(rowAt(random).createdAt) };
      }),
    );

    bench.compare(
      { warmup: 1, n: 5 },
      perMode('cipher.scan-warm', 'full scan, warm cache', (mode) => {
        const { statement } = perModeQuery(FULL_SCAN, mode);
        return { run: () => statement.get() };
      }),
    );
  } finally {
    for (const db of Object.values(dbs)) closeTuned(db);
  }
}

/** (d) A fresh connection (empty page cache, key already derived) scans everything once. */
function benchColdScan(bench: BenchRun, files: Record<Mode, string>): void {
  const dbs: Partial<Record<Mode, Db>> = {};
  bench.compare(
    { warmup: 1, n: 5 },
    perMode('cipher.scan-cold', 'full scan, cold cache (reopened)', (mode) => ({
      note:
        mode === 'encrypted'
          ? 'cold = new connection, empty SQLite page cache; the OS file cache is warm, so this is decryption, not disk'
          : undefined,
      before: () => {
        dbs[mode] = openTuned(files[mode], passphraseFor(mode));
      },
      run: () => dbs[mode]!.prepare(FULL_SCAN).get(),
      after: () => dbs[mode]!.close(),
    })),
  );
}

export const caseFileCipherSuite: BenchSuite = {
  name: 'case file: SQLCipher 4 vs plain SQLite',
  run(bench) {
    const dir = bench.tempDir();
    const rows = makeItemRows(ROWS, 42);
    const chars = rows.reduce((sum, row) => sum + row.title.length + row.body.length, 0);
    bench.info(`${ROWS.toLocaleString('en')} rows, ${formatBytes(chars)} of text (avg ${Math.round(chars / ROWS)} chars a row)`);

    const files = benchBulkInsert(bench, dir, rows);
    bench.info(`file size: plain ${formatBytes(fileSize(files.plain))}, encrypted ${formatBytes(fileSize(files.encrypted))}`);
    benchWarmReads(bench, files, rows);
    benchColdScan(bench, files);
  },
};
