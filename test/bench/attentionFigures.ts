import fs from 'node:fs';
import path from 'node:path';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { signalListPlan } from '../../db/repositories/signalList';
import { createDemoCaseFile, DEMO_PASSPHRASE } from '../../electron/services/demo';
import { networkOverview } from '../../electron/services/network/overview';
import { globalSearch, searchGroups } from '../../electron/services/search';
import { listSignals } from '../../electron/services/signals/reads';
import { periodEndingOn, type NetworkOverview } from '../../shared/domain/municipality';
import { signalListQuerySchema, type SignalListQueryInput } from '../../shared/domain/signal';
import { BENCH_PASSPHRASE } from './caseFileOpenBench';
import { BenchRun, nowMs } from './measure';
import { buildNetworkCaseFile } from './networkBench';

/**
 * The figures the triage, network attention and search work reports, on the
 * network bench's file (100,000 signals; ESS_BENCH_SIGNALS for another size).
 * The file is kept in ESS_ATTENTION_DIR (default /tmp/attention) so repeated
 * runs reuse it; it is never committed.
 *
 *   npx tsx test/bench/attentionFigures.ts
 *
 * Figures are printed as p50 and as ratios against a floor measured in the
 * same run; nothing is asserted.
 */
const DIR = process.env.ESS_ATTENTION_DIR ?? '/tmp/attention';
const FILE = path.join(DIR, 'network.ess');
const ROUNDS = 48;

function caseFile(): string {
  if (fs.existsSync(FILE)) return FILE;
  fs.mkdirSync(DIR, { recursive: true });
  return buildNetworkCaseFile(new BenchRun(), DIR);
}

