import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from './support/fixtures';
import { createCaseFile, registerSignal } from './support/caseFileSteps';

/**
 * The map in a signaleringsoverzicht, from the window: "Kaart opnemen" is on
 * for an overview, the exported .docx holds the map as a PNG with its alt
 * text and caption, and unticking it leaves the next version without one.
 * Settings name the map's source and licence. axe-clean and looked at, at
 * 1366x768 and 1920x1080.
 */

const SHOTS = process.env.ESS_SCREENSHOTS ?? '';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** axe at both sizes, with a screenshot of each when ESS_SCREENSHOTS names a folder. */
async function checkAtBothSizes(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}.png`) });
  }
  await page.setViewportSize(SIZES[0]);
}

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name });
const dutchDay = (date: Date): string =>
  `${String(date.getDate()).padStart(2, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${date.getFullYear()}`;

function docxOf(file: string): { xml: string; media: string[] } {
  const parts = unzipSync(fs.readFileSync(file));
  return {
    xml: strFromU8(parts['word/document.xml'] ?? new Uint8Array()),
    media: Object.keys(parts).filter((name) => name.startsWith('word/media/')),
  };
}

test('a signaleringsoverzicht carries the map as a picture unless "Kaart opnemen" is unticked; settings name its source', async ({
  page,
  bridge,
  workDir,
}) => {
  test.setTimeout(180_000);
  await createCaseFile(page, bridge, workDir, 'kaart.ess', 'Een kaart in de nota 2026!');
  await registerSignal(page, 'Spanning rond buurthuis in Zwolle', 'Zwolle');
  await registerSignal(page, 'Leuzen op de muur in Almere', 'Almere');

  // A new overview of this year: the map is on by default.
  await menu(page, 'Nota’s').click();
  await page.getByRole('button', { name: 'Nieuwe nota' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe nota', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Kaart opnemen' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Signaleringsoverzicht' }).check();
  const includeMap = page.getByRole('checkbox', { name: 'Kaart opnemen' });
  await expect(includeMap).toBeChecked();
  await expect(includeMap).toHaveAccessibleDescription(/kaart van het aantal signalen per gemeente/);
  const year = new Date().getFullYear();
  await page.getByLabel('Van datum').fill(dutchDay(new Date(year, 0, 1)));
  await page.getByLabel('Tot en met').fill(dutchDay(new Date(year, 11, 31)));
  await page.getByLabel('Tot en met').press('Tab');
  await expect(page.getByText(/In de nota: 2 signalen/)).toBeVisible();
  await includeMap.scrollIntoViewIfNeeded();
  await checkAtBothSizes(page, 'mapnote-composer');

  // Exported: the map is a PNG in the .docx, with alt text that names both places, and its caption.
  const first = path.join(workDir, 'overzicht.docx');
  bridge.dialogs.next = first;
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(page.getByText(`Versie 1 is opgeslagen als ${first}.`)).toBeVisible();
  const withMap = docxOf(first);
  expect(withMap.media).toHaveLength(1);
  expect(withMap.xml).toMatch(/descr="Kaart van Nederland met het aantal signalen per gemeente, [^"]*Meeste signalen: Almere 1 en Zwolle 1\./);
  expect(withMap.xml).toContain('Bron kaart: CBS, Kadaster/PDOK');

  // Unticked (kept with the note), the next version has no picture.
  await expect(page.getByRole('checkbox', { name: 'Kaart opnemen' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Kaart opnemen' }).uncheck();
  const second = path.join(workDir, 'zonder-kaart.docx');
  bridge.dialogs.next = second;
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(page.getByText(`Versie 2 is opgeslagen als ${second}.`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Kaart opnemen' })).not.toBeChecked();
  const withoutMap = docxOf(second);
  expect(withoutMap.media).toEqual([]);
  expect(withoutMap.xml).not.toContain('Bron kaart');

  // Settings: the sources and their licence.
  await menu(page, 'Instellingen').click();
  const sources = page.getByRole('region', { name: 'Bronnen en licenties' });
  await expect(sources.getByText('Bron: CBS, Kadaster/PDOK (CC BY 4.0)', { exact: true })).toBeVisible();
  await sources.scrollIntoViewIfNeeded();
  await checkAtBothSizes(page, 'mapnote-settings');
});
