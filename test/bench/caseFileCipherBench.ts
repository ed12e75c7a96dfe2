import path from 'node:path';
import type { Db } from '../../db/connection';
import { BENCH_PASSPHRASE } from './caseFileOpenBench';
import { formatBytes, type BenchRun, type BenchSuite, type Measurement } from './measure';
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

/** Measurements per mode; the encrypted one names the plain one as its floor. */
type Pair = Partial<Record<Mode, Measurement>>;

function floorFor(pair: Pair, mode: Mode): { floor?: { of: Measurement; label: string } } {
  return mode === 'encrypted' && pair.plain ? { floor: { of: pair.plain, label: 'plain' } } : {};
}

function insertAll(db: Db, rows: readonly ItemRow[]): void {
  const insert = db.prepare('INSERT INTO items (id, created_at, title, body) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const row of rows) insert.run(row.id, row.createdAt, row.title, row.body);
  })();
}

/** (a) Bulk insert into a fresh file, repeated; returns the last file, closed. */
function benchBulkInsert(bench: BenchRun, dir: string, rows: readonly ItemRow[], pair: Pair, mode: Mode): string {
  let db: Db | undefined;
  let filePath = '';
  const options = { warmup: 1, n: 3 };
  pair[mode] = bench.measure(
    `cipher.insert.${mode}`,
    `${mode}: insert ${ROWS.toLocaleString('en')} rows, 1 transaction`,
    {
      ...options,
      ...floorFor(pair, mode),
      before: (i) => {
        filePath = path.join(dir, `items-${mode}-${i}.db`);
        db = openTuned(filePath, passphraseFor(mode));
        db.exec(SCHEMA);
      },
      after: (i) => {
        closeTuned(db!);
        if (i < options.warmup + options.n - 1) removeDatabase(filePath);
      },
    },
    () => insertAll(db!, rows),
  );
  return filePath;
}

/** Reads every page once so that the warm measurements run from the page cache. */
function warmCache(db: Db): void {
  db.prepare(FULL_SCAN).get();
  db.prepare('SELECT count(*) FROM items INDEXED BY items_created_at WHERE created_at > ?').get('');
  db.prepare('SELECT count(*) FROM items WHERE id > ?').get('');
}

/** (b) point lookups and (c) range queries, with the working set in the cache; plain first, then encrypted. */
function benchWarmReads(bench: BenchRun, files: Record<Mode, string>, rows: readonly ItemRow[]): void {
  const dbs: Partial<Record<Mode, Db>> = {};
  try {
    for (const mode of MODES) {
      dbs[mode] = openTuned(files[mode], passphraseFor(mode));
      warmCache(dbs[mode]);
    }
    const each = (run: (db: Db, mode: Mode, pair: Pair) => void): void => {
      const pair: Pair = {};
      for (const mode of MODES) run(dbs[mode]!, mode, pair);
    };
    const randomRow = ((random) => () => rows[Math.floor(random() * rows.length)]!)(seededRandom(7));

    each((db, mode, pair) => {
      const byId = db.prepare('SELECT id, created_at, title, body FROM items WHERE id = ?');
      pair[mode] = bench.measure(
        `cipher.lookup.${mode}`,
        `${mode}: warm lookup by primary key`,
        { warmup: 200, n: LOOKUPS, ...floorFor(pair, mode) },
        () => {
          if (!byId.get(randomRow().id)) throw new Error('lookup found nothing');
        },
      );
    });

    const offsetRandom = seededRandom(11);
    each((db, mode, pair) => {
      const byOffset = db.prepare(`SELECT id, created_at, title FROM items ORDER BY created_at LIMIT ${PAGE} OFFSET ?`);
      pair[mode] = bench.measure(
        `cipher.offset.${mode}`,
        `${mode}: warm ORDER BY created_at LIMIT ${PAGE} OFFSET random`,
        { warmup: 30, n: OFFSET_PAGES, ...floorFor(pair, mode) },
        () => {
          if (byOffset.all(Math.floor(offsetRandom() * (rows.length - PAGE))).length !== PAGE) throw new Error('short page');
        },
      );
    });

    each((db, mode, pair) => {
      const fromDate = db.prepare(
        `SELECT id, created_at, title FROM items WHERE created_at >= ? ORDER BY created_at LIMIT ${PAGE}`,
      );
      pair[mode] = bench.measure(
        `cipher.keyset.${mode}`,
        `${mode}: warm WHERE created_at >= random LIMIT ${PAGE}`,
        { warmup: 200, n: KEYSET_PAGES, ...floorFor(pair, mode) },
        () => {
          fromDate.all(randomRow().createdAt);
        },
      );
    });

    each((db, mode, pair) => {
      const scan = db.prepare(FULL_SCAN);
      pair[mode] = bench.measure(
        `cipher.scan-warm.${mode}`,
        `${mode}: full scan, warm cache`,
        { warmup: 1, n: 5, ...floorFor(pair, mode) },
        () => {
          scan.get();
        },
      );
    });
  } finally {
    for (const db of Object.values(dbs)) closeTuned(db);
  }
}

/** (d) A fresh connection (empty page cache, key already derived) scans everything once. */
function benchColdScan(bench: BenchRun, filePath: string, pair: Pair, mode: Mode): void {
  let db: Db | undefined;
  pair[mode] = bench.measure(
    `cipher.scan-cold.${mode}`,
    `${mode}: full scan, cold cache (reopened)`,
    {
      warmup: 1,
      n: 5,
      ...floorFor(pair, mode),
      note:
        mode === 'encrypted'
          ? 'cold = new connection, empty SQLite page cache; the OS file cache is warm, so this is decryption, not disk'
          : undefined,
      before: () => {
        db = openTuned(filePath, passphraseFor(mode));
      },
      after: () => {
        db!.close();
      },
    },
    () => {
      db!.prepare(FULL_SCAN).get();
    },
  );
}

export const caseFileCipherSuite: BenchSuite = {
  name: 'case file: SQLCipher 4 vs plain SQLite',
  run(bench) {
    const dir = bench.tempDir();
    const rows = makeItemRows(ROWS, 42);
    const chars = rows.reduce((sum, row) => sum + row.title.length + row.body.length, 0);
    bench.info(`${ROWS.toLocaleString('en')} rows, ${formatBytes(chars)} of text (avg ${Math.round(chars / ROWS)} chars a row)`);

    const insert: Pair = {};
    const files: Partial<Record<Mode, string>> = {};
    for (const mode of MODES) files[mode] = benchBulkInsert(bench, dir, rows, insert, mode);
    bench.info(`file size: plain ${formatBytes(fileSize(files.plain!))}, encrypted ${formatBytes(fileSize(files.encrypted!))}`);

    benchWarmReads(bench, files as Record<Mode, string>, rows);
    const cold: Pair = {};
    for (const mode of MODES) benchColdScan(bench, files[mode]!, cold, mode);
  },
};
