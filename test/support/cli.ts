import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'ess.js');
const SECRET_VARIABLES = ['ESS_PASSPHRASE', 'ESS_NEW_PASSPHRASE'];
/** Writing commands leave audit anchors in the app's data folder: one of the test run's own, never the developer's. */
const ANCHORS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-cli-anchors-'));

export interface EssRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `ess` binary as a user would, with stdin a pipe (so never a
 * terminal). Passphrase variables of the developer's shell are dropped, so
 * only the ones a test passes count. Every run also checks that no passphrase
 * passed through the environment shows up in the output.
 */
export function runEss(args: string[], env: Record<string, string> = {}): EssRun {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SECRET_VARIABLES.includes(name)));
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...inherited, ESS_USER_DATA_DIR: ANCHORS_DIR, ...env },
    input: '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  for (const name of SECRET_VARIABLES) {
    const secret = env[name];
    if (secret) expect(run.stdout + run.stderr, `${name} leaked into the output`).not.toContain(secret);
  }
  return run;
}

/** A failed run's single stderr line (the CLI promises exactly one). */
export function failureLine(run: EssRun): string {
  expect(run.status, run.stderr).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}
