/**
 * `npm run bench`: runs every suite, then prints one table of p50/p95 and each
 * figure's ratio to a floor measured in the same run. No thresholds are
 * asserted; compare ratios, not milliseconds, between machines.
 *
 *   npm run bench                 all suites
 *   npm run bench -- audit cipher only suites whose name contains a word given
 *
 * A new capability adds a suite file (see caseFileOpenBench.ts for the shape)
 * and one line in SUITES.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefingSuite } from './briefingBench';
import { caseFileAuditSuite } from './caseFileAuditBench';
import { caseFileCipherSuite } from './caseFileCipherBench';
import { caseFileOpenSuite } from './caseFileOpenBench';
import { earlyWarningSuite } from './earlyWarningBench';
import { mapDrawSuite } from './mapDrawBench';
import { networkSuite } from './networkBench';
import { overviewSuite } from './overviewBench';
import { signalsCasesSuite } from './signalsCasesBench';
import { BenchRun, machineInfo, nowMs, printMachine, printTable, writeSummary, type BenchSuite } from './measure';

const SUITES: BenchSuite[] = [
  caseFileOpenSuite,
  caseFileCipherSuite,
  caseFileAuditSuite,
  signalsCasesSuite,
  networkSuite,
  earlyWarningSuite,
  overviewSuite,
  briefingSuite,
  mapDrawSuite,
];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUMMARY_FILE = path.join(ROOT, 'test-results', 'bench.json');

async function main(): Promise<number> {
  const filters = process.argv.slice(2).map((word) => word.toLowerCase());
  const suites = SUITES.filter((suite) => filters.length === 0 || filters.some((word) => suite.name.toLowerCase().includes(word)));
  if (suites.length === 0) {
    console.error(`No suite matches ${filters.join(', ')}; suites: ${SUITES.map((s) => s.name).join('; ')}`);
    return 2;
  }
  const machine = machineInfo();
  printMachine(machine);
  const bench = new BenchRun();
  const removeTemp = (): void => bench.cleanUp();
  const interrupted = (): void => {
    removeTemp();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  const started = nowMs();
  const failed: string[] = [];
  try {
    for (const suite of suites) {
      bench.startSuite(suite.name);
      try {
        await suite.run(bench);
      } catch (error) {
        // One broken suite should not hide the figures of the others.
        console.error(`  suite failed: ${suite.name}\n`, error);
        failed.push(suite.name);
      }
    }
  } finally {
    removeTemp();
    process.off('SIGINT', interrupted);
  }
  const totalMs = nowMs() - started;
  printTable(bench.measurements);
  writeSummary(SUMMARY_FILE, machine, bench.measurements, totalMs);
  console.log(`\ntotal ${(totalMs / 1000).toFixed(1)} s; summary written to ${path.relative(ROOT, SUMMARY_FILE)}`);
  if (failed.length > 0) {
    console.error(`failed suites: ${failed.join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
