import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/** A new, empty case file, so every list shows only what this test put in. */
async function createCaseFile(page: Page, bridge: { dialogs: { next: string | null } }, workDir: string): Promise<void> {
  bridge.dialogs.next = path.join(workDir, 'netwerk.ess');
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Contacten in de polder 2026!');
  await page.getByLabel('Herhaal wachtwoord').fill('Contacten in de polder 2026!');
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
}

/** A date relative to today in the browser's calendar, as the app's date field shows and takes it: dd-mm-jjjj. */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

/** Tab (as a keyboard user would) until the control has the focus; a date input takes a Tab per part. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 5; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const kickerNumber = async (page: Page, prefix: string) =>
  new RegExp(`${prefix}-\\d{4}-\\d{4}`).exec(await page.locator('.page-header__kicker').innerText())?.[0] ?? '';

test('logs a contact moment with a new action by keyboard, finds the action, registers a signal from it and sees the digest', async ({
  page,
  bridge,
  workDir,
}) => {
  await createCaseFile(page, bridge, workDir);

  // The list, empty, then the form: the cursor starts in the date, which is today.
  await menu(page).getByRole('button', { name: 'Contactmomenten' }).click();
  await expect(page.getByRole('heading', { name: 'Contactmomenten', level: 1 })).toBeVisible();
  await expect(page.getByText('Geen contactmomenten gevonden met deze filters.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  await expect(page.getByRole('heading', { name: 'Contactmoment vastleggen', level: 1 })).toBeVisible();
  const date = page.getByLabel('Datum');
  await expect(date).toBeFocused();
  await expect(date).toHaveValue(day(0));
  // The adviser at work is preselected as present.
  await expect(page.getByRole('checkbox', { name: 'Fatima el Amrani (FeA)' })).toBeChecked();
  await expectAccessible(page);

  // By keyboard: form, subject, municipality, theme, minutes.
  await tabTo(page, page.getByLabel('Vorm'));
  await page.keyboard.type('Werk');
  await expect(page.getByLabel('Vorm')).toHaveValue('werkbezoek');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Onderwerp')).toBeFocused();
  await page.keyboard.type('Werkbezoek aan de wijkraad Kanaleneiland');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Gemeenten' })).toBeFocused();
  await page.keyboard.type('Utrech');
  await expect(page.getByRole('option', { name: /^Utrecht Utrecht/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Utrecht verwijderen' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Polarisatie' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Polarisatie' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.getByLabel('Verslag').focus();
  await page.keyboard.type('Zorgen over spanningen na de verkiezingen.\nAfgesproken: handreiking sturen.');

  // A follow-up action agreed at the meeting, in the same form; the cursor jumps to its description.
  await page.getByRole('button', { name: 'Vervolgactie toevoegen' }).focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('group', { name: 'Vervolgactie 1' });
  await expect(first.getByLabel('Omschrijving')).toBeFocused();
  await page.keyboard.type('Handreiking polarisatie sturen aan Utrecht');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kennisp');
  await expect(first.getByLabel('Soort actie')).toHaveValue('kennisproduct');
  await expect(first.getByLabel('Eigenaar')).toHaveValue(/.+/);
  await first.getByLabel('Uiterlijk').fill(day(0));
  // A second one, already overdue, so the digest has both kinds.
  await page.getByRole('button', { name: 'Vervolgactie toevoegen' }).focus();
  await page.keyboard.press('Enter');
  const second = page.getByRole('group', { name: 'Vervolgactie 2' });
  await expect(second.getByLabel('Omschrijving')).toBeFocused();
  await page.keyboard.type('Wijkraad terugbellen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Afst');
  await second.getByLabel('Uiterlijk').fill(day(-3));
  await expectAccessible(page);
  await page.keyboard.press('Control+Enter');

  // The contact moment's page: facts, minutes as text, and its actions.
  await expect(page.getByRole('heading', { name: 'Werkbezoek aan de wijkraad Kanaleneiland', level: 1 })).toBeVisible();
  const moment = await kickerNumber(page, 'CON');
  expect(moment).not.toBe('');
  await expect(page.getByText('Afgesproken: handreiking sturen.', { exact: false })).toBeVisible();
  const actions = page.getByRole('region', { name: 'Vervolgacties' });
  await expect(actions.getByText('Handreiking polarisatie sturen aan Utrecht')).toBeVisible();
  await expect(actions.getByText('Wijkraad terugbellen')).toBeVisible();
  await expect(actions.getByText('Verlopen')).toBeVisible();
  await expectAccessible(page);

  // The list shows it; its filters work on the server.
  await menu(page).getByRole('button', { name: 'Contactmomenten' }).click();
  const list = page.getByRole('table', { name: 'Contactmomenten' });
  await expect(list.getByRole('row', { name: new RegExp(moment) })).toContainText('Utrecht');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Telefoon' }).check();
  await expect(list.getByText('Geen contactmomenten gevonden met deze filters.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  await expect(list.getByRole('row', { name: new RegExp(moment) })).toBeVisible();

  // "Mijn acties" lists it; each view of the actions area is accessible.
  await menu(page).getByRole('button', { name: 'Acties' }).click();
  await expect(page.getByRole('heading', { name: 'Acties', level: 1 })).toBeVisible();
  const views = page.getByRole('navigation', { name: 'Weergaven' });
  await expect(views.getByRole('button', { name: 'Mijn acties' })).toHaveAttribute('aria-current', 'page');
  const mine = page.getByRole('table', { name: 'Mijn acties' });
  await expect(mine.getByText('Handreiking polarisatie sturen aan Utrecht')).toBeVisible();
  await expect(mine.getByRole('row', { name: /Wijkraad terugbellen/ }).getByText('Verlopen')).toBeVisible();
  await expectAccessible(page);
  for (const [view, visible, hidden] of [
    ['Verlopen', 'Wijkraad terugbellen', 'Handreiking polarisatie sturen aan Utrecht'],
    ['Deze week', 'Handreiking polarisatie sturen aan Utrecht', 'Wijkraad terugbellen'],
    ['Alle acties', 'Wijkraad terugbellen', null],
  ] as const) {
    await views.getByRole('button', { name: view }).click();
    const table = page.getByRole('table', { name: view });
    await expect(table.getByText(visible)).toBeVisible();
    if (hidden) await expect(table.getByText(hidden)).toHaveCount(0);
    await expectAccessible(page);
  }

  // The action's page, its quick status change, and its form.
  await page.getByRole('table', { name: 'Alle acties' }).getByRole('row', { name: /Handreiking polarisatie/ }).getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Handreiking polarisatie sturen aan Utrecht', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`${moment} Werkbezoek`) })).toBeVisible();
  await page.getByRole('button', { name: 'Oppakken' }).click();
  await expect(page.locator('.page-header__kicker')).toContainText('Lopend');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { name: /bewerken$/, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Omschrijving')).toHaveValue('Handreiking polarisatie sturen aan Utrecht');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // The municipality page lists the open action.
  await menu(page).getByRole('button', { name: 'Netwerk' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: 'Gemeenten' }).click();
  await page.getByLabel('Zoek op naam of code').fill('Utrecht');
  await page.getByRole('button', { name: 'Utrecht', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Utrecht', level: 1 })).toBeVisible();
  await expect(page.getByText('Handreiking polarisatie sturen aan Utrecht')).toBeVisible();

  // A signal registered from the contact moment: prefilled from it, linked both ways.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('kanaleneil');
  const hit = page.getByRole('dialog', { name: 'Zoeken' }).getByRole('option', { name: new RegExp(moment) });
  await expect(hit).toBeVisible();
  await expect(page.getByRole('group', { name: 'Contactmomenten' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkbezoek aan de wijkraad Kanaleneiland', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Signaal registreren' }).click();
  await expect(page.getByRole('heading', { name: `Signaal registreren uit ${moment}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Utrecht verwijderen' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Polarisatie' })).toBeChecked();
  await page.getByLabel('Titel').fill('Oproep tot protest bij de wijkraad');
  await page.getByLabel('Beschrijving (feiten)').fill('Gehoord tijdens het werkbezoek.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Oproep tot protest bij de wijkraad', level: 1 })).toBeVisible();
  const signal = await kickerNumber(page, 'SIG');
  const fromMoments = page.getByRole('region', { name: 'Contactmomenten' });
  await expect(fromMoments.getByRole('button', { name: moment })).toBeVisible();
  await fromMoments.getByRole('button', { name: moment }).click();
  await expect(
    page.getByRole('region', { name: 'Gekoppelde signalen' }).getByRole('button', { name: `${signal} Oproep tot protest bij de wijkraad` }),
  ).toBeVisible();

  // After unlocking, the home page shows the digest: overdue and due this week, each opening its action.
  await menu(page).getByRole('button', { name: 'Overzicht' }).click();
  const digest = page.getByRole('region', { name: 'Mijn acties' });
  await expect(digest.getByRole('button', { name: /Wijkraad terugbellen/ })).toBeVisible();
  await expect(digest.getByRole('button', { name: /Handreiking polarisatie sturen aan Utrecht/ })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Control+l');
  await page.getByLabel('Wachtwoord').fill('Contacten in de polder 2026!');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(digest.getByRole('button', { name: /Wijkraad terugbellen/ })).toBeVisible();
  await digest.getByRole('button', { name: /Wijkraad terugbellen/ }).click();
  await expect(page.getByRole('heading', { name: 'Wijkraad terugbellen', level: 1 })).toBeVisible();
});

test('a new action on its own: errors next to the fields, then completed from its page', async ({ page, bridge, workDir }) => {
  await createCaseFile(page, bridge, workDir);
  await menu(page).getByRole('button', { name: 'Acties' }).click();
  await page.getByRole('button', { name: 'Nieuwe vervolgactie' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe vervolgactie', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Omschrijving')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel('Omschrijving')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(page.getByLabel('Soort actie')).toHaveAccessibleDescription('Kies een soort actie uit de lijst.');
  // A finished action needs its completion date.
  await page.getByLabel('Soort actie').selectOption('ministerie-informeren');
  await page.getByLabel('Status').selectOption('afgerond');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel('Afgerond op')).toHaveAccessibleDescription('Vul de datum van afronden in.');
  await expect(page.getByLabel('Omschrijving')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expectAccessible(page);
  await page.getByLabel('Omschrijving').fill('Ministerie informeren over de wijkraad');
  await page.getByLabel('Status').selectOption('open');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Ministerie informeren over de wijkraad', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Afronden…' }).click();
  const dialog = page.getByRole('dialog', { name: /afronden$/ });
  await dialog.getByLabel('Resultaat').fill('Gemaild naar de directie.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Afronden' }).click();
  await expect(page.locator('.page-header__kicker')).toContainText('Afgerond');
  await expect(page.getByRole('region', { name: 'Gegevens' }).getByText('Gemaild naar de directie.')).toBeVisible();
  // The status change is its own line in the history.
  await expect(page.getByRole('region', { name: 'Geschiedenis' }).getByRole('cell', { name: 'Status gewijzigd' })).toBeVisible();
});
