import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate';
import { listSignals } from '../../electron/services/signals/reads';
import { createSignal } from '../../electron/services/signals/writes';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';
import { toAppError } from '../../db/sqliteErrors';
import type { AppError } from '../../shared/errors';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { runEss } from '../support/cli';
import { signalDraft } from '../support/signals';
import { sha256OfFile, tempDir } from '../support/tempDir';
import { actorFor } from '../../electron/services/actor';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'ess.js');
const SIGNAL_ADD = ['--title', 'Spanning', '--description', 'Feiten.', '--national', '--theme', 'buitenlandse-verkiezingen', '--urgency', 'laag'];

/**
 * Root writes through file modes, so "read-only" is made the way root meets
 * it too: a read-only bind mount of a folder (Linux, root). Elsewhere skipped.
 */
function readOnlyView(source: string): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const view = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-ro-view-'));
  try {
    execFileSync('mount', ['--bind', source, view], { stdio: 'pipe' });
    execFileSync('mount', ['-o', 'remount,bind,ro', view], { stdio: 'pipe' });
    return view;
  } catch {
    spawnSync('umount', [view]);
    fs.rmSync(view, { recursive: true, force: true });
    return null;
  }
}

const mounted: string[] = [];
afterAll(() => {
  for (const view of mounted) {
    execFileSync('umount', [view]);
    fs.rmSync(view, { recursive: true, force: true });
  }
});

/** A case file with one signal, seen through a read-only mount. */
function caseFileOnReadOnlyMount(): { filePath: string; original: string } | null {
  const original = newCaseFile();
  const session = new CaseFileSession();
  session.unlock(original, PASSPHRASE);
  const { db, adviser } = session.current();
  createSignal({ db, actor: actorFor(adviser!), now: new Date() }, signalDraft({ title: 'Al aanwezig signaal' }));
  session.close();
  const view = readOnlyView(path.dirname(original));
  if (!view) return null;
  mounted.push(view);
  return { filePath: path.join(view, path.basename(original)), original };
}

function readOnlyCopies(): string[] {
  return fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('ess-readonly-'));
}

const canMount = process.platform === 'linux' && process.getuid?.() === 0;
if (!canMount) console.warn('readOnlyCaseFile.test.ts: the read-only mount cases are skipped (they need Linux and root)');

describe('a case file where nothing can be written', () => {
  it.skipIf(!canMount)('opens read-only in the app: reads work, the status says so, writes fail with READ_ONLY, the file is untouched', async () => {
    const made = caseFileOnReadOnlyMount();
    expect(made).not.toBeNull();
    const { filePath } = made!;
    const before = sha256OfFile(filePath);
    const copiesBefore = readOnlyCopies().length;

    const dir = tempDir();
    const session = new CaseFileSession();
    const appState = new AppStateStore(path.join(dir, 'app'));
    appState.rememberFile(filePath, new Date());
    const none = async () => null;
    const handlers = createHandlers({
      session,
      appState,
      dialogs: { chooseNewCaseFile: none, chooseCaseFile: none, chooseBackupDestination: none, chooseExportDestination: none, chooseDocumentDestination: none },
      dataDir: path.join(dir, 'app'),
    });
    const unlocked = await dispatch(handlers, 'caseFile.unlock', { path: filePath, passphrase: PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { state: 'unlocked', readOnly: true } });

    const { db, adviser } = session.current();
    expect(listSignals(db, {}).rows.map((signal) => signal.title)).toEqual(['Al aanwezig signaal']);
    let failure: AppError | null = null;
    try {
      createSignal({ db, actor: actorFor(adviser!), now: new Date() }, signalDraft());
    } catch (error) {
      failure = toAppError(error, 'Create signal');
    }
    expect(failure?.code).toBe('READ_ONLY');
    expect(failure?.message).toBe('Create signal: the case file is read-only (it lies where nothing can be written)');
    const viaIpc = await dispatch(handlers, 'settings.update', { autoLockMinutes: 7 });
    expect(viaIpc).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });

    expect(readOnlyCopies().length).toBe(copiesBefore + 1);
    expect(session.lock()).toEqual({ state: 'locked', file: { path: filePath, name: path.basename(filePath) }, isDemo: false });
    // The private working copy goes with the lock.
    expect(readOnlyCopies().length).toBe(copiesBefore);
    expect(sha256OfFile(filePath)).toBe(before);
    expect(fs.readdirSync(path.dirname(filePath))).toEqual([path.basename(filePath)]);
  });

  it.skipIf(!canMount)('ess reads it and refuses a write with READ_ONLY (exit 1), file untouched', () => {
    const { filePath } = caseFileOnReadOnlyMount()!;
    const before = sha256OfFile(filePath);
    const env = { ESS_PASSPHRASE: PASSPHRASE };
    for (const args of [['info', filePath], ['verify', filePath], ['signal', 'list', filePath]]) {
      const run = runEss(args, env);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
    expect(runEss(['signal', 'list', filePath], env).stdout).toContain('Al aanwezig signaal');
    const add = runEss(['signal', 'add', filePath, ...SIGNAL_ADD], env);
    expect(add.status).toBe(1);
    expect(add.stderr).toMatch(/^error READ_ONLY: .*read-only/);
    expect(sha256OfFile(filePath)).toBe(before);
  }, 120_000);

  it.skipIf(!canMount)('an older schema on a read-only location is refused with a clear message (it would need an upgrade)', () => {
    const original = newCaseFile();
    const db = openCaseFileDatabase(original, PASSPHRASE);
    // Stands in for a file from the previous version: only the version number is consulted before reading.
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    closeCaseFileDatabase(db);
    const view = readOnlyView(path.dirname(original))!;
    mounted.push(view);
    const filePath = path.join(view, path.basename(original));
    let failure: AppError | null = null;
    try {
      new CaseFileSession().unlock(filePath, PASSPHRASE);
    } catch (error) {
      failure = error as AppError;
    }
    expect(failure?.code).toBe('READ_ONLY');
    expect(failure?.message).toMatch(/older version and must be upgraded.*copy it to a folder you can write to/);
    // Looking without upgrading still works (ess info).
    expect(runEss(['info', filePath], { ESS_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  }, 60_000);

  it.skipIf(!canMount)('a file with mode 0444 in a folder of its own: read and refused a write, checked as user nobody', () => {
    const filePath = newCaseFile();
    const folder = path.dirname(filePath);
    // nobody may enter and write the folder, but the file itself is read-only to them.
    fs.chmodSync(folder, 0o755);
    fs.chownSync(folder, 65534, 65534);
    fs.chmodSync(filePath, 0o444);
    const before = sha256OfFile(filePath);
    const asNobody = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        uid: 65534,
        gid: 65534,
        env: { ...process.env, ESS_PASSPHRASE: PASSPHRASE, HOME: folder },
        input: '',
        encoding: 'utf8',
        timeout: 30_000,
      });
    const info = asNobody(['info', filePath]);
    expect(info.status, info.stderr).toBe(0);
    const list = asNobody(['signal', 'list', filePath]);
    expect(list.status, list.stderr).toBe(0);
    const add = asNobody(['signal', 'add', filePath, ...SIGNAL_ADD]);
    expect(add.status).toBe(1);
    expect(add.stderr).toMatch(/^error READ_ONLY: /);
    expect(sha256OfFile(filePath)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual([path.basename(filePath)]);
  }, 120_000);
});
