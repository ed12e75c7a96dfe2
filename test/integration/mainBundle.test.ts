import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, wireChannel } from '../../shared/contract/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { Result } from '../../shared/errors';
import { runEss } from '../support/cli';
import {
  createElectronStandIn,
  interceptElectron,
  preventableEvent,
  WebContentsStandIn,
  type ElectronStandIn,
} from '../support/electronStandIn';

/**
 * The main process as it ships: dist-electron/main.cjs, built by
 * scripts/build-electron.mjs, loaded in Node with a stand-in for the
 * `electron` module. Everything below goes through what the bundle
 * registered, the way Electron and the renderer would reach it.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE_DIR = path.join(ROOT, 'dist-electron');
const SOURCES = ['electron', 'shared', 'db', 'scripts/build-electron.mjs', 'package.json'];
const PASSPHRASE = 'main bundle idle lock test';
const APP_PAGE = 'app://ess/index.html';

function newestSourceChange(entry: string): number {
  const stats = fs.statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSourceChange(path.join(entry, name))));
}

/** Builds the bundle when it is missing or older than any source it is made from. */
function ensureFreshBundle(): void {
  const bundle = path.join(BUNDLE_DIR, 'main.cjs');
  const newest = Math.max(...SOURCES.map((entry) => newestSourceChange(path.join(ROOT, entry))));
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newest) return;
  try {
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    const output = String((error as { stderr?: Buffer }).stderr ?? error);
    throw new Error(`scripts/build-electron.mjs failed, so there is no main bundle to test:\n${output.slice(0, 2000)}`);
  }
}

/**
 * An installed app's layout (dist-electron beside dist/renderer), in a temp
 * folder: the renderer is a small fixture, so the test needs no renderer build
 * and never writes into the project's dist/.
 */
function layOutApp(appDir: string): void {
  fs.mkdirSync(path.join(appDir, 'dist-electron'), { recursive: true });
  for (const name of fs.readdirSync(BUNDLE_DIR).filter((file) => file.endsWith('.cjs'))) {
    fs.copyFileSync(path.join(BUNDLE_DIR, name), path.join(appDir, 'dist-electron', name));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(appDir, 'dist', 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>ESS</title>');
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'assets', 'app.js'), 'console.log("ess");');
  // Outside the renderer folder: must never be served.
  fs.writeFileSync(path.join(appDir, 'dist', 'secret.txt'), 'not for the page');
}

let root: string;
let appDir: string;
let userData: string;
let electron: ElectronStandIn;
let restoreRequire: () => void;
let caseFilePath: string;

async function invoke(channel: string, payload: unknown = {}, senderUrl: string | null = APP_PAGE): Promise<Result<unknown>> {
  const entry = electron.ipcHandlers.find((handler) => handler.channel === `ess:${channel}`);
  if (!entry) throw new Error(`no handler for ${channel}`);
  return (await entry.listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, payload)) as Result<unknown>;
}

async function status(): Promise<{ state: string; autoLockMinutes?: number }> {
  const result = await invoke('session.status');
  if (!result.ok) throw new Error(result.error.code);
  return result.value as { state: string; autoLockMinutes?: number };
}

async function unlock(): Promise<void> {
  const result = await invoke('caseFile.unlock', { path: caseFilePath, passphrase: PASSPHRASE });
  expect(result).toMatchObject({ ok: true, value: { state: 'unlocked' } });
}

function mainWindow(): ElectronStandIn['windows'][number] {
  expect(electron.windows).toHaveLength(1);
  return electron.windows[0]!;
}

function pushedStates(sent: WebContentsStandIn['sent']): string[] {
  return sent
    .filter((message) => message.channel === wireChannel('session.changed'))
    .map((message) => (message.payload as { state: string }).state);
}

async function serve(url: string): Promise<Response> {
  expect(electron.protocolHandlers).toHaveLength(1);
  return electron.protocolHandlers[0]!.handler({ url, method: 'GET' });
}

