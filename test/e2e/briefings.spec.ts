import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from './support/fixtures';
import { createCaseFile, registerSignal } from './support/caseFileSteps';

/** Where screenshots of the composer and the preview go, to look at them as a user would. */
const SHOTS = process.env.ESS_SCREENSHOTS ?? '';

/** A full-page screenshot in viewport-high pieces (a tall image is hard to look at). */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0, part = 1; top < height; top += 1000, part += 1) {
    await page.screenshot({ path: path.join(SHOTS, `${name}-${part}.png`), fullPage: true, clip: { x: 0, y: top, width: 1280, height: Math.min(1000, height - top) } });
  }
}

/** The preview dialog scrolls by itself: one viewport screenshot per scrolled step. */
async function shootDialog(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const dialog = page.locator('dialog[open]');
  const height = await dialog.evaluate((element) => element.scrollHeight);
  for (let top = 0, part = 1; top < height; top += 600, part += 1) {
    await dialog.evaluate((element, y) => element.scrollTo(0, y), top);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${part}.png`) });
  }
}

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name });
const documentText = (file: string): string => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml'] ?? new Uint8Array());

/** The smallest PNG there is (1 × 1 pixel), as a logo. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const FIRST = 'Spanning rond buurthuis in Zwolle';
const SECOND = 'Leuzen op de muur bij de moskee in Almere';

test('composes an informatienota from two signals, previews it, exports it to Word and downloads the version again', async ({
  page,
  bridge,
  workDir,
}) => {
  await createCaseFile(page, bridge, workDir, 'nota.ess', 'Nota’s voor de minister 2026!');
  await registerSignal(page, FIRST, 'Zwolle');
  await registerSignal(page, SECOND, 'Almere');

  // The notes list, empty.
  await menu(page, 'Nota’s').click();
  await expect(page.getByRole('heading', { name: 'Nota’s', level: 1 })).toBeVisible();
  await expect(page.getByText('Nog geen nota’s.')).toBeVisible();
  await expectAccessible(page);

  // An empty composer.
  await page.getByRole('button', { name: 'Nieuwe nota' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe nota', level: 1 })).toBeVisible();
  await expect(page.getByText('In de nota: 0 signalen')).toBeVisible();
  await expectAccessible(page);

  // From the signals list: tick the first signal, "Nota maken"; the second is added by hand.
  await menu(page, 'Signalen').click();
  const firstRow = page.getByRole('row').filter({ hasText: FIRST });
  await firstRow.getByRole('checkbox').check();
  await page.getByRole('region', { name: 'Selectie' }).getByRole('button', { name: 'Nota maken' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe nota', level: 1 })).toBeVisible();
  await expect(page.getByText('In de nota: 1 signaal')).toBeVisible();
  await page.getByRole('button', { name: 'Signaal toevoegen…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Signaal voor de nota kiezen' });
  await chooser.getByLabel('Zoek een signaal').fill('moskee');
  await chooser.getByRole('option', { name: new RegExp(SECOND) }).click();
  await expect(chooser).toBeHidden();
  await expect(page.getByText('In de nota: 2 signalen, 0 casussen, 0 contactmomenten en 0 open acties.')).toBeVisible();
  const included = page.getByRole('table', { name: 'Signalen in de nota' });
  await expect(included.getByText(FIRST, { exact: true })).toBeVisible();
  await expect(included.getByText(SECOND, { exact: true })).toBeVisible();

  await page.getByLabel('Betreft').fill('Spanningen rond gebedshuizen');
  await page.getByLabel('Aanleiding').fill('Twee gemeenten meldden deze maand spanningen rond gebedshuizen.');
  await page.getByRole('textbox', { name: 'Kernpunten' }).fill('- Onrust in Zwolle\n- Leuzen in Almere');
  await expectAccessible(page);
  await shoot(page, 'composer');

  // The preview: the note laid out as the document, text only.
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const preview = page.getByRole('dialog', { name: 'Voorbeeld van de nota' });
  await expect(preview.getByRole('heading', { name: 'Nota', level: 3 })).toBeVisible();
  await expect(preview.getByText('Spanningen rond gebedshuizen', { exact: true })).toBeVisible();
  await expect(preview.getByText(FIRST, { exact: true })).toBeVisible();
  await expect(preview.getByText(SECOND, { exact: true })).toBeVisible();
  await expect(preview.getByText('Onrust in Zwolle')).toBeVisible();
  await expectAccessible(page);
  await shootDialog(page, 'preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // Export: the main process asks where (the dialog double answers), the note is saved first.
  const target = path.join(workDir, 'nota.docx');
  bridge.dialogs.next = target;
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(page.getByText(`Versie 1 is opgeslagen als ${target}.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spanningen rond gebedshuizen', level: 1 })).toBeVisible();
  expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  const xml = documentText(target);
  expect(xml).toContain(FIRST);
  expect(xml).toContain(SECOND);

  // The version is kept in the case file and comes back byte for byte.
  const versions = page.getByRole('region', { name: 'Geëxporteerde versies' });
  await expect(versions.getByRole('cell', { name: '2 signalen, 0 casussen, 0 contactmomenten, 0 acties' })).toBeVisible();
  const again = path.join(workDir, 'opnieuw.docx');
  bridge.dialogs.next = again;
  await versions.getByRole('button', { name: 'Versie 1 opnieuw downloaden' }).click();
  await expect(versions.getByText(`Opnieuw opgeslagen als ${again}.`)).toBeVisible();
  expect(fs.readFileSync(again).equals(fs.readFileSync(target))).toBe(true);
  await shoot(page, 'note');

  // Status: offered for initials, then sent (allowed after an export); the note is then read-only.
  await page.getByRole('button', { name: 'Ter parafering aanbieden' }).click();
  await expect(page.locator('.page-header__kicker')).toContainText('Ter parafering');
  await page.getByRole('button', { name: 'Markeren als verzonden' }).click();
  await expect(page.getByText('Deze nota is verzonden en kan niet meer worden gewijzigd.')).toBeVisible();
  // A sent note is a record now: it reads as the document, no longer as a disabled form.
  await expect(page.getByLabel('Aanleiding')).toHaveCount(0);
  await expect(page.getByRole('article', { name: /Spanningen rond gebedshuizen/ })).toContainText('Twee gemeenten meldden deze maand spanningen rond gebedshuizen.');
  await expectAccessible(page);

  // The list shows it with its last export.
  await menu(page, 'Nota’s').click();
  const row = page.getByRole('row').filter({ hasText: 'Spanningen rond gebedshuizen' });
  await expect(row.getByText('Verzonden')).toBeVisible();
  await expect(row.getByText('1 versie')).toBeVisible();
  await expectAccessible(page);
});

