/**
 * One-off measurement (not part of `npm run bench`): exporting 100,000 signals
 * to CSV and XLSX, with wall time and the process's peak memory.
 * Run: npx tsx test/bench/listExportMeasure.ts [count]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeCaseFileDatabase } from '../../db/connection';
import { actorFor } from '../../electron/services/actor';
import { createCaseFile } from '../../electron/services/caseFile';
import { exportList } from '../../electron/services/listExport';
import { randomUUID } from 'node:crypto';

const count = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-export-measure-'));
const opened = createCaseFile({ path: path.join(dir, 'm.ess'), passphrase: 'correct horse battery staple', adviser: { name: 'Meet Adviseur', initials: 'MA' } });
const { db } = opened;
try {
  const started = performance.now();
  // Raw rows, as test/support/caseFixtures' insertTestSignal writes them (that module needs vitest).
  const signal = db.prepare(
    `INSERT INTO signals (id, number, title, description, interpretation, observed_on, received_on, urgency, urgency_rank,
       trend, status, classification, created_at, updated_at)
     VALUES (?, ?, ?, 'Bewoners melden onrust na een bijeenkomst.', '', ?, ?, 'gemiddeld', 2, 'onbekend', 'nieuw', 'ongerubriceerd', ?, ?)`,
  );
  const place = db.prepare(`INSERT INTO signal_municipalities (signal_id, municipality_code) VALUES (?, 'GM0363')`);
  const theme = db.prepare(`INSERT INTO signal_themes (signal_id, theme_code) VALUES (?, 'polarisatie')`);
  db.transaction(() => {
    for (let n = 0; n < count; n += 1) {
      const id = randomUUID();
      const day = `2026-0${1 + (n % 9)}-1${n % 10}`;
      signal.run(id, `SIG-2026-${String(n + 1).padStart(6, '0')}`, `Signaal ${n} over spanningen rond een bijeenkomst in de wijk`, day, day, `${day}T09:00:00.000Z`, `${day}T09:00:00.000Z`);
      place.run(id);
      theme.run(id);
    }
  })();
  console.log(`setup: ${count} signals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ctx = { db, actor: actorFor(opened.adviser!), now: new Date() };
  for (const format of ['csv', 'xlsx'] as const) {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    const outPath = path.join(dir, `signalen.${format}`);
    const result = await exportList(ctx, { list: 'signals', query: { sort: { column: 'receivedOn', direction: 'desc' } }, format }, { outPath, overwrite: false });
    const ms = performance.now() - t0;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `${format}: ${result.rows} rows in ${(ms / 1000).toFixed(1)} s, file ${(fs.statSync(outPath).size / 1e6).toFixed(1)} MB, ` +
        `RSS ${(rssBefore / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB (+${((peak - rssBefore) / 1e6).toFixed(0)} MB)`,
    );
  }
} finally {
  closeCaseFileDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
}
