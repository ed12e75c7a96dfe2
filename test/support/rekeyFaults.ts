import fs from 'node:fs';
import path from 'node:path';
import { LineChild, ROOT, sleep } from './lineChild';
import {
  checkFaultCaseFile,
  describeFaultCheck,
  faultDir,
  NEW_PASSPHRASE,
  OLD_PASSPHRASE,
  seedFaultCaseFile,
} from './rekeyFaultFixtures';

/**
 * Fault injection for the passphrase change (issue 9, item 1), free of vitest:
 * the bounded tests run a few trials, `npm run soak` calls the same functions
 * with its own counts. Results have the soak table's shape (trials, failures,
 * acknowledged records lost) plus the figures worth reporting.
 */

const CHILDREN = path.join(ROOT, 'test', 'support', 'faultChildren');
const PASSPHRASE_ENV = { ESS_FAULT_PASSPHRASES: JSON.stringify([OLD_PASSPHRASE, NEW_PASSPHRASE]) };

export interface FaultResult {
  trials: number;
  failures: number;
  /** Acknowledged signals missing afterwards, over all trials: must be 0. */
  lost: number;
  notes: string[];
}

/** A fault child script (test/support/faultChildren/*.ts) in its own process, with both passphrases. */
class Child extends LineChild {
  constructor(script: string, args: string[]) {
    super(path.join(CHILDREN, script), args, PASSPHRASE_ENV);
  }
}


/** A seeded generator (mulberry32), so a failing trial can be replayed. */
function random(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
  };
}

export interface KillOptions {
  trials: number;
  seed?: number;
  /** Signals in the case file: enough that a rekey takes a few hundred ms, so kills land inside it. */
  signals?: number;
}

/**
 * kill -9 at a random moment of `ess rekey` (rekeyCaseFileAt in a child
 * process). Afterwards the file must open with EITHER passphrase (the new one
 * is tried first: a wrong key must never damage a file that still needs
 * rolling back), pass integrity_check, keep a valid audit chain, hold every
 * signal, and leave no hidden temporary copy.
 */