beforeAll(async () => {
  ensureFreshBundle();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-main-bundle-'));
  appDir = path.join(root, 'app');
  userData = path.join(root, 'userData');
  fs.mkdirSync(userData);
  layOutApp(appDir);
  process.env.ESS_USER_DATA_DIR = userData;

  electron = createElectronStandIn();
  restoreRequire = interceptElectron(electron);
  // Only the auto-lock interval is faked, so the test moves the clock the timer reads.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  createRequire(import.meta.url)(path.join(appDir, 'dist-electron', 'main.cjs'));
  electron.becomeReady();
  // Let main's whenReady callback run.
  await new Promise((resolve) => setImmediate(resolve));
}, 120_000);

afterAll(() => {
  vi.useRealTimers();
  restoreRequire?.();
  delete process.env.ESS_USER_DATA_DIR;
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('turns on the sandbox and registers the app scheme before the app is ready', () => {
    expect(electron.callsBeforeReady).toEqual(
      expect.arrayContaining(['app.enableSandbox', 'protocol.registerSchemesAsPrivileged', 'app.whenReady']),
    );
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
    ]);
    expect(electron.calls.filter((call) => call.api === 'app.setPath')).toEqual([
      { api: 'app.setPath', args: ['userData', userData] },
    ]);
  });

  it('opens one window with the hardened web preferences and the app page', () => {
    const window = mainWindow();
    expect(window.options.webPreferences).toEqual({
      preload: path.join(appDir, 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
    expect(fs.existsSync(window.options.webPreferences!.preload as string)).toBe(true);
    expect(window.loadedUrls).toEqual([APP_PAGE]);
  });

  it('registers every contract channel exactly once and nothing else', () => {
    const registered = electron.ipcHandlers.map((handler) => handler.channel);
    expect(registered).toHaveLength(CHANNELS.length);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(CHANNELS.map((channel) => wireChannel(channel)).sort());
    const otherIpc = electron.calls.filter((call) => call.api.startsWith('ipcMain.') && call.api !== 'ipcMain.handle');
    expect(otherIpc).toEqual([]);
  });

  it('answers requests from the app page and refuses any other sender', async () => {
    expect(await invoke('session.status')).toEqual({ ok: true, value: { state: 'closed' } });
    for (const sender of ['https://example.org/', 'file:///tmp/page.html', 'app://ess.example.org/index.html', null]) {
      const result = await invoke('session.status', {}, sender);
      expect(result.ok ? 'answered' : result.error.code, String(sender)).toBe('FORBIDDEN');
    }
  });

  it('serves the renderer under app://ess with the CSP header, and nothing outside it', async () => {
    const page = await serve(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>ESS</title>');
    const script = await serve('app://ess/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serve('app://ess/')).status).toBe(200);
    for (const outside of ['app://ess/..%2Fsecret.txt', 'app://ess/%2e%2e%2fsecret.txt', 'app://other/index.html', 'app://ess/missing.js']) {
      expect((await serve(outside)).status, outside).toBe(404);
    }
  });

  it('keeps every web contents on the app: no navigation away, no new windows, no webviews', () => {
    const own = mainWindow().webContents;
    const other = new WebContentsStandIn();
    electron.app.emit('web-contents-created', preventableEvent(), other);
    for (const contents of [own, other]) {
      for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        expect(contents.listenerCount(event), event).toBeGreaterThan(0);
        for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://ess.example.org/', 'devtools://devtools/']) {
          const navigation = preventableEvent({ url });
          contents.emit(event, navigation, url);
          expect(navigation.defaultPrevented, `${event} ${url}`).toBe(true);
        }
        const inAppUrl = 'app://ess/index.html#/signalen';
        const inApp = preventableEvent({ url: inAppUrl });
        contents.emit(event, inApp, inAppUrl);
        expect(inApp.defaultPrevented).toBe(false);
      }
      const webview = preventableEvent();
      contents.emit('will-attach-webview', webview, {}, {});
      expect(webview.defaultPrevented).toBe(true);
      expect(contents.windowOpenHandlers.length).toBeGreaterThan(0);
      for (const handler of contents.windowOpenHandlers) {
        expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
        expect(handler({ url: APP_PAGE })).toEqual({ action: 'deny' });
      }
    }
  });

  it('refuses every permission and cancels every request that is not for the app', () => {
    expect(electron.permissionRequest).toHaveLength(1);
    expect(electron.permissionCheck).toHaveLength(1);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const answers: boolean[] = [];
      electron.permissionRequest[0]!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(electron.permissionCheck[0]!({}, permission, 'app://ess'), permission).toBe(false);
    }
    expect(electron.beforeRequest).toHaveLength(1);
    const cancelled = (url: string): boolean | undefined => {
      let answer: boolean | undefined;
      electron.beforeRequest[0]!({ url }, (response) => {
        answer = response.cancel;
      });
      return answer;
    };
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'wss://example.org/', 'file:///etc/passwd', 'app://other/x.js', 'app://ess.example.org/x']) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(cancelled('app://ess/index.html')).toBe(false);
    expect(cancelled('app://ess/assets/app.js')).toBe(false);
  });

  it('locks an unlocked case file through the idle timer, and tells the window', async () => {
    const contents = mainWindow().webContents;
    caseFilePath = path.join(root, 'werk.ess');
    electron.dialogAnswers.push({ canceled: false, filePath: caseFilePath });
    const chosen = await invoke('dialog.chooseNewCaseFile', { suggestedName: 'werk.ess' });
    expect(chosen).toEqual({ ok: true, value: { path: caseFilePath } });
    const created = await invoke('caseFile.create', {
      path: caseFilePath,
      passphrase: PASSPHRASE,
      adviser: { name: 'Test Adviseur', initials: 'TA' },
    });
    expect(created).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    const { autoLockMinutes } = await status();
    expect(autoLockMinutes).toBeGreaterThan(0);

    // While the app holds the file, another process cannot open it.
    const whileOpen = runEss(['info', caseFilePath], { ESS_PASSPHRASE: PASSPHRASE });
    expect(whileOpen.status).toBe(1);
    expect(whileOpen.stderr).toContain('FILE_IN_USE');

    // One second short of the limit: still unlocked after several checks.
    electron.powerMonitor.idleSeconds = autoLockMinutes! * 60 - 1;
    vi.advanceTimersByTime(60_000);
    expect((await status()).state).toBe('unlocked');
    const sentBefore = contents.sent.length;

    electron.powerMonitor.idleSeconds = autoLockMinutes! * 60;
    vi.advanceTimersByTime(60_000);
    expect((await status()).state).toBe('locked');
    expect(pushedStates(contents.sent.slice(sentBefore))).toEqual(['locked']);
    expect(fs.existsSync(caseFilePath)).toBe(true);
    // The connection is closed: the same process can open the file again.
    electron.powerMonitor.idleSeconds = 0;
    await unlock();
  });

  it('locks on screen lock and on suspend', async () => {
    const contents = mainWindow().webContents;
    for (const event of ['lock-screen', 'suspend']) {
      expect((await status()).state).toBe('unlocked');
      electron.powerMonitor.emit(event);
      expect((await status()).state, event).toBe('locked');
      expect(pushedStates(contents.sent).at(-1)).toBe('locked');
      await unlock();
    }
  });

  it('quits cleanly: locks first, then closes, and the file is free for another process', async () => {
    const contents = mainWindow().webContents;
    expect((await status()).state).toBe('unlocked');
    const sentBefore = contents.sent.length;
    electron.app.emit('before-quit', preventableEvent());
    expect((await status()).state).toBe('closed');
    const states = pushedStates(contents.sent.slice(sentBefore));
    expect(states[0]).toBe('locked');
    expect(states.at(-1)).toBe('closed');

    const afterQuit = runEss(['info', caseFilePath], { ESS_PASSPHRASE: PASSPHRASE });
    expect(afterQuit.stderr).toBe('');
    expect(afterQuit.status).toBe(0);

    electron.app.emit('window-all-closed');
    expect(electron.calls.filter((call) => call.api === 'app.quit')).toHaveLength(1);
  });
});
