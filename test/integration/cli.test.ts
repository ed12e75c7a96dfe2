import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate';
import { createCaseFile } from '../../electron/services/caseFile';
import { caseFileInfo } from '../../electron/services/caseFileInfo';
import { DEMO_PASSPHRASE } from '../../electron/services/demo';
import { failureLine, runEss } from '../support/cli';
import { ADVISER, newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { sha256OfFile, tempDir } from '../support/tempDir';

const WITH_PASSPHRASE = { ESS_PASSPHRASE: PASSPHRASE };
const NEW_PASSPHRASE = 'an entirely different passphrase';

// Creating a case file costs two key derivations, so tests that only read
// share one; each of them still checks that it left the file as it was.
let sharedDir: string;
let shared: string;

beforeAll(() => {
  sharedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-cli-test-'));
  const { db, path: made } = createCaseFile({ path: path.join(sharedDir, 'gedeeld.ess'), passphrase: PASSPHRASE, adviser: ADVISER });
  closeCaseFileDatabase(db);
  shared = made;
});

afterAll(() => fs.rmSync(sharedDir, { recursive: true, force: true }));

function infoJson(filePath: string, passphrase = PASSPHRASE): Record<string, unknown> {
  const run = runEss(['info', filePath, '--json'], { ESS_PASSPHRASE: passphrase });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** Reads a case file in this process, as the app would. */
function inspect<T>(filePath: string, passphrase: string, read: (db: ReturnType<typeof openCaseFileDatabase>) => T): T {
  const db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: true });
  try {
    return read(db);
  } finally {
    closeCaseFileDatabase(db);
  }
}

describe('ess usage', () => {
  it('lists every command and the passphrase sources in --help', () => {
    const run = runEss(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['init', 'info', 'verify', 'backup', 'rekey', 'demo']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} .*\\S`, 'm'));
    }
    expect(run.stdout).toContain('--passphrase-file PATH');
    expect(run.stdout).toContain('ESS_PASSPHRASE');
  });

  it('exits 2 with a usage message for an unknown command, a missing argument or a passphrase argument', () => {
    const unknown = runEss(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");

    const missing = runEss(['info']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Usage: ess info');

    const secret = 'typed on the command line';
    const asArgument = runEss(['info', 'x.ess', '--passphrase', secret]);
    expect(asArgument.status).toBe(2);
    expect(asArgument.stderr).toContain('--passphrase is not accepted');
    expect(asArgument.stderr).not.toContain(secret);
  });
});

describe('ess init and info', () => {
  it('creates a case file with the .ess extension that info reads without changing it', () => {
    const dir = tempDir();
    const init = runEss(['init', path.join(dir, 'dossier'), '--adviser', 'Test Adviseur', '--initials', 'TA'], WITH_PASSPHRASE);
    expect(init.status, init.stderr).toBe(0);
    const created = path.join(dir, 'dossier.ess');
    expect(init.stdout.trim()).toBe(created);

    const before = sha256OfFile(created);
    const info = infoJson(created);
    expect(info).toMatchObject({ path: created, schemaVersion: LATEST_SCHEMA_VERSION, isDemo: false, counts: { advisers: 1 } });
    expect(info.cipher).toMatch(/SQLCipher 4/);
    expect(sha256OfFile(created)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['dossier.ess']);
  });

  it('refuses to overwrite an existing file, with or without the extension given', () => {
    const before = sha256OfFile(shared);
    for (const target of [shared, shared.slice(0, -'.ess'.length)]) {
      expect(failureLine(runEss(['init', target], WITH_PASSPHRASE))).toMatch(/^error FILE_EXISTS: /);
    }
    expect(sha256OfFile(shared)).toBe(before);
  });

  it('refuses a passphrase that is too short and creates nothing', () => {
    const dir = tempDir();
    const line = failureLine(runEss(['init', path.join(dir, 'kort')], { ESS_PASSPHRASE: 'too short' }));
    expect(line).toMatch(/^error INVALID_INPUT: .*at least 12 characters/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses an incomplete or invalid adviser', () => {
    const dir = tempDir();
    const half = runEss(['init', path.join(dir, 'a'), '--adviser', 'Test Adviseur'], WITH_PASSPHRASE);
    expect(half.status).toBe(2);
    expect(half.stderr).toContain('--adviser and --initials must be given together');
    const bad = runEss(['init', path.join(dir, 'a'), '--adviser', 'Test Adviseur', '--initials', '12'], WITH_PASSPHRASE);
    expect(failureLine(bad)).toMatch(/^error INVALID_INPUT: --initials: /);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('passphrase sources', () => {
  it('reports a wrong passphrase and leaves the file byte-identical', () => {
    const before = sha256OfFile(shared);
    const line = failureLine(runEss(['info', shared], { ESS_PASSPHRASE: 'not the passphrase' }));
    expect(line).toMatch(/^error WRONG_PASSPHRASE: /);
    expect(sha256OfFile(shared)).toBe(before);
    expect(fs.readdirSync(sharedDir)).toEqual([path.basename(shared)]);
  });

  it('reads --passphrase-file without its trailing newline, before ESS_PASSPHRASE', () => {
    const passphraseFile = path.join(tempDir(), 'passphrase.txt');
    fs.writeFileSync(passphraseFile, `${PASSPHRASE}\r\n`);
    const run = runEss(['info', shared, '--passphrase-file', passphraseFile], { ESS_PASSPHRASE: 'not the passphrase' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Schema version\\s+${LATEST_SCHEMA_VERSION}$`, 'm'));
  });

  it('exits 1 naming the sources when there is none and stdin is not a terminal', () => {
    const line = failureLine(runEss(['info', shared]));
    expect(line).toMatch(/^error INVALID_INPUT: No passphrase given: use --passphrase-file PATH or set ESS_PASSPHRASE/);
  });

  it('reports FILE_IN_USE while another process holds the case file open', () => {
    // Opened as the app opens it, with its exclusive lock.
    const db = openCaseFileDatabase(shared, PASSPHRASE);
    try {
      expect(failureLine(runEss(['info', shared], WITH_PASSPHRASE))).toMatch(/^error FILE_IN_USE: /);
    } finally {
      closeCaseFileDatabase(db);
    }
  });
});