export async function runRekeyKillTrials(options: KillOptions): Promise<FaultResult & { openedWithOld: number; openedWithNew: number; fullRunMs: number }> {
  const next = random(options.seed ?? 9);
  const dir = faultDir('rekey-kill');
  const result = { trials: options.trials, failures: 0, lost: 0, notes: [] as string[], openedWithOld: 0, openedWithNew: 0, fullRunMs: 0 };
  try {
    const template = path.join(dir, 'template.ess');
    const seeded = seedFaultCaseFile(template, options.signals ?? 3000);
    const calibration = path.join(dir, 'calibration.ess');
    fs.copyFileSync(template, calibration);
    const full = new Child('rekeyJob.ts', [calibration]);
    await full.waitFor((line) => line === 'START');
    const started = performance.now();
    await full.waitFor((line) => line === 'PHASE rewriting');
    const rewriteStart = performance.now() - started;
    await full.waitFor((line) => line === 'PHASE verifying');
    const rewriteEnd = performance.now() - started;
    await full.exit();
    result.fullRunMs = Math.round(performance.now() - started);
    result.notes.push(
      `an uninterrupted rekey of ${seeded.length} signals took ${result.fullRunMs} ms (pages rewritten from ${Math.round(rewriteStart)} to ${Math.round(rewriteEnd)} ms); odd trials kill inside that rewrite`,
    );
    if (!full.lines.includes('DONE')) {
      result.failures += 1;
      result.notes.push(`an uninterrupted rekey failed: ${[...full.lines, ...full.stderr].join(' ').slice(0, 300)}`);
      return result;
    }
    for (let trial = 0; trial < options.trials; trial++) {
      const filePath = path.join(dir, `trial-${trial}.ess`);
      fs.copyFileSync(template, filePath);
      // Odd trials aim at the page rewrite, where a crash is hardest to survive.
      const killAfter = trial % 2 === 1 ? next(Math.floor(rewriteStart), Math.ceil(rewriteEnd)) : next(0, Math.ceil(result.fullRunMs * 1.1));
      const child = new Child('rekeyJob.ts', [filePath]);
      await child.waitFor((line) => line === 'START');
      await sleep(killAfter);
      await child.kill();
      const error = child.errors()[0];
      if (error) {
        result.failures += 1;
        result.notes.push(`trial ${trial} (kill after ${killAfter} ms): the rekey reported ${error}`);
      }
      const check = checkFaultCaseFile(filePath, seeded);
      result.lost += check.missing.length;
      if (check.openedWith === 'old') result.openedWithOld += 1;
      if (check.openedWith === 'new') result.openedWithNew += 1;
      if (check.openedWith === 'old' && child.lines.includes('DONE')) {
        result.failures += 1;
        result.notes.push(`trial ${trial}: the rekey said DONE but the file still opens with the old passphrase`);
      }
      const problems = describeFaultCheck(check);
      if (problems) {
        result.failures += 1;
        result.notes.push(`trial ${trial} (kill after ${killAfter} ms): the case file ${problems}`);
      }
      for (const name of fs.readdirSync(dir)) if (name.includes(`trial-${trial}.ess`)) fs.rmSync(path.join(dir, name), { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** Changes the passphrase of `filePath` from OLD to NEW while writers run; resolves with whether it succeeded (or the error code). */
export type Rekeyer = (filePath: string) => Promise<{ done: true } | { done: false; code: string }>;

/** `ess rekey` in a child process, as a user would run it beside writers. */
export const rekeyInChildProcess: Rekeyer = async (filePath) => {
  const child = new Child('rekeyJob.ts', [filePath]);
  await child.exit();
  if (child.lines.includes('DONE')) return { done: true };
  return { done: false, code: child.errors()[0]?.split(' ')[1] ?? `no result: ${child.stderr.join(' ').slice(0, 200)}` };
};

export interface RaceOptions {
  trials: number;
  /** Writer processes running `ess signal add`-like cycles during each change. */
  writers?: number;
  signals?: number;
  /** Who changes the passphrase: by default `ess rekey` in a child process. */
  rekey?: Rekeyer;
}

export interface RaceResult extends FaultResult {
  /** Write attempts over all trials, and how they ended. */
  attempts: number;
  acknowledged: number;
  errorsByCode: Record<string, number>;
  rekeysDone: number;
  rekeysRefused: Record<string, number>;
}

/** Codes a writer may see during a passphrase change: the file is busy, or it has just got its new passphrase. */
const EXPECTED_WRITER_CODES = new Set(['FILE_IN_USE', 'WRONG_PASSPHRASE']);

/**
 * The race of issue 9, item 1: while a passphrase change runs, other
 * processes keep writing. Every write must either succeed and be in the file
 * afterwards, or fail with FILE_IN_USE / WRONG_PASSPHRASE; none may report
 * CORRUPT; no acknowledged write may be lost; afterwards the file opens with
 * the new passphrase if the change succeeded (else the old one).
 */
export async function runRekeyRace(options: RaceOptions): Promise<RaceResult> {
  const rekey = options.rekey ?? rekeyInChildProcess;
  const dir = faultDir('rekey-race');
  const result: RaceResult = {
    trials: options.trials,
    failures: 0,
    lost: 0,
    notes: [],
    attempts: 0,
    acknowledged: 0,
    errorsByCode: {},
    rekeysDone: 0,
    rekeysRefused: {},
  };
  try {
    const template = path.join(dir, 'template.ess');
    seedFaultCaseFile(template, options.signals ?? 2000);
    for (let trial = 0; trial < options.trials; trial++) {
      const filePath = path.join(dir, `race-${trial}.ess`);
      fs.copyFileSync(template, filePath);
      const writers = Array.from({ length: options.writers ?? 3 }, (_, n) => new Child('signalWriter.ts', [filePath, `t${trial}w${n}`]));
      await Promise.all(writers.map((writer) => writer.waitFor((line) => line.startsWith('ACK ') || line.startsWith('ERR '))));
      const outcome = await rekey(filePath);
      // Let every writer try again after the change, under the new passphrase.
      const seen = writers.map((writer) => writer.lines.length);
      await Promise.all(writers.map((writer, n) => writer.waitFor((line) => writer.lines.indexOf(line) >= seen[n]! && line.startsWith('ACK '))));
      await Promise.all(writers.map((writer) => writer.stop()));
      if (outcome.done) result.rekeysDone += 1;
      else result.rekeysRefused[outcome.code] = (result.rekeysRefused[outcome.code] ?? 0) + 1;
      const acknowledged = writers.flatMap((writer) => writer.acknowledged());
      const errors = writers.flatMap((writer) => writer.errors());
      result.acknowledged += acknowledged.length;
      result.attempts += acknowledged.length + errors.length;
      let broken = false;
      for (const line of errors) {
        const code = line.split(' ')[1] ?? '?';
        result.errorsByCode[code] = (result.errorsByCode[code] ?? 0) + 1;
        if (!EXPECTED_WRITER_CODES.has(code)) {
          broken = true;
          result.notes.push(`trial ${trial}: a writer reported ${line.slice(0, 200)}`);
        }
      }
      if (!outcome.done && outcome.code !== 'FILE_IN_USE') {
        broken = true;
        result.notes.push(`trial ${trial}: the passphrase change failed with ${outcome.code}`);
      }
      const check = checkFaultCaseFile(filePath, acknowledged, outcome.done ? ['new'] : ['old']);
      result.lost += check.missing.length;
      const problems = describeFaultCheck(check);
      if (problems) {
        broken = true;
        result.notes.push(`trial ${trial} (change ${outcome.done ? 'done' : 'refused'}): the case file ${problems}`);
      }
      if (broken) result.failures += 1;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
