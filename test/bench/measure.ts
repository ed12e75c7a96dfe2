import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Timing, percentiles and the printed table for `npm run bench`.
 *
 * Every figure is reported next to a floor measured in the same run (the raw
 * library call, plain SQLite, ...), because absolute milliseconds say more
 * about the machine than about our code. Nothing here asserts a threshold.
 */

/**
 * A group of related benchmarks. A new capability adds its own suite in a file
 * of its own and one line in run.ts.
 */
export interface BenchSuite {
  name: string;
  run: (bench: BenchRun) => void | Promise<void>;
}

export interface Measurement {
  suite: string;
  id: string;
  label: string;
  /** Durations in milliseconds, one per measured iteration. */
  samples: number[];
  /** What this measurement is compared against, e.g. `{ of: rawOpen, label: 'raw' }`. */
  floor?: { of: Measurement; label: string };
  /** Extra facts worth printing beside the figure (rows, file size, ...). */
  note?: string;
}

export interface MeasureOptions {
  /** Iterations run (with the hooks) but not recorded; warms caches and the JIT. */
  warmup?: number;
  /** Recorded iterations. */
  n: number;
  floor?: { of: Measurement; label: string };
  note?: string;
  /** Untimed work before each iteration (warm-up ones included); gets the iteration index. */
  before?: (i: number) => void;
  /** Untimed work after each iteration, e.g. closing what the timed part opened. */
  after?: (i: number) => void;
}

export interface CompareOptions {
  warmup?: number;
  n: number;
}

/** One contender in `BenchRun.compare`. */
export interface Variant {
  id: string;
  label: string;
  run: (i: number) => void;
  /** The id of an earlier variant in the same comparison, and how to call it in the table. */
  floor?: { id: string; label: string };
  note?: string;
  before?: (i: number) => void;
  after?: (i: number) => void;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Nearest-rank percentile; with few samples p95 is simply the largest. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const p50 = (m: Measurement): number => percentile(m.samples, 50);
export const p95 = (m: Measurement): number => percentile(m.samples, 95);

export function ratioToFloor(m: Measurement): number | undefined {
  return m.floor ? p50(m) / p50(m.floor.of) : undefined;
}

/** Collects the measurements of one run and owns its temp folders. */
export class BenchRun {
  readonly measurements: Measurement[] = [];
  private readonly dirs: string[] = [];
  private currentSuite = '';

  startSuite(name: string): void {
    this.currentSuite = name;
    console.log(`\n▶ ${name}`);
  }

  /** A fresh folder under the OS temp dir, removed by `cleanUp()`. */
  tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-bench-'));
    this.dirs.push(dir);
    return dir;
  }

  cleanUp(): void {
    while (this.dirs.length > 0) fs.rmSync(this.dirs.pop()!, { recursive: true, force: true });
  }

  /** Times `fn` once per iteration, after `warmup` unrecorded iterations. */
  measure(id: string, label: string, options: MeasureOptions, fn: (i: number) => void): Measurement {
    const warmup = options.warmup ?? 0;
    const samples: number[] = [];
    for (let i = 0; i < warmup + options.n; i += 1) {
      options.before?.(i);
      const start = nowMs();
      fn(i);
      const elapsed = nowMs() - start;
      options.after?.(i);
      if (i >= warmup) samples.push(elapsed);
    }
    return this.record(id, label, samples, options);
  }

  /**
   * Times several variants of one operation, alternating them iteration by
   * iteration (a, b, a, b, ...), so that background load on a shared machine
   * hits the subject and its floor alike. A variant names its floor by id.
   */
  compare(options: CompareOptions, variants: readonly Variant[]): Measurement[] {
    const warmup = options.warmup ?? 0;
    const samples = variants.map((): number[] => []);
    for (let i = 0; i < warmup + options.n; i += 1) {
      variants.forEach((variant, v) => {
        variant.before?.(i);
        const start = nowMs();
        variant.run(i);
        const elapsed = nowMs() - start;
        variant.after?.(i);
        if (i >= warmup) samples[v]!.push(elapsed);
      });
    }
    const recorded: Measurement[] = [];
    variants.forEach((variant, v) => {
      const floorOf = variant.floor && recorded.find((m) => m.id === variant.floor!.id);
      if (variant.floor && !floorOf) throw new Error(`${variant.id}: floor ${variant.floor.id} must be an earlier variant`);
      const floor = floorOf ? { of: floorOf, label: variant.floor!.label } : undefined;
      recorded.push(this.record(variant.id, variant.label, samples[v]!, { floor, note: variant.note }));
    });
    return recorded;
  }

