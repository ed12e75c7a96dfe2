import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, ipcMain, powerMonitor, session as webSession, type BrowserWindow } from 'electron';
import { wireChannel } from '../shared/contract/channels';
import { AppError } from '../shared/errors';
import { renderInWorker } from './briefing/runInWorker';
import { workerJobRunner } from './jobs/runners';
import { createHandlers } from './ipc/handlers/index';
import { registerHandlers } from './ipc/register';
import { AppStateStore } from './services/appState';
import { CaseFileSession } from './services/session';
import { electronDialogs } from './mainDialogs';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './mainProtocol';
import { createMainWindow, lockDownWebContents } from './window';

const AUTO_LOCK_CHECK_MS = 15_000;

app.enableSandbox();
registerAppScheme();
// A separate data folder (recent files, demo) for tests and portable use.
if (process.env.ESS_USER_DATA_DIR) app.setPath('userData', process.env.ESS_USER_DATA_DIR);

let mainWindow: BrowserWindow | null = null;

const session = new CaseFileSession({
  onChange: (status) => mainWindow?.webContents.send(wireChannel('session.changed'), status),
  // Backups and passphrase changes run in a worker thread, so a large file does not freeze the window.
  runJob: workerJobRunner({ workerUrl: pathToFileURL(path.join(__dirname, 'caseFileJobWorker.cjs')) }),
  onJobProgress: (progress) => mainWindow?.webContents.send(wireChannel('caseFile.jobProgress'), progress),
  anchorsDir: () => app.getPath('userData'),
});

/** No network at run time: every request that is not for the app's own files is cancelled. */
function blockNetworkAndPermissions(): void {
  const { defaultSession } = webSession;
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Every lock the app makes by itself (idle time, screen lock, suspend, quit)
 * comes through here. An error must not escape into a timer or an OS event,
 * where it would take down the main process; only its code is logged, never
 * a message that could carry case-file content.
 */
function lockAutomatically(): void {
  try {
    session.lock();
  } catch (error) {
    console.error(`ESS: automatic lock failed (${error instanceof AppError ? error.code : 'INTERNAL'})`);
  }
}

/** The idle rule, measured on the whole system (keyboard and mouse), with the limit chosen in Settings. */
function lockWhenIdle(): void {
  try {
    const status = session.status();
    if (status.state !== 'unlocked' || powerMonitor.getSystemIdleTime() < status.autoLockMinutes * 60) return;
  } catch {
    // A status that cannot be read is no reason to keep the key in memory.
  }
  lockAutomatically();
}

function startAutoLock(): void {
  setInterval(lockWhenIdle, AUTO_LOCK_CHECK_MS).unref();
  powerMonitor.on('lock-screen', lockAutomatically);
  powerMonitor.on('suspend', lockAutomatically);
}

app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));

app.whenReady().then(() => {
  blockNetworkAndPermissions();
  serveRenderer(path.join(__dirname, '../dist/renderer'));
  const dataDir = app.getPath('userData');
  const handlers = createHandlers({
    session,
    appState: new AppStateStore(dataDir),
    dialogs: electronDialogs(() => mainWindow),
    dataDir,
    // Built beside main.cjs by scripts/build-electron.mjs.
    renderBriefing: (model) => renderInWorker(model, { workerUrl: pathToFileURL(path.join(__dirname, 'briefingWorker.cjs')) }),
  });
  registerHandlers(ipcMain, handlers, (url) => url.startsWith(`${APP_ORIGIN}/`));
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  startAutoLock();
});

app.on('window-all-closed', () => app.quit());
// Quitting locks first (the path that always drops the key), then forgets the file.
app.on('before-quit', () => {
  lockAutomatically();
  try {
    session.close();
  } catch (error) {
    console.error(`ESS: closing on quit failed (${error instanceof AppError ? error.code : 'INTERNAL'})`);
  }
});
