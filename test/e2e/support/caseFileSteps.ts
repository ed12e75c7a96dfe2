import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Steps several specs take the same way: a new, empty case file (so what a
 * test checks holds only what it put in) and a signal registered through the form.
 */

/** Creates `<workDir>/<fileName>` through the start screen, as adviser Fatima el Amrani. */
export async function createCaseFile(
  page: Page,
  bridge: { dialogs: { next: string | null } },
  workDir: string,
  fileName: string,
  passphrase = 'Signalen in de polder 2026!',
): Promise<void> {
  bridge.dialogs.next = path.join(workDir, fileName);
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByLabel('Herhaal wachtwoord').fill(passphrase);
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
}

/** Registers a signal on one municipality with theme Polarisatie (Ctrl+N, Ctrl+Enter) and waits for its page. */
export async function registerSignal(page: Page, title: string, municipality: string): Promise<void> {
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Nieuw signaal', level: 1 })).toBeVisible();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschrijving (feiten)').fill(`Beschrijving van ${title}`);
  await page.getByRole('combobox', { name: 'Gemeenten' }).fill(municipality);
  await page.getByRole('option', { name: new RegExp(`^${municipality}`) }).first().click();
  await page.getByRole('checkbox', { name: 'Polarisatie' }).check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}
