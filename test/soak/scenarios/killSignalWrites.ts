import fs from 'node:fs';
import path from 'node:path';
import { sleep, Worker } from '../children';
import { checkCaseFile, describeProblems, removeDir, seedCaseFile, SOAK_PASSPHRASE, soakDir, verifyProblems } from '../fixtures';
import { Random } from '../random';
import { Tally, type Scenario, type ScenarioOptions, type ScenarioResult } from '../types';

/** How long the writer may run before the kill; writes take a few ms each (synchronous=FULL). */
const MAX_WRITE_MS = 600;

/**
 * kill -9 during signal writes: a child opens the case file and registers
 * signals one after the other, printing each id once its commit returned; the
 * parent kills it at a random moment, then opens the file as the app would.
 * It must open, pass the integrity check and the audit chain, hold every
 * acknowledged signal, and pass `ess verify` as a whole.
 */
export async function runKillSignalWrites({ trials, seed }: ScenarioOptions): Promise<ScenarioResult> {
  const random = new Random(seed);
  const tally = new Tally(trials);
  const dir = soakDir('kill-writes');
  let acknowledgedTotal = 0;
  try {
    const template = path.join(dir, 'template.ess');
    seedCaseFile(template, 20);
    for (let trial = 0; trial < trials; trial++) {
      const delay = random.int(0, MAX_WRITE_MS);
      const filePath = path.join(dir, `trial-${trial}.ess`);
      fs.copyFileSync(template, filePath);
      const worker = new Worker('signalWriter.ts', [filePath, String(trial * 100_000)], {
        ESS_SOAK_PASSPHRASES: JSON.stringify([SOAK_PASSPHRASE]),
      });
      const ready = await worker.waitFor((line) => line === 'READY' || line.startsWith('ERR '));
      if (ready !== 'READY') {
        await worker.kill();
        tally.fail(trial, 'start', `trial ${trial}: the writer did not start (${ready ?? worker.stderr.join(' ').slice(0, 300)})`);
        continue;
      }
      await sleep(delay);
      const exit = await worker.kill();
      const acknowledged = worker.acknowledged();
      acknowledgedTotal += acknowledged.length;
      const writerError = worker.lines.find((line) => line.startsWith('ERR '));
      if (writerError || exit.signal !== 'SIGKILL') {
        tally.fail(trial, 'writer', `trial ${trial}: the writer stopped by itself before the kill (${writerError ?? `exit ${exit.code}`})`);
      }
      const check = checkCaseFile(filePath, [SOAK_PASSPHRASE], acknowledged);
      tally.lost += check.missing.length;
      // Beyond opening: what was committed is whole (each record matches its audit entry, schema as migrated).
      const problems = describeProblems(check) ?? (check.openedWith === null ? null : verifyProblems(filePath, SOAK_PASSPHRASE));
      if (problems) tally.fail(trial, 'check', `trial ${trial} (kill after ${delay} ms, ${acknowledged.length} acknowledged): ${problems}`);
      fs.rmSync(filePath, { force: true });
      fs.rmSync(`${filePath}-wal`, { force: true });
    }
  } finally {
    removeDir(dir);
  }
  return tally.result([`${acknowledgedTotal} signals acknowledged before the kills`], { acknowledged: acknowledgedTotal });
}

export const killSignalWrites: Scenario = {
  name: 'kill -9 during signal writes',
  full: 200,
  bounded: 10,
  run: runKillSignalWrites,
};