function p50Of(run: () => void): number {
  for (let i = 0; i < 3; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = nowMs();
    run();
    samples.push(nowMs() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

function triageFigures(db: Db): void {
  const triage: SignalListQueryInput = { filters: { statuses: ['nieuw', 'in-duiding'] }, sort: { column: 'urgency', direction: 'desc' } };
  const oldTriage: SignalListQueryInput = { ...triage, sort: { column: 'receivedOn', direction: 'asc' } };
  const plain: SignalListQueryInput = { sort: { column: 'receivedOn', direction: 'desc' } };
  const plan = (query: SignalListQueryInput) =>
    signalListPlan(db, signalListQuerySchema.parse(query))
      .slice(0, 3)
      .map((step) => step.detail)
      .join(' | ');
  const floor = p50Of(() => listSignals(db, plain));
  const before = p50Of(() => listSignals(db, oldTriage));
  const now = p50Of(() => listSignals(db, triage));
  console.log(`triage first page (urgency, then oldest): ${ms(now)}; plan ${plan(triage)}`);
  console.log(`old triage first page (received_on asc): ${ms(before)}; plan ${plan(oldTriage)}`);
  console.log(`plain list first page (received_on desc, no filter): ${ms(floor)}`);
  console.log(`ratio triage / plain received_on: ${(now / floor).toFixed(2)}x; triage / old triage: ${(now / before).toFixed(2)}x`);
  // Each list call is the total (count) plus the page; the count of ~21,000 signals in triage is most of it.
  const count = (sql: string, ...params: unknown[]) => {
    const statement = db.prepare(sql);
    return p50Of(() => statement.get(...params));
  };
  const triageCount = count("SELECT count(*) FROM signals s WHERE s.deleted_at IS NULL AND s.status IN ('nieuw', 'in-duiding')");
  const oldCount = count(
    'SELECT count(*) FROM signals s WHERE s.deleted_at IS NULL AND s.status IN (SELECT value FROM json_each(?))',
    JSON.stringify(['nieuw', 'in-duiding']),
  );
  const plainCount = count('SELECT count(*) FROM signals s WHERE s.deleted_at IS NULL');
  console.log(
    `page query alone (call minus count): triage ${ms(now - triageCount)}, old triage ${ms(before - oldCount)}, plain ${ms(floor - plainCount)}; ` +
      `counts: ${ms(triageCount)}, ${ms(oldCount)}, ${ms(plainCount)}`,
  );
}

function searchFigures(db: Db): void {
  const words = ['moskee', 'gemeente', 'spanning', 'Den Haag', 'stichting', 'zorg', 'demonstratie', 'jong'];
  // Before and after in the same run, interleaved, so the shared machine's load falls on both alike.
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < 8; round += 1) {
    for (const text of words) {
      let start = nowMs();
      globalSearch(db, text, { kinds: [], limit: 8 }); // what the dialog asked before: five kinds, 8 each
      if (round > 0) before.push(nowMs() - start);
      start = nowMs();
      searchGroups(db, text, { limit: 5 }); // now: nine groups, 5 each, with totals
      if (round > 0) after.push(nowMs() - start);
    }
  }
  const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  console.log(
    `search p50: before (search.global) ${ms(median(before))}, now (search.groups) ${ms(median(after))}, ` +
      `ratio ${(median(after) / median(before)).toFixed(2)}x`,
  );
}

/** The rule before this change: 3 or more signals and more than 60 days without contact, or any overdue action. */
const oldRuleCount = (overview: NetworkOverview) =>
  overview.rows.filter(
    (row) => (row.signals >= 3 && (row.daysSinceContact === null || row.daysSinceContact > 60)) || row.overdueActions > 0,
  ).length;

function networkFigures(label: string, db: Db, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  const query = { ...periodEndingOn(today, 90) };
  const overview = networkOverview(db, query, now);
  const quiet = overview.rows.filter((row) => row.attention?.quiet).length;
  const overdue = overview.rows.filter((row) => (row.attention?.longOverdue ?? 0) > 0).length;
  console.log(
    `${label}: ${overview.attentionCount} of ${overview.rows.length} municipalities need attention (${quiet} many signals and quiet, ` +
      `${overdue} with an action over ${overview.attentionRule.overdueDays} days late); threshold: more than ${overview.attentionRule.signalsAbove} ` +
      `signals in 90 days; the old rule flagged ${oldRuleCount(overview)}`,
  );
  const year = networkOverview(db, { ...periodEndingOn(today, 365) }, now);
  console.log(`${label}, 365 days: ${year.attentionCount} flagged; threshold more than ${year.attentionRule.signalsAbove}; old rule ${oldRuleCount(year)}`);
  console.log(`${label}: networkOverview p50 ${ms(p50Of(() => networkOverview(db, query, now)))}`);
}

/** The bench file's fixed "today" (networkBench NOW). */
const BENCH_NOW = new Date('2026-06-01T10:00:00Z');

/** ESS_ATTENTION_ONLY=triage|network|search runs one part (the machine is shared: keep runs short). */
const only = process.env.ESS_ATTENTION_ONLY;
const part = (name: string) => !only || only === name;

const db = openCaseFileDatabase(caseFile(), BENCH_PASSPHRASE);
try {
  if (part('triage')) triageFigures(db);
  if (part('network')) networkFigures('100,000 signals', db, BENCH_NOW);
  if (part('search')) searchFigures(db);
} finally {
  closeCaseFileDatabase(db);
}
if (!part('network')) process.exit(0);

const demoNow = new Date('2026-03-18T09:30:00Z');
const demoFile = path.join(DIR, `demo-${process.pid}.ess`);
const demo = openCaseFileDatabase(createDemoCaseFile(demoFile, { now: demoNow }), DEMO_PASSPHRASE);
try {
  networkFigures('demo file', demo, demoNow);
} finally {
  closeCaseFileDatabase(demo);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${demoFile}${suffix}`, { force: true });
}

// The demo with 100,000 signals (its network of contacts stays demo-sized): kept like the bench file.
const bigDemoFile = path.join(DIR, 'demo-100k.ess');
if (!fs.existsSync(bigDemoFile)) createDemoCaseFile(bigDemoFile, { now: demoNow, signals: 100_000 });
const bigDemo = openCaseFileDatabase(bigDemoFile, DEMO_PASSPHRASE);
try {
  networkFigures('demo file with 100,000 signals', bigDemo, demoNow);
} finally {
  closeCaseFileDatabase(bigDemo);
}
