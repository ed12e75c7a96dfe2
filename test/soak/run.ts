/**
 * `npm run soak`: the fault-injection suite in full. Prints one table
 * (scenario, trials, failures, acknowledged records lost) and exits 1 if any
 * trial failed or any acknowledged record was lost.
 *
 *   npm run soak                        every scenario, full trial counts
 *   npm run soak -- fuzz tamper         only scenarios whose name contains a word given
 *   npm run soak -- --bounded           the trial counts of npm test
 *   npm run soak -- --trials 5          this many trials per scenario
 *   ESS_SOAK_SEED=123 npm run soak      replay a run (the seed is printed first)
 */
import { seedFromEnvironment } from './random';
import { SCENARIOS } from './scenarios';
import type { ScenarioResult } from './types';

interface Row {
  name: string;
  result: ScenarioResult;
  seconds: number;
}

function parseArguments(argv: string[]): { filters: string[]; bounded: boolean; trials: number | null } {
  const filters: string[] = [];
  let bounded = false;
  let trials: number | null = null;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--bounded') bounded = true;
    else if (argument === '--trials') trials = Number(argv[++index]);
    else filters.push(argument.toLowerCase());
  }
  if (trials !== null && !(Number.isInteger(trials) && trials > 0)) throw new Error('--trials needs a positive whole number');
  return { filters, bounded, trials };
}

function printTable(rows: Row[]): void {
  const header = ['scenario', 'trials', 'failures', 'acknowledged lost', 'seconds'];
  const body = rows.map((row) => [
    row.result.skipped ? `${row.name} (skipped)` : row.name,
    String(row.result.trials),
    String(row.result.failures),
    String(row.result.lost),
    row.seconds.toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log('');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of body) console.log(format(cells));
  const total = rows.reduce((sum, row) => ({ trials: sum.trials + row.result.trials, failures: sum.failures + row.result.failures, lost: sum.lost + row.result.lost }), { trials: 0, failures: 0, lost: 0 });
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  console.log(format(['total', String(total.trials), String(total.failures), String(total.lost), rows.reduce((sum, row) => sum + row.seconds, 0).toFixed(0)]));
}

async function main(): Promise<number> {
  const { filters, bounded, trials } = parseArguments(process.argv.slice(2));
  const scenarios = SCENARIOS.filter((scenario) => filters.length === 0 || filters.some((word) => scenario.name.toLowerCase().includes(word)));
  if (scenarios.length === 0) {
    console.error(`No scenario matches ${filters.join(', ')}; scenarios: ${SCENARIOS.map((s) => s.name).join('; ')}`);
    return 2;
  }
  const seed = seedFromEnvironment();
  console.log(`Soak run, seed ${seed} (replay with ESS_SOAK_SEED=${seed})`);
  const rows: Row[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const count = trials ?? (bounded ? scenario.bounded : scenario.full);
    // Each scenario gets its own seed from the run's, so filtering keeps a scenario's trials the same.
    const scenarioSeed = (seed + index * 0x9e3779b9 + scenario.name.length) >>> 0;
    console.log(`\n▶ ${scenario.name}: ${count} trial(s), seed ${scenarioSeed}`);
    const started = performance.now();
    let result: ScenarioResult;
    try {
      result = await scenario.run({ trials: count, seed: scenarioSeed });
    } catch (error) {
      result = { trials: count, failures: count, lost: 0, notes: [`the scenario itself failed: ${error instanceof Error ? error.stack : String(error)}`] };
    }
    const seconds = (performance.now() - started) / 1000;
    if (result.skipped) console.log(`  skipped: ${result.skipped}`);
    for (const note of result.notes) console.log(`  ${note}`);
    rows.push({ name: scenario.name, result, seconds });
  }
  printTable(rows);
  const broken = rows.some((row) => row.result.failures > 0 || row.result.lost > 0);
  console.log(broken ? '\nFAILED: see the notes above.' : '\nAll trials held: no acknowledged record lost.');
  return broken ? 1 : 0;
}

process.exitCode = await main();
