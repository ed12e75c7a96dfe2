import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/** A new, empty case file, so the lists show only what this test puts in. */
async function createCaseFile(page: Page, bridge: { dialogs: { next: string | null } }, workDir: string): Promise<void> {
  bridge.dialogs.next = path.join(workDir, 'contacten.ess');
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Contacten in het netwerk 2026!');
  await page.getByLabel('Herhaal wachtwoord').fill('Contacten in het netwerk 2026!');
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
}

const PERSON = 'Hasan Kaya';

/** Through the main menu to one of the network area's tabs (detail pages have no tabs). */
async function openNetworkTab(page: Page, tab: 'Organisaties' | 'Contactpersonen'): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Netwerk' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: tab }).click();
  await expect(page.getByRole('heading', { name: tab, level: 1 })).toBeVisible();
}

test('registers an organisation and a contact person, exports the person and erases them', async ({ page, bridge, workDir }) => {
  await createCaseFile(page, bridge, workDir);
  await openNetworkTab(page, 'Organisaties');
  await expect(page.getByText('Geen organisaties gevonden.')).toBeVisible();
  await expectAccessible(page);

  // A new organisation: a bad submit first shows the problems next to the fields.
  await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe organisatie', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Naam')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
  await expect(page.getByText('Kies een soort organisatie uit de lijst.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Naam').fill('Moskee Mevlana');
  await page.getByLabel('Soort organisatie').selectOption('gebedshuis');
  await page.getByRole('combobox', { name: 'Gemeenten' }).fill('Rotterd');
  await page.getByRole('option', { name: /^Rotterdam/ }).click();
  await page.getByLabel('Notities').fill('Grote moskee bij de markt (fictief).');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { name: 'Moskee Mevlana', level: 1 })).toBeVisible();
  await expect(page.locator('.page-header__kicker')).toContainText(/ORG-\d{4}-0001 · Gebedshuis/);
  await expect(page.getByText('Rotterdam', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Contactmoment vastleggen' })).toBeVisible();
  await expectAccessible(page);

  // A person at this organisation: the form starts with it chosen and a review date a year ahead.
  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe contactpersoon', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Organisatie')).toHaveText(/Moskee Mevlana/);
  await expect(page.getByLabel('Grondslag (AVG)')).toHaveValue('publieke-taak');
  await expect(page.getByLabel('Beoordelen op')).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
  await page.getByLabel('Naam').fill(PERSON);
  await page.getByLabel('Functie').fill('Imam');
  await page.getByLabel('Rol').selectOption('sleutelfiguur');
  await page.getByLabel('E-mailadres').fill('hasan@');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill('hasan.kaya@example.org');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { name: PERSON, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Moskee Mevlana' })).toBeVisible();
  await expect(page.getByText('hasan.kaya@example.org')).toBeVisible();
  await expectAccessible(page);

  // Both appear in their lists.
  await openNetworkTab(page, 'Organisaties');
  const organisations = page.getByRole('table', { name: 'Organisaties' });
  await expect(organisations.getByRole('button', { name: 'Moskee Mevlana' })).toBeVisible();
  await expect(organisations.getByRole('row', { name: /Moskee Mevlana/ })).toContainText('Rotterdam');
  await openNetworkTab(page, 'Contactpersonen');
  const persons = page.getByRole('table', { name: 'Contactpersonen' });
  await expect(persons.getByRole('button', { name: PERSON })).toBeVisible();
  await expect(persons.getByRole('row', { name: new RegExp(PERSON) })).toContainText('Moskee Mevlana');
  await expectAccessible(page);
  // Nobody is due for review yet.
  await page.getByRole('button', { name: 'Te beoordelen (privacy)' }).click();
  await expect(page.getByRole('heading', { name: 'Contactpersonen te beoordelen (privacy)', level: 1 })).toBeVisible();
  await expect(page.getByText('Niemand te beoordelen.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Te beoordelen (privacy)' }).click();
  await page.getByRole('table', { name: 'Contactpersonen' }).getByRole('button', { name: PERSON }).click();

  // The access export: the main process asks where to save, then writes the file.
  await expect(page.getByRole('heading', { name: PERSON, level: 1 })).toBeVisible();
  const target = path.join(workDir, 'inzage-hasan.txt');
  bridge.dialogs.next = target;
  await page.getByRole('button', { name: 'Gegevens exporteren (inzage)' }).click();
  await expect(page.getByText(target)).toBeVisible();
  const exported = fs.readFileSync(target, 'utf8');
  expect(exported).toContain('Inzage persoonsgegevens (artikel 15 AVG)');
  expect(exported).toContain(PERSON);
  expect(exported).toContain('hasan.kaya@example.org');

  // Erasure: the name must be typed before the button works; afterwards the counts, then the list.
  await page.getByRole('button', { name: 'Wissen (AVG)…' }).click();
  const dialog = page.getByRole('dialog', { name: /wissen \(AVG\)/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('[verwijderde contactpersoon]', { exact: false })).toBeVisible();
  const submit = dialog.getByRole('button', { name: 'Definitief wissen' });
  await expect(submit).toBeDisabled();
  await expectAccessible(page);
  await dialog.getByLabel(`Typ de naam “${PERSON}” om te bevestigen`).fill(PERSON);
  await submit.click();
  const done = page.getByRole('dialog', { name: /is gewist/ });
  await expect(done.getByText('0 gekoppelde records aangepast (naam vervangen).')).toBeVisible();
  await expect(done.getByText(/Van \d+ logboekregels? is de inhoud gewist\./)).toBeVisible();
  await done.getByRole('button', { name: 'Naar de contactpersonen' }).click();
  await expect(page.getByRole('heading', { name: 'Contactpersonen', level: 1 })).toBeVisible();
  await expect(page.getByText('Geen contactpersonen gevonden.')).toBeVisible();
  await expect(page.getByText(PERSON)).toHaveCount(0);
});
