import fs from 'node:fs';
import path from 'node:path';
import { expect, expectAccessible, test } from './support/fixtures';

const PASSPHRASE = 'Zomer aan de Maas 2026!';

test('creates a case file, locks and unlocks it, and refuses a wrong passphrase', async ({ page, bridge, workDir }) => {
  await expect(page.getByRole('heading', { name: 'Casusbestand kiezen' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw casusbestand' })).toBeVisible();

  // Bad input first: every problem is named next to its field, in Dutch, and nothing is created.
  await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Kies eerst een locatie.')).toBeVisible();
  await expect(page.getByText('Het wachtwoord moet minimaal 12 tekens hebben.')).toBeVisible();
  await expect(page.getByText('Vul een naam in van 2 tot 100 tekens.')).toBeVisible();
  await expectAccessible(page);

  const filePath = path.join(workDir, 'Regio Zuid.ess');
  bridge.dialogs.next = filePath;
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await expect(page.getByText(filePath)).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await expect(page.getByText(/Sterkte:/)).toBeVisible();
  await page.getByLabel('Herhaal wachtwoord').fill(PASSPHRASE);
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();

  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
  expect(fs.existsSync(filePath)).toBe(true);
  await expectAccessible(page);

  // Lock by keyboard: the window shows nothing of the case file any more.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Fatima el Amrani')).toHaveCount(0);
  expect(bridge.session.status().state).toBe('locked');
  await expectAccessible(page);

  await page.getByLabel('Wachtwoord').fill('dit is het verkeerde wachtwoord');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toContainText('Onjuist wachtwoord');
  await expect(page.getByText('Fatima el Amrani')).toHaveCount(0);

  await page.getByLabel('Wachtwoord').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
});

test('after five wrong passphrases the next try has to wait', async ({ page, bridge, workDir }) => {
  bridge.dialogs.next = path.join(workDir, 'proef.ess');
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal wachtwoord').fill(PASSPHRASE);
  await page.getByLabel('Naam').fill('Jan de Groot');
  await page.getByLabel('Initialen').fill('JdG');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await page.getByRole('button', { name: /Vergrendelen/ }).click();

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel('Wachtwoord').fill(`fout wachtwoord ${attempt}`);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
  }
  await expect(page.getByText(/Te veel onjuiste pogingen\. Probeer het over \d+ seconden opnieuw\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeDisabled();
});

test('settings: adviser, auto-lock, backup and case-file information; HTML stays text', async ({ page, bridge, workDir }) => {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Demobestand — alle gegevens zijn fictief')).toBeVisible();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  await expectAccessible(page);

  // Markup typed as a name is shown as the literal text, never interpreted.
  const hostile = '<img src=x onerror=alert(1)>';
  await page.getByLabel('Naam').fill(hostile);
  await page.getByLabel('Initialen').fill('XSS');
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByRole('banner')).toContainText(`Aan het werk: ${hostile}`);
  await expect(page.locator('img')).toHaveCount(0);

  await page.getByLabel('Vergrendelen na (minuten zonder activiteit)').fill('0');
  await page.getByRole('button', { name: 'Opslaan' }).nth(1).click();
  await expect(page.getByText('Kies een heel getal van 1 tot 240 minuten.')).toBeVisible();
  await page.getByLabel('Vergrendelen na (minuten zonder activiteit)').fill('15');
  await page.getByRole('button', { name: 'Opslaan' }).nth(1).click();
  await expect(page.getByText('Het bestand wordt vergrendeld na 15 minuten zonder activiteit.')).toBeVisible();

  const backupPath = path.join(workDir, 'kopie.ess');
  bridge.dialogs.next = backupPath;
  await page.getByRole('button', { name: 'Bestemming kiezen…' }).click();
  await page.getByLabel('Bevestig met uw wachtwoord').fill('demo-casusbestand-fictief');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  await expect(page.getByText(/Reservekopie gemaakt en gecontroleerd/)).toBeVisible();
  expect(fs.existsSync(backupPath)).toBe(true);

  await expect(page.getByText('Schemaversie')).toHaveCount(1);
  await expect(page.getByText(/SQLCipher 4/)).toBeVisible();
  await expectAccessible(page);
});

test('locks by itself after the idle time set in Settings', async ({ page, bridge }) => {
  await page.clock.install();
  await page.goto(bridge.url);
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
  await page.clock.fastForward('09:00');
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Wachtwoord van het demobestand: demo-casusbestand-fictief')).toBeVisible();
  await expect(page.getByText('Sanne de Vries')).toHaveCount(0);
});

test('switches the interface to English and keeps the choice', async ({ page, bridge }) => {
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Choose a case file' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(bridge.url);
  await expect(page.getByRole('button', { name: 'New case file' })).toBeVisible();
  await expectAccessible(page);
});
