import fs from 'node:fs';
import path from 'node:path';
import { backupCaseFileAt } from '../../../electron/services/backup';
import { sleep, Worker } from '../children';
import {
  checkCaseFile,
  describeProblems,
  leftoversBeside,
  leftoversIn,
  removeDir,
  seedCaseFile,
  SOAK_PASSPHRASE,
  soakDir,
} from '../fixtures';
import { Random } from '../random';
import { Tally, type Scenario, type ScenarioOptions, type ScenarioResult } from '../types';

/** Enough signals (with some text) that a backup runs for a few hundred ms, so kills land inside it. */
const SEEDED_SIGNALS = 2000;
const PADDING = 300;

interface JobRun {
  /** Milliseconds from START to the kill or to DONE. */
  ran: number;
  finished: boolean;
  error: string | null;
}

async function runBackup(filePath: string, destination: string, killAfter: number | null): Promise<JobRun> {
  const worker = new Worker('backupJob.ts', [filePath, destination], { ESS_SOAK_PASSPHRASES: JSON.stringify([SOAK_PASSPHRASE]) });
  const start = await worker.waitFor((line) => line === 'START');
  const started = performance.now();
  if (start === null) return { ran: 0, finished: false, error: `did not start: ${worker.stderr.join(' ').slice(0, 300)}` };
  if (killAfter === null) await worker.exit();
  else {
    await sleep(killAfter);
    await worker.kill();
  }
  const ran = performance.now() - started;
  const error = worker.lines.find((line) => line.startsWith('ERR ')) ?? null;
  return { ran, finished: worker.lines.includes('DONE'), error };
}

/**
 * After a killed backup: the case file is intact, and the destination either
 * does not exist or is a complete, verified backup (never a partial file under
 * the final name). Opening the case file and backing up again to the same
 * folder must remove any temporary copy the kill left.
 */
function checkAfterBackup(tally: Tally, trial: number, source: string, destination: string, seeded: string[], what: string): void {
  if (fs.existsSync(destination)) {
    const backup = checkCaseFile(destination, [SOAK_PASSPHRASE], seeded);
    tally.lost += backup.missing.length;
    const problems = describeProblems(backup);
    if (problems) tally.fail(trial, 'partial', `trial ${trial} (${what}): a damaged backup under the final name: ${problems}`);
  }
  const check = checkCaseFile(source, [SOAK_PASSPHRASE], seeded);
  tally.lost += check.missing.length;
  const problems = describeProblems(check);
  if (problems) tally.fail(trial, 'source', `trial ${trial} (${what}): the case file ${problems}`);
  // The next backup goes where the user would retry: the same name if it is still free.
  const retry = fs.existsSync(destination) ? path.join(path.dirname(destination), `retry-${trial}.ess`) : destination;
  try {
    backupCaseFileAt(source, retry, SOAK_PASSPHRASE);
  } catch (error) {
    tally.fail(trial, 'retry', `trial ${trial} (${what}): the next backup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const left = [...leftoversBeside(source), ...leftoversIn(path.dirname(destination))];
  if (left.length > 0) tally.fail(trial, 'leftover', `trial ${trial} (${what}): leftovers not removed by the next open and backup: ${left.join(', ')}`);
}

/**
 * kill -9 during `ess backup` (the service in a child process), at a random
 * moment spread over the whole job.
 */
async function runKillBackup({ trials, seed }: ScenarioOptions): Promise<ScenarioResult> {
  const random = new Random(seed);
  const tally = new Tally(trials);
  const dir = soakDir('kill-backup');
  const notes: string[] = [];
  let interrupted = 0;
  try {
    const template = path.join(dir, 'template.ess');
    const seeded = seedCaseFile(template, SEEDED_SIGNALS, PADDING);
    // A first, uninterrupted run measures how long the job takes here, so the kills spread over all of it.
    const calibration = path.join(dir, 'calibration');
    fs.mkdirSync(calibration);
    fs.copyFileSync(template, path.join(calibration, 'case.ess'));
    const full = await runBackup(path.join(calibration, 'case.ess'), path.join(calibration, 'backup.ess'), null);
    if (!full.finished) {
      tally.fail(null, 'calibration', `an uninterrupted backup did not finish: ${full.error ?? 'no DONE'}`);
      return tally.result();
    }
    const window = Math.max(50, Math.ceil(full.ran * 1.1));
    notes.push(`an uninterrupted backup of ${SEEDED_SIGNALS} signals took ${Math.round(full.ran)} ms; kills spread over 0–${window} ms`);
    for (let trial = 0; trial < trials; trial++) {
      const trialDir = path.join(dir, `trial-${trial}`);
      const destinationDir = path.join(trialDir, 'destination');
      fs.mkdirSync(destinationDir, { recursive: true });
      const source = path.join(trialDir, 'case.ess');
      const destination = path.join(destinationDir, 'backup.ess');
      fs.copyFileSync(template, source);
      const killAfter = random.int(0, window);
      const run = await runBackup(source, destination, killAfter);
      if (!run.finished) interrupted += 1;
      const what = `kill after ${killAfter} ms${run.finished ? ', job had finished' : ''}`;
      if (run.error) tally.fail(trial, 'job', `trial ${trial} (${what}): the backup reported ${run.error}`);
      checkAfterBackup(tally, trial, source, destination, seeded, what);
      removeDir(trialDir);
    }
  } finally {
    removeDir(dir);
  }
  notes.push(`${interrupted} of ${trials} backups were killed before they finished`);
  return tally.result(notes, { interrupted });
}

export const killBackup: Scenario = {
  name: 'kill -9 during backup',
  full: 20,
  bounded: 3,
  run: runKillBackup,
};