  /** Records samples timed by the caller (when one iteration needs its own shape). */
  record(id: string, label: string, samples: number[], options: Pick<MeasureOptions, 'floor' | 'note'> = {}): Measurement {
    const measurement: Measurement = { suite: this.currentSuite, id, label, samples, floor: options.floor, note: options.note };
    this.measurements.push(measurement);
    const ratio = ratioToFloor(measurement);
    const vs = ratio === undefined ? '' : `  (${formatRatio(ratio)} ${measurement.floor!.label})`;
    console.log(`  ${label}: p50 ${formatMs(p50(measurement))} ms${vs}`);
    return measurement;
  }

  /** A line of context in the progress output (rows written, file size, ...). */
  info(text: string): void {
    console.log(`  · ${text}`);
  }
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(4);
}

export function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}x`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  platform: string;
  node: string;
  tmpdir: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    tmpdir: os.tmpdir(),
  };
}

export function printMachine(machine: MachineInfo): void {
  console.log('ESS Casusbeheer benchmarks');
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM`);
  console.log(`runtime: node ${machine.node} on ${machine.platform}; temp files in ${machine.tmpdir}`);
}

function pad(text: string, width: number, alignRight: boolean): string {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

/** The summary table: one block per suite, each row with its ratio to its floor. */
export function printTable(measurements: readonly Measurement[]): void {
  const header = ['benchmark', 'n', 'p50 ms', 'p95 ms', 'vs floor'];
  const right = [false, true, true, true, false];
  const rows = measurements.map((m) => {
    const ratio = ratioToFloor(m);
    return {
      suite: m.suite,
      cells: [
        m.label,
        String(m.samples.length),
        formatMs(p50(m)),
        formatMs(p95(m)),
        ratio === undefined ? 'floor' : `${formatRatio(ratio)} ${m.floor!.label}`,
      ],
    };
  });
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r.cells[col]!.length)));
  const line = (cells: string[]): string => cells.map((c, col) => pad(c, widths[col]!, right[col]!)).join('  ');
  const rule = '-'.repeat(line(header).length);
  console.log(`\n${rule}\n${line(header)}\n${rule}`);
  let suite: string | undefined;
  for (const row of rows) {
    if (row.suite !== suite) {
      if (suite !== undefined) console.log('');
      suite = row.suite;
      console.log(`[${suite}]`);
    }
    console.log(line(row.cells));
  }
  console.log(rule);
  console.log('p50/p95: nearest rank over n timed iterations after warm-up (with n < 20, p95 is the slowest);');
  console.log('vs floor: p50 divided by the p50 of the named floor from this same run.');
  const notes = measurements.filter((m) => m.note);
  if (notes.length > 0) {
    console.log('\nnotes:');
    for (const m of notes) console.log(`  ${m.label}: ${m.note}`);
  }
}

/** The run as JSON, for comparing runs over time (test-results/ is git-ignored). */
export function writeSummary(file: string, machine: MachineInfo, measurements: readonly Measurement[], totalMs: number): void {
  const summary = {
    at: new Date().toISOString(),
    machine,
    totalSeconds: Math.round(totalMs / 100) / 10,
    results: measurements.map((m) => ({
      suite: m.suite,
      id: m.id,
      label: m.label,
      n: m.samples.length,
      p50Ms: p50(m),
      p95Ms: p95(m),
      minMs: Math.min(...m.samples),
      maxMs: Math.max(...m.samples),
      floor: m.floor ? { id: m.floor.of.id, label: m.floor.label, ratio: ratioToFloor(m) } : null,
      note: m.note ?? null,
    })),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
}
