import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers/index';
import { registerHandlers, type IpcMainLike } from '../../electron/ipc/register';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';
import { CHANNELS, wireChannel } from '../../shared/contract/channels';
import type { Result } from '../../shared/errors';
import { PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

function setUp() {
  const dir = tempDir();
  const dialogs = { next: null as string | null };
  const take = async () => dialogs.next;
  const session = new CaseFileSession();
  const handlers = createHandlers({
    session,
    appState: new AppStateStore(path.join(dir, 'app')),
    dialogs: { chooseNewCaseFile: take, chooseCaseFile: take, chooseBackupDestination: take, chooseExportDestination: take, chooseDocumentDestination: take },
    dataDir: path.join(dir, 'app'),
  });
  return { dir, dialogs, session, handlers };
}

/** A handler table whose every entry is a spy, to prove that refused requests run nothing. */
function spyHandlers(): Handlers {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn()])) as unknown as Handlers;
}

describe('the IPC contract', () => {
  it('has a handler for every channel', () => {
    const { handlers } = setUp();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it.each([
    ['caseFile.unlock', { path: 'relative/file.ess', passphrase: 'x' }, 'path'],
    ['caseFile.unlock', { path: '/tmp/a.ess' }, 'passphrase'],
    ['caseFile.create', { path: '/tmp/a.ess', passphrase: 'te kort', adviser: { name: 'An', initials: 'A' } }, 'passphrase'],
    ['caseFile.create', { path: '/tmp/a.ess', passphrase: 'lang genoeg wachtwoord', adviser: { name: '', initials: 'A' } }, 'adviser.name'],
    ['settings.update', { autoLockMinutes: 0 }, 'autoLockMinutes'],
    ['settings.update', { autoLockMinutes: 2.5 }, 'autoLockMinutes'],
    ['session.status', { unexpected: true }, ''],
    ['caseFile.backup', 'not an object', ''],
  ])('refuses a malformed %s request with INVALID_INPUT and runs nothing', async (channel, payload, field) => {
    const handlers = spyHandlers();
    const result = await dispatch(handlers, channel, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    if (field) expect(result.error.issues?.map((issue) => issue.path)).toContain(field);
    for (const spy of Object.values(handlers)) expect(spy).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatch(spyHandlers(), 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('never lets an unexpected exception cross as a thrown object', async () => {
    const handlers = spyHandlers();
    vi.mocked(handlers['session.status']).mockImplementation(() => {
      throw new TypeError('boom');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(handlers, 'session.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred' } });
  });

  it('refuses requests from pages other than the app', async () => {
    const registered = new Map<string, (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<Result<unknown>>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
    const handlers = spyHandlers();
    registerHandlers(ipcMain, handlers, (url) => url.startsWith('app://ess/'));
    expect(registered.size).toBe(CHANNELS.length);
    const listener = registered.get(wireChannel('session.status'))!;
    expect(await listener({ senderFrame: { url: 'https://example.org/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(handlers['session.status']).not.toHaveBeenCalled();
    await listener({ senderFrame: { url: 'app://ess/index.html' } }, {});
    expect(handlers['session.status']).toHaveBeenCalledOnce();
  });
});

describe('the handlers over a real case file', () => {
  it('only opens or writes paths the user chose in a dialog or the recent list', async () => {
    const { dir, dialogs, handlers } = setUp();
    const target = path.join(dir, 'nieuw.ess');
    const create = { path: target, passphrase: PASSPHRASE, adviser: { name: 'Test Adviseur', initials: 'TA' } };
    expect(await dispatch(handlers, 'caseFile.create', create)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.existsSync(target)).toBe(false);

    dialogs.next = target;
    await dispatch(handlers, 'dialog.chooseNewCaseFile', {});
    expect(await dispatch(handlers, 'caseFile.create', create)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(await dispatch(handlers, 'caseFile.backup', { destination: path.join(dir, 'b.ess'), passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('locks: data channels answer LOCKED and the status holds only the file name', async () => {
    const { dir, dialogs, handlers, session } = setUp();
    dialogs.next = path.join(dir, 'dossier.ess');
    await dispatch(handlers, 'dialog.chooseNewCaseFile', {});
    await dispatch(handlers, 'caseFile.create', {
      path: dialogs.next,
      passphrase: PASSPHRASE,
      adviser: { name: 'Test Adviseur', initials: 'TA' },
    });
    const locked = await dispatch(handlers, 'caseFile.lock', {});
    expect(locked).toEqual({
      ok: true,
      value: { state: 'locked', file: { path: path.join(dir, 'dossier.ess'), name: 'dossier.ess' }, isDemo: false },
    });
    expect(session.isUnlocked()).toBe(false);
    for (const channel of ['caseFile.info', 'settings.get', 'advisers.list'] as const) {
      expect(await dispatch(handlers, channel, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    // The recent list grants the path, so unlocking works after a restart of the window too.
    const wrong = await dispatch(handlers, 'caseFile.unlock', { path: path.join(dir, 'dossier.ess'), passphrase: 'fout' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const unlocked = await dispatch(handlers, 'caseFile.unlock', { path: path.join(dir, 'dossier.ess'), passphrase: PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { state: 'unlocked', adviser: { initials: 'TA' } } });
  });

  it('opens the built-in demo case file, marked as demo', async () => {
    const { handlers } = setUp();
    const result = await dispatch(handlers, 'caseFile.openDemo', {});
    expect(result).toMatchObject({ ok: true, value: { state: 'unlocked', isDemo: true, adviser: { initials: 'SdV' } } });
    const advisers = await dispatch(handlers, 'advisers.list', {});
    expect(advisers).toMatchObject({ ok: true, value: [{}, {}, {}] });
  });
});
