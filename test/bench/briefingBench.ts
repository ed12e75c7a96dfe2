import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from 'docx';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { buildBriefingDocument, packDocument, renderBriefing } from '../../electron/briefing/build';
import { actorFor } from '../../electron/services/actor';
import { exportBriefing } from '../../electron/services/briefings/export';
import { draftDocumentModel } from '../../electron/services/briefings/reads';
import { createBriefing } from '../../electron/services/briefings/writes';
import { createCaseFile } from '../../electron/services/caseFile';
import type { WriteContext } from '../../electron/services/context';
import { AMSTERDAM, DEN_HAAG, insertBriefingSignal, ROTTERDAM, UTRECHT } from '../support/briefings';
import { BENCH_ADVISER, BENCH_PASSPHRASE } from './caseFileOpenBench';
import { formatMs, nowMs, type BenchRun, type BenchSuite } from './measure';

/**
 * Briefing notes (issue 5): a signaleringsoverzicht of 1,000 signals, timed
 * as the whole service (gather the records, build the model and document,
 * pack it, store the export with its bytes and audit entry) and as the
 * document step alone, each against the floor of the bare `docx` pack
 * (Packer.toBuffer) of the same prebuilt Document, alternating in one run.
 * Then peak memory: each size runs once in a child process of its own, whose
 * peak resident set (maxRSS) is the figure, for 1,000 and for 10,000 signals.
 * Nothing is asserted; the 10,000 run shows that it completes.
 *
 *   npm run bench -- briefing
 */

const SMALL = 1_000;
const LARGE = 10_000;
const PERIOD = { from: '2026-01-01', to: '2026-06-30' } as const;
const PLACES = [AMSTERDAM, ROTTERDAM, UTRECHT, DEN_HAAG, 'GM0014', 'GM0153', 'GM0772', 'GM0935'];
const THEMES = ['polarisatie', 'discriminatie', 'desinformatie', 'antisemitisme', 'online-haat', 'statelijke-inmenging'];
const N = 12;
const WARMUP = 2;
const CHILD_FLAG = '--briefing-memory-child';

function seedSignals(db: Db, count: number): void {
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const day = i % 181;
      insertBriefingSignal(db, {
        title: `Signaal ${i + 1}: spanningen rond een bijeenkomst in de wijk (fictief)`,
        description: 'Bewoners melden onrust na een bijeenkomst; de wijkagent bevestigt het beeld (fictief).',
        receivedOn: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10),
        municipalities: i % 9 === 0 ? [PLACES[i % PLACES.length]!, PLACES[(i + 3) % PLACES.length]!] : [PLACES[i % PLACES.length]!],
        themes: [THEMES[i % THEMES.length]!],
        urgency: (['laag', 'gemiddeld', 'hoog', 'acuut'] as const)[i % 4],
      });
    }
  })();
}

