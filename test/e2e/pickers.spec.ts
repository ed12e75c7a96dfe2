import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/**
 * The one record picker: Enter picks the highlighted result and never submits
 * the form around it (also with nothing highlighted or nothing found), Escape
 * closes only the list, and municipalities are found by the names people use.
 */

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name });

/** Looks at the screen with the list open, at both window sizes the app is made for. */
async function shootBothSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Types into a picker until `result` is the highlighted option, then presses Enter: the record is picked. */
async function pickWithEnter(page: Page, picker: Locator, text: string, result: RegExp): Promise<void> {
  await picker.fill(text);
  const option = page.getByRole('option', { name: result }).first();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await picker.press('Enter');
  await expect(picker).toHaveValue('');
}

/** Types text that matches nothing and presses Enter: the message keeps the text and the form stays. */
async function enterOnNoMatch(page: Page, picker: Locator, text: string, message: string, heading: string): Promise<void> {
  await picker.fill(text);
  await picker.press('Enter');
  // Give a wrongly submitted form the time to save and leave the page.
  await page.waitForTimeout(500);
  await expect(h1(page, heading)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
  await expect(picker).toHaveValue(text);
  await picker.fill('');
}

test('municipality picker: Enter never saves the signal, everyday names and merged municipalities are found', async ({
  page,
  bridge: _bridge,
}) => {
  await openDemo(page);
  await page.keyboard.press('Control+n');
  await expect(h1(page, 'Nieuw signaal')).toBeVisible();
  await page.getByLabel('Titel').fill('Spanningen rond een wijkfeest');
  await page.getByLabel('Beschrijving (feiten)').fill('Twee groepen bewoners botsten over de invulling van een wijkfeest.');
  await page.getByRole('checkbox', { name: 'Polarisatie' }).check();
  const municipalities = page.getByRole('combobox', { name: 'Gemeenten' });

  // Enter with a highlighted result picks it.
  await pickWithEnter(page, municipalities, 'Utrech', /^Utrecht Utrecht/);
  await expect(page.getByRole('button', { name: 'Utrecht verwijderen' })).toBeVisible();

  // The reported defect: "Den Hag" matched nothing and Enter saved the signal with Utrecht only.
  await municipalities.fill('Den Hag');
  await municipalities.press('Enter');
  await page.waitForTimeout(500);
  await expect(h1(page, 'Nieuw signaal')).toBeVisible();
  await expect(page.getByText("Geen gemeente gevonden voor 'Den Hag'")).toBeVisible();
  await expect(municipalities).toHaveValue('Den Hag');
  // Escape closes the message (the list) and nothing else: the text and the form stay.
  await municipalities.press('Escape');
  await expect(page.getByText("Geen gemeente gevonden voor 'Den Hag'")).toBeHidden();
  await expect(municipalities).toHaveValue('Den Hag');
  await expect(h1(page, 'Nieuw signaal')).toBeVisible();

  // "Den Haag" is 's-Gravenhage, and says so.
  await municipalities.fill('Den Haag');
  const denHaag = page.getByRole('option', { name: /^'s-Gravenhage \(Den Haag = 's-Gravenhage\) Zuid-Holland$/ });
  await expect(denHaag).toHaveAttribute('aria-selected', 'true');
  await shootBothSizes(page, 'municipality-den-haag');
  await municipalities.press('Enter');
  await expect(page.getByRole('button', { name: "'s-Gravenhage verwijderen" })).toBeVisible();

  // Weesp has been part of Amsterdam since 2022.
  await municipalities.fill('Weesp');
  const weesp = page.getByRole('option', { name: /^Amsterdam \(Weesp → Amsterdam sinds 2022\)/ });
  await expect(weesp).toBeVisible();
  await shootBothSizes(page, 'municipality-weesp');
  // Escape closes the list; Enter with the list closed (nothing highlighted) does not save either.
  await municipalities.press('Escape');
  await expect(weesp).toBeHidden();
  await expect(municipalities).toHaveValue('Weesp');
  await municipalities.press('Enter');
  await expect(h1(page, 'Nieuw signaal')).toBeVisible();
  await expect(weesp).toHaveAttribute('aria-selected', 'true');
  await municipalities.press('Enter');
  await expect(page.getByRole('button', { name: 'Amsterdam verwijderen' })).toBeVisible();

  // Spelling is folded: hyphens, spaces, apostrophes and accents do not matter.
  await pickWithEnter(page, municipalities, 'sudwest fryslan', /^Súdwest-Fryslân/);
  await expect(page.getByRole('button', { name: 'Súdwest-Fryslân verwijderen' })).toBeVisible();
  // Backspace in the empty box removes the last one.
  await municipalities.press('Backspace');
  await expect(page.getByRole('button', { name: 'Súdwest-Fryslân verwijderen' })).toBeHidden();

  // Saving is a deliberate act: Ctrl+Enter. The signal has all three municipalities.
  await page.keyboard.press('Control+Enter');
  await expect(h1(page, 'Spanningen rond een wijkfeest')).toBeVisible();
  for (const name of ['Utrecht', "'s-Gravenhage", 'Amsterdam']) await expect(page.getByRole('main')).toContainText(name);
  await expect(page.getByRole('main')).not.toContainText('Súdwest-Fryslân');
});

