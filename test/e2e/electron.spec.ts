import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

const nativeForElectron = fs.existsSync('node_modules/.ess-native-target')
  && fs.readFileSync('node_modules/.ess-native-target', 'utf8').trim() === 'electron';

/** The binary the electron package has already installed, read from its path.txt. */
function installedElectron(): string | null {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/**
 * The Electron binary. Since Electron 42, require('electron') downloads a
 * missing binary, so only the Electron run (SQLite built for Electron) may
 * ask for it that way; an ordinary e2e run only looks at what is installed.
 */
function electronBinary(): string | null {
  const installed = installedElectron();
  if (installed || !nativeForElectron) return installed;
  try {
    const binary = require('electron') as unknown as string;
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

// Runs through `npm run test:electron`, which builds the app and the SQLite
// module for Electron first. Where the Electron binary is not installed (as in
// CI on this machine, which cannot download it), the same paths are covered by
// the loopback specs in Chromium.
test.skip(!electronBinary() || !nativeForElectron, 'needs the Electron binary and an Electron build of SQLite: npm run test:electron');

test('the real Electron app starts hardened and opens the demo case file', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary()!,
    args: ['.'],
    env: { ...process.env, ESS_USER_DATA_DIR: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Casusbestand kiezen' })).toBeVisible();
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Not in Electron's type declarations, but present at run time.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean } | null;
      };
      const prefs = contents.getLastWebPreferences();
      return { contextIsolation: prefs?.contextIsolation, sandbox: prefs?.sandbox, nodeIntegration: prefs?.nodeIntegration };
    });
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.ess).length)).toBeGreaterThan(10);
    // No network: a remote request is refused.
    expect(await page.evaluate(() => fetch('https://example.org/').then(() => 'loaded', () => 'blocked'))).toBe('blocked');
    await page.getByRole('button', { name: 'Demobestand openen' }).click();
    await expect(page.getByText('Demobestand — alle gegevens zijn fictief')).toBeVisible();
  } finally {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
});