describe('ess verify', () => {
  it('exits 0 for an intact case file', () => {
    const before = sha256OfFile(shared);
    const run = runEss(['verify', shared], WITH_PASSPHRASE);
    expect(run.status, run.stderr).toBe(0);
    expect(sha256OfFile(shared)).toBe(before);
    expect(run.stdout).toMatch(/^Audit chain\s+ok \(2 entries/m);
    expect(run.stdout).toMatch(/^Result\s+ok$/m);
  });

  it('exits 1 and names the entry when the audit log was altered', () => {
    const filePath = newCaseFile();
    const db = openCaseFileDatabase(filePath, PASSPHRASE);
    try {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET adviser_label = 'x' WHERE seq = 1").run();
    } finally {
      closeCaseFileDatabase(db);
    }
    const run = runEss(['verify', filePath], WITH_PASSPHRASE);
    // The dropped trigger is named too: the schema must be what the migrations made.
    expect(failureLine(run)).toBe(
      'error CORRUPT: audit chain broken at entry 1: entry was altered after it was written; schema differs from what the migrations made: trigger audit_log_no_update is missing',
    );
    expect(run.stdout).toMatch(/^Result\s+FAILED$/m);
  });
});

describe('ess backup, rekey and demo', () => {
  it('writes a backup that opens on its own, and never overwrites one', () => {
    const destination = path.join(tempDir(), 'kopie.ess');
    const run = runEss(['backup', shared, destination], WITH_PASSPHRASE);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(destination);
    expect(run.stdout).toContain(`SHA-256           ${sha256OfFile(destination)}`);
    expect(infoJson(destination)).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, counts: { advisers: 1, auditEntries: 2 } });

    const before = sha256OfFile(destination);
    expect(failureLine(runEss(['backup', shared, destination], WITH_PASSPHRASE))).toMatch(/^error FILE_EXISTS: /);
    expect(sha256OfFile(destination)).toBe(before);
  });

  it('changes the passphrase and records the CLI as the actor', () => {
    const filePath = newCaseFile();
    const run = runEss(['rekey', filePath], { ...WITH_PASSPHRASE, ESS_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect(run.status, run.stderr).toBe(0);
    expect(failureLine(runEss(['info', filePath], WITH_PASSPHRASE))).toMatch(/^error WRONG_PASSPHRASE: /);
    const last = inspect(filePath, NEW_PASSPHRASE, (db) =>
      db.prepare('SELECT action, adviser_label AS label FROM audit_log ORDER BY seq DESC LIMIT 1').get(),
    );
    expect(last).toEqual({ action: 'rekey', label: 'ess CLI' });
  });

  it('refuses a new passphrase that is too short and leaves the file as it was', () => {
    const before = sha256OfFile(shared);
    const line = failureLine(runEss(['rekey', shared], { ...WITH_PASSPHRASE, ESS_NEW_PASSPHRASE: 'short' }));
    expect(line).toMatch(/^error INVALID_INPUT: .*at least 12 characters \(new passphrase from ESS_NEW_PASSPHRASE\)/);
    expect(sha256OfFile(shared)).toBe(before);
  });

  it('creates a demo file under the public demo passphrase, or under a supplied one without printing it', () => {
    const dir = tempDir();
    const demo = runEss(['demo', path.join(dir, 'demo')]);
    expect(demo.status, demo.stderr).toBe(0);
    const demoPath = path.join(dir, 'demo.ess');
    expect(demo.stdout).toBe(
      `${demoPath}\nSignals: 250 fictional signals, with demo cases and journal entries\nPassphrase: ${DEMO_PASSPHRASE} (public demo passphrase)\n`,
    );
    const info = inspect(demoPath, DEMO_PASSPHRASE, (db) => caseFileInfo(db, demoPath));
    expect(info).toMatchObject({ isDemo: true, counts: { advisers: 3, signals: 250, cases: 4 } });

    // runEss itself asserts that the supplied passphrase is not in the output.
    const ownPath = path.join(dir, 'eigen.ess');
    const own = runEss(['demo', ownPath], WITH_PASSPHRASE);
    expect(own.status, own.stderr).toBe(0);
    expect(own.stdout).toMatch(new RegExp(`^${ownPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nSignals: 250 [^\n]+\nPassphrase: the one you supplied\n$`));
    expect(inspect(ownPath, PASSPHRASE, (db) => caseFileInfo(db, ownPath).isDemo)).toBe(true);
  });
});
