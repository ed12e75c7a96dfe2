import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './children';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `ess` binary with the passphrase in its environment. HOME and
 * XDG_CONFIG_HOME point at a throw-away folder, so nothing the CLI keeps in
 * the app's data folder (anchors, state) lands in the developer's own.
 */
export function runEss(args: string[], passphrase: string): CliRun {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-soak-home-'));
  try {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ess.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ESS_PASSPHRASE: passphrase, ESS_NEW_PASSPHRASE: '', HOME: home, XDG_CONFIG_HOME: home },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
