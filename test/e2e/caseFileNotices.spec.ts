import fs from 'node:fs';
import path from 'node:path';
import { expect, expectAccessible, test } from './support/fixtures';

const DEMO_PASSPHRASE = 'demo-casusbestand-fictief';
/** Set ESS_SHOTS=DIR to keep screenshots of these screens at 1366x768, to look at them as a user would. */
const SHOTS = process.env.ESS_SHOTS;

test('a copy left by an interrupted backup is removed at unlock and the user is told once', async ({ page, bridge }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Demobestand — alle gegevens zijn fictief')).toBeVisible();
  const status = bridge.session.status();
  if (status.state !== 'unlocked') throw new Error('expected an unlocked demo file');
  const casePath = status.file.path;
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();

  // What a kill during a backup leaves beside the case file: a hidden, still encrypted copy.
  const leftover = path.join(path.dirname(casePath), `.${path.basename(casePath)}.0123456789ab.backup`);
  fs.copyFileSync(casePath, leftover);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'Achtergebleven tijdelijke kopieën' });
  await expect(notice).toContainText(path.basename(leftover));
  expect(fs.existsSync(leftover)).toBe(false);
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'leftovers-notice-1366.png') });

  await notice.getByRole('button', { name: 'Sluiten' }).click();
  await expect(notice).toHaveCount(0);

  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'settings-1366.png'), fullPage: true });
});