/** A closed case file with `count` signals in the period and one overview briefing over it; returns its path and briefing id. */
function prepareCaseFile(bench: BenchRun, count: number): { filePath: string; briefingId: string } {
  const created = createCaseFile({ path: path.join(bench.tempDir(), `briefing-${count}.ess`), passphrase: BENCH_PASSPHRASE, adviser: BENCH_ADVISER });
  try {
    seedSignals(created.db, count);
    const ctx: WriteContext = { db: created.db, actor: actorFor(created.adviser!), now: new Date('2026-07-01T10:00:00Z') };
    const briefing = createBriefing(ctx, { kind: 'signaleringsoverzicht', selection: PERIOD });
    return { filePath: created.path, briefingId: briefing.id };
  } finally {
    closeCaseFileDatabase(created.db);
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = nowMs();
  await work();
  return nowMs() - start;
}

/** Service, document step and the bare pack, interleaved iteration by iteration like BenchRun.compare (which is synchronous). */
async function compareWithFloor(bench: BenchRun, filePath: string, briefingId: string): Promise<void> {
  const db = openCaseFileDatabase(filePath, BENCH_PASSPHRASE);
  try {
    const ctx: WriteContext = { db, actor: { adviserId: null, label: 'bench' }, now: new Date('2026-07-01T10:00:00Z') };
    const model = draftDocumentModel(db, { kind: 'signaleringsoverzicht', selection: PERIOD }, { now: ctx.now });
    const samples = { pack: [] as number[], document: [] as number[], service: [] as number[] };
    let size = 0;
    for (let i = 0; i < WARMUP + N; i += 1) {
      const prebuilt: Document = buildBriefingDocument(model);
      const pack = await timed(async () => {
        size = (await packDocument(prebuilt)).byteLength;
      });
      const document = await timed(() => renderBriefing(model));
      const service = await timed(() => exportBriefing(ctx, { id: briefingId }));
      if (i >= WARMUP) {
        samples.pack.push(pack);
        samples.document.push(document);
        samples.service.push(service);
      }
    }
    const floor = bench.record('briefing.pack', `docx Packer.toBuffer, prebuilt ${SMALL.toLocaleString('en')}-signal overview`, samples.pack, {
      note: `the floor: packing a Document built beforehand; .docx of ${(size / 1024).toFixed(0)} kB`,
    });
    bench.record('briefing.document', 'build Document from the model + pack', samples.document, { floor: { of: floor, label: 'pack' } });
    bench.record('briefing.service', `exportBriefing: gather + model + build + pack + store (${SMALL.toLocaleString('en')} signals)`, samples.service, {
      floor: { of: floor, label: 'pack' },
      note: 'reads the encrypted case file, stores the bytes and an audit entry per export',
    });
  } finally {
    closeCaseFileDatabase(db);
  }
}

interface ChildReport {
  ms: number;
  signals: number;
  bytes: number;
  baselineRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** One export in a fresh process, so its peak resident set is the export's own (plus the runtime). */
function measureInChild(filePath: string, briefingId: string): ChildReport {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--import', 'tsx', self, CHILD_FLAG, filePath, briefingId], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`memory child failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ChildReport;
}

async function runChild(filePath: string, briefingId: string): Promise<void> {
  const db = openCaseFileDatabase(filePath, BENCH_PASSPHRASE);
  const ctx: WriteContext = { db, actor: { adviserId: null, label: 'bench' }, now: new Date('2026-07-01T10:00:00Z') };
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const baselineRss = process.resourceUsage().maxRSS * 1024;
  const start = nowMs();
  const result = await exportBriefing(ctx, { id: briefingId });
  const ms = nowMs() - start;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  closeCaseFileDatabase(db);
  const report: ChildReport = {
    ms,
    signals: result.export.records.signals.length,
    bytes: result.export.size,
    baselineRssMb: mb(baselineRss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: mb(peakHeap),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function memoryNote(report: ChildReport): string {
  return (
    `${report.signals.toLocaleString('en')} signals, .docx ${(report.bytes / 1024).toFixed(0)} kB; ` +
    `peak RSS ${report.peakRssMb} MB (process after opening the file: ${report.baselineRssMb} MB), peak heap ~${report.peakHeapMb} MB (sampled)`
  );
}

export const briefingSuite: BenchSuite = {
  name: 'briefing notes (docx)',
  async run(bench) {
    let start = nowMs();
    const small = prepareCaseFile(bench, SMALL);
    bench.info(`setup: ${SMALL.toLocaleString('en')} signals and a briefing in ${formatMs(nowMs() - start)} ms`);
    await compareWithFloor(bench, small.filePath, small.briefingId);

    for (const [count, file] of [
      [SMALL, small],
      [LARGE, null],
    ] as const) {
      start = nowMs();
      const target = file ?? prepareCaseFile(bench, count);
      if (!file) bench.info(`setup: ${count.toLocaleString('en')} signals and a briefing in ${formatMs(nowMs() - start)} ms`);
      const report = measureInChild(target.filePath, target.briefingId);
      bench.record(`briefing.memory.${count}`, `export of ${count.toLocaleString('en')} signals, own process (1 run)`, [report.ms], { note: memoryNote(report) });
    }
  },
};

if (process.argv[2] === CHILD_FLAG) {
  runChild(process.argv[3]!, process.argv[4]!).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