test('the house style is kept in settings; a note from a case page; a lower classification needs a reason', async ({ page, bridge, workDir }) => {
  await createCaseFile(page, bridge, workDir, 'nota.ess', 'Nota’s voor de minister 2026!');

  // House style: a recipient is added and becomes the default.
  await menu(page, 'Instellingen').click();
  const style = page.getByRole('region', { name: 'Huisstijl voor nota’s' });
  await expect(style.getByLabel('Organisatie')).toHaveValue('Ministerie van Sociale Zaken en Werkgelegenheid');
  await expectAccessible(page);
  await style.getByRole('button', { name: 'Geadresseerde toevoegen' }).click();
  await style.getByLabel('Code').last().fill('VWS');
  await style.getByLabel('Voluit op de nota').last().fill('Minister van Volksgezondheid, Welzijn en Sport');
  await style.getByLabel('Standaard geadresseerde').selectOption('VWS');
  // A logo: read in the page, checked for its type, shown with alt text.
  const logoInput = style.getByLabel('Afbeelding kiezen');
  await logoInput.setInputFiles({ name: 'notitie.txt', mimeType: 'text/plain', buffer: Buffer.from('geen afbeelding') });
  await expect(logoInput).toHaveAccessibleDescription(/Het logo moet een PNG- of JPEG-afbeelding zijn\./);
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
  await expect(style.getByRole('img', { name: 'Het logo zoals het op de nota komt' })).toBeVisible();
  await expect(style.getByLabel('Breedte van het logo (mm)')).toHaveValue('40');
  await style.getByLabel('Patroon van het kenmerk').fill('ESS-{jjjj}');
  await style.getByLabel('Patroon van het kenmerk').press('Enter');
  await expect(style.getByLabel('Patroon van het kenmerk')).toHaveAccessibleDescription(/precies één volgnummer/);
  await style.getByLabel('Patroon van het kenmerk').fill('NOTA-{jjjj}-{nnn}');
  await style.getByRole('button', { name: 'Huisstijl opslaan' }).click();
  await expect(style.getByText('De huisstijl is opgeslagen.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'settings');

  // A confidential case; its page starts a note about it.
  await menu(page, 'Casussen').click();
  await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  await page.getByLabel('Titel').fill('Beïnvloeding via verenigingen');
  await page.getByLabel('Soort casus').selectOption('obi');
  await page.getByLabel('Rubricering').selectOption('departementaal-vertrouwelijk');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Beïnvloeding via verenigingen', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Nota maken' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe nota', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Gekozen casussen' }).getByText('Beïnvloeding via verenigingen')).toBeVisible();

  // A beslisnota to the new default recipient.
  await page.getByRole('radio', { name: 'Beslisnota' }).check();
  await expect(page.getByLabel('Deadline')).toBeVisible();
  await expect(page.getByLabel('Aan', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Aan', { exact: true }).getByRole('option', { name: 'Standaard: Minister van Volksgezondheid, Welzijn en Sport' })).toBeAttached();
  await page.getByLabel('Geadviseerd besluit').fill('Kennisnemen en instemmen met de aanpak.');

  // The content is Departementaal Vertrouwelijk: marking it lower asks for a reason before saving.
  const classification = page.getByLabel('Rubricering', { exact: true });
  await expect(classification.getByRole('option', { name: 'Volgt de inhoud (Departementaal Vertrouwelijk)' })).toBeAttached();
  await classification.selectOption('ongerubriceerd');
  const reason = page.getByLabel('Reden voor een lagere rubricering');
  await expect(reason).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('De inhoud is hoger gerubriceerd. Geef een reden om de nota lager te rubriceren.')).toBeVisible();
  await expect(reason).toBeFocused();
  await reason.fill('Alleen openbare feiten uit de casus opgenomen.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.page-header__kicker')).toContainText(/NOTA-\d{4}-001 · Beslisnota · Concept · Ongerubriceerd/);
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geschiedenis' })).toBeVisible();
  await expectAccessible(page);
});