test('contact moment: Enter in the organisation, person, signal and case pickers never saves the contact moment', async ({
  page,
  bridge: _bridge,
}) => {
  await openDemo(page);
  const heading = 'Contactmoment vastleggen';
  await menu(page, 'Contactmomenten').click();
  await page.getByRole('button', { name: heading }).click();
  await expect(h1(page, heading)).toBeVisible();
  // A complete form, so any submit would save it.
  await page.getByLabel('Onderwerp').fill('Gesprek met het moskeebestuur');
  await pickWithEnter(page, page.getByRole('combobox', { name: 'Gemeenten' }), 'Utrech', /^Utrecht Utrecht/);
  await page.getByRole('checkbox', { name: 'Polarisatie' }).check();
  await page.getByLabel('Verslag').fill('Zorgen over bekladding besproken.');

  const organisations = page.getByRole('combobox', { name: 'Organisaties' });
  await enterOnNoMatch(page, organisations, 'Zzyzx', "Geen organisatie gevonden voor 'Zzyzx'", heading);
  await pickWithEnter(page, organisations, 'Moskee Al', /^Moskee Al-Noer/);
  await expect(page.getByRole('button', { name: 'Moskee Al-Noer (fictief) verwijderen' })).toBeVisible();

  const persons = page.getByRole('combobox', { name: 'Contactpersonen' });
  await enterOnNoMatch(page, persons, 'Zzyzx', "Geen persoon gevonden voor 'Zzyzx'", heading);
  await pickWithEnter(page, persons, 'Anke de B', /^Anke de Boer/);
  await expect(page.getByRole('button', { name: 'Anke de Boer verwijderen' })).toBeVisible();

  // The reported defect: a signal search with Enter saved the contact moment without the link.
  const signals = page.getByRole('combobox', { name: 'Signalen' });
  await enterOnNoMatch(page, signals, 'boycotzzyzx', "Geen signaal gevonden voor 'boycotzzyzx'", heading);
  // Typed key by key, as people do: no letter may get lost while the search runs.
  await signals.pressSequentially('moskee');
  await expect(signals).toHaveValue('moskee');
  const signal = page.getByRole('option', { name: /Bekladding van moskee/ }).first();
  await expect(signal).toHaveAttribute('aria-selected', 'true');
  const signalName = (await signal.locator('span').first().innerText()).trim();
  await shootBothSizes(page, 'signal-picker');
  // Escape closes the list, not the form; Enter then re-opens it instead of saving.
  await signals.press('Escape');
  await expect(signal).toBeHidden();
  await signals.press('Enter');
  await expect(h1(page, heading)).toBeVisible();
  await expect(signal).toHaveAttribute('aria-selected', 'true');
  await signals.press('Enter');
  await expect(page.getByRole('button', { name: `${signalName} verwijderen` })).toBeVisible();

  const cases = page.getByRole('combobox', { name: 'Casus' });
  await enterOnNoMatch(page, cases, 'Zzyzx', "Geen casus gevonden voor 'Zzyzx'", heading);
  await pickWithEnter(page, cases, 'opvanglocaties', /Spanningen rond opvanglocaties/);
  await expect(page.getByRole('button', { name: /Spanningen rond opvanglocaties verwijderen$/ })).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('Control+Enter');
  await expect(h1(page, 'Gesprek met het moskeebestuur')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Moskee Al-Noer (fictief)');
  await expect(main).toContainText('Anke de Boer');
  await expect(main).toContainText(signalName.split(' ')[0]!);
  await expect(main).toContainText('Spanningen rond opvanglocaties');
});

test('case chooser in a dialog: Escape closes the list first, then the dialog; Enter on nothing keeps it open', async ({
  page,
  bridge: _bridge,
}) => {
  await openDemo(page);
  await menu(page, 'Signalen').click();
  await page.getByRole('row', { name: /moskee/ }).first().getByRole('button', { name: /^SIG-/ }).click();
  const link = page.getByRole('button', { name: /^(Koppelen aan casus|Andere casus)/ });
  await link.click();
  const dialog = page.getByRole('dialog');
  const search = dialog.getByRole('combobox', { name: 'Zoek een casus op nummer of woorden' });
  await expect(search).toBeFocused();
  await search.fill('Zzyzx');
  await expect(dialog.getByText("Geen casus gevonden voor 'Zzyzx'")).toBeVisible();
  await search.press('Enter');
  await expect(dialog).toBeVisible();
  await search.fill('opvang');
  await expect(dialog.getByRole('option', { name: /Spanningen rond opvanglocaties/ })).toBeVisible();
  await shootBothSizes(page, 'case-dialog');
  await search.press('Escape');
  await expect(dialog.getByRole('option')).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await search.press('Escape');
  await expect(dialog).toBeHidden();
});
