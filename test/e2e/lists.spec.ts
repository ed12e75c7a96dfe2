import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createDemoCaseFile, DEMO_FILE_NAME } from '../../electron/services/demo';
import { expect, expectAccessible, test } from './support/fixtures';

/** Enough signals for thousands in the counts ("1–50 van 1.200") and many pages. */
const SIGNALS = 1200;
const SCREENSHOTS = process.env.ESS_SCREENSHOTS;

/**
 * Opens the demo case file, made beforehand in the app's data folder with
 * more signals than the built-in demo, so that counts run into thousands.
 */
async function openLargeDemo(page: Page, workDir: string): Promise<void> {
  const filePath = path.join(workDir, 'app-data', 'demo', DEMO_FILE_NAME);
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  createDemoCaseFile(filePath, { signals: SIGNALS });
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

async function openArea(page: Page, name: string, tab?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name, exact: true }).click();
  if (tab) await page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: tab, exact: true }).click();
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await expect(page.locator('table[aria-busy]')).toHaveCount(0);
}

/** The list's table must fit its container and the window: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page, list: string): Promise<void> {
  const sizes = await page.evaluate(() => {
    const table = document.querySelector('main table') as HTMLTableElement;
    const wrap = table.parentElement as HTMLElement;
    return {
      wrapScroll: wrap.scrollWidth,
      wrapClient: wrap.clientWidth,
      table: Math.ceil(table.getBoundingClientRect().width),
      pageScroll: document.documentElement.scrollWidth,
      pageClient: document.documentElement.clientWidth,
    };
  });
  expect(sizes.wrapScroll, `${list}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(sizes.wrapClient);
  expect(sizes.table, `${list}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(sizes.wrapClient);
  expect(sizes.pageScroll, `${list}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(sizes.pageClient);
}

const LISTS: { name: string; area: string; tab?: string }[] = [
  { name: 'signals', area: 'Signalen' },
  { name: 'triage', area: 'Nieuw / te duiden' },
  { name: 'cases', area: 'Casussen' },
  { name: 'contactMoments', area: 'Contactmomenten' },
  { name: 'actions', area: 'Acties' },
  { name: 'network', area: 'Netwerk' },
  { name: 'municipalities', area: 'Netwerk', tab: 'Gemeenten' },
  { name: 'organisations', area: 'Netwerk', tab: 'Organisaties' },
  { name: 'contactPersons', area: 'Netwerk', tab: 'Contactpersonen' },
  { name: 'briefings', area: 'Nota’s' },
];

test('the header and the count stay in view while the list scrolls; first, last and go-to-page; full text on hover and focus', async ({
  page,
  bridge: _bridge,
  workDir,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLargeDemo(page, workDir);
  await openArea(page, 'Signalen');

  // Dutch thousands; the count shows above the table (and again by the paging buttons).
  const count = page.getByText('1–50 van 1.200', { exact: true });
  await expect(count).toHaveCount(2);

  // Scroll well into the list: the first rows are gone, header and count are still at the top.
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, 1400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const firstRow = page.locator('tbody tr').first();
  expect(await firstRow.boundingBox().then((box) => (box ? box.y + box.height : 0))).toBeLessThan(0);
  const header = page.getByRole('columnheader', { name: /^Titel/ });
  const headerBox = await header.boundingBox();
  const countBox = await count.first().boundingBox();
  expect(countBox!.y).toBeGreaterThanOrEqual(0);
  expect(countBox!.y).toBeLessThan(5);
  expect(headerBox!.y).toBeGreaterThanOrEqual(countBox!.y + countBox!.height - 2);
  expect(headerBox!.y + headerBox!.height).toBeLessThan(120);
  if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'signals-scrolled-1366.png') });

  // One line per row; a cut title shows its full text on hover (title) and on keyboard focus (the row unfolds).
  const row = page.locator('tbody tr').nth(20);
  const titleCell = row.locator('td').nth(2);
  const fullTitle = (await titleCell.textContent())!.trim();
  const cut = await titleCell.evaluate((cell) => cell.scrollWidth > cell.clientWidth);
  expect(cut, `the title "${fullTitle}" should be cut at 1366 pixels`).toBe(true);
  await titleCell.hover();
  await expect(titleCell).toHaveAttribute('title', fullTitle);
  // By keyboard: from the row's checkbox, Tab to its number.
  await row.getByRole('checkbox').focus();
  await page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: /^SIG-/ })).toBeFocused();
  await expect.poll(() => titleCell.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);

  // First / previous are disabled on the first page; last goes to the end, where next / last are disabled.
  const paging = page.getByRole('navigation', { name: 'Pagina’s' });
  await expect(paging.getByRole('button', { name: 'Eerste' })).toBeDisabled();
  await expect(paging.getByRole('button', { name: 'Vorige' })).toBeDisabled();
  await paging.getByRole('button', { name: 'Laatste' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1.151–1.200 van 1.200', { exact: true }).first()).toBeVisible();
  await expect(paging.getByRole('button', { name: 'Laatste' })).toBeDisabled();
  await expect(paging.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  await expect(paging.getByLabel('Pagina', { exact: true })).toHaveValue('24');
  await paging.getByRole('button', { name: 'Eerste' }).click();
  await expect(page.getByText('1–50 van 1.200', { exact: true }).first()).toBeVisible();

  // Go to a page by typing it; a page that does not exist is refused with a message.
  const pageField = paging.getByLabel('Pagina', { exact: true });
  await pageField.fill('3');
  await pageField.press('Enter');
  await expect(page.getByText('101–150 van 1.200', { exact: true }).first()).toBeVisible();
  await pageField.fill('99');
  await paging.getByRole('button', { name: 'Ga', exact: true }).click();
  await expect(paging.getByRole('alert')).toHaveText('Kies een pagina van 1 tot en met 24.');
  await expect(pageField).toHaveAccessibleDescription(/van 24.*Kies een pagina van 1 tot en met 24\./);
  await expect(page.getByText('101–150 van 1.200', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // Singular and plural through i18next.
  await page.locator('tbody tr').nth(0).getByRole('checkbox').check();
  await expect(page.getByText('1 signaal geselecteerd')).toBeVisible();
  await page.locator('tbody tr').nth(1).getByRole('checkbox').check();
  await expect(page.getByText('2 signalen geselecteerd')).toBeVisible();
});

test.describe('on an English operating system', () => {
  test.use({ locale: 'en-US', timezoneId: 'Europe/Amsterdam' });

  test('the date field shows and reads dd-mm-jjjj, saves the right date, and search shows it the same way', async ({
    page,
    bridge: _bridge,
  }) => {
    await page.getByRole('button', { name: 'Demobestand openen' }).click();
    await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { name: 'Nieuw signaal', level: 1 })).toBeVisible();
    await page.getByLabel('Titel').fill('Datum in het eigen veld');
    await page.getByLabel('Beschrijving (feiten)').fill('Controle van de datumweergave.');
    await page.getByRole('checkbox', { name: 'Landelijk' }).check();
    await page.getByRole('checkbox', { name: 'Polarisatie' }).check();

    // Typed as an adviser would, in three ways; the field tidies it to dd-mm-jjjj.
    const observed = page.getByLabel('Waargenomen op');
    await expect(observed).toHaveAttribute('placeholder', 'dd-mm-jjjj');
    await observed.fill('');
    await observed.pressSequentially('1/11/26');
    await observed.press('Tab');
    await expect(observed).toHaveValue('01-11-2026');
    const received = page.getByLabel('Ontvangen op');
    await received.fill('');
    await received.pressSequentially('02112026');
    await received.press('Tab');
    await expect(received).toHaveValue('02-11-2026');

    // Text that is no date is refused, in Dutch, and nothing is saved with it.
    await received.fill('31-02-2026');
    await received.press('Tab');
    await expect(received).toHaveAccessibleDescription('Geen geldige datum: gebruik dd-mm-jjjj.');
    await expectAccessible(page);
    await received.fill('3-11-2026');
    await received.press('Tab');
    await expect(received).not.toHaveAccessibleDescription(/Geen geldige datum/);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { name: 'Datum in het eigen veld', level: 1 })).toBeVisible();
    await expect(page.getByText('03-11-2026', { exact: true })).toBeVisible();
    await expect(page.getByText('01-11-2026', { exact: true })).toBeVisible();

    // A journal note dated by typing; the search hit names it with the date as dd-mm-jjjj.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Casussen', exact: true }).click();
    await page.locator('tbody tr').first().getByRole('button').first().click();
    const journal = page.getByRole('region', { name: 'Journaal' });
    await journal.getByLabel('Datum').fill('');
    await journal.getByLabel('Datum').pressSequentially('30-11-2026');
    await journal.getByLabel('Notitie').fill('Afstemming over de datumweergave');
    await journal.getByRole('button', { name: 'Toevoegen aan journaal' }).click();
    await expect(journal.getByText('Afstemming over de datumweergave')).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('datumweergave');
    await expect(page.getByRole('option', { name: /· 30-11-2026/ })).toBeVisible();
    await expect(page.getByRole('option', { name: /2026-11-30/ })).toHaveCount(0);
  });
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`every list fits ${size.width}x${size.height} without sideways scrolling, axe clean`, async ({ page, bridge: _bridge, workDir }) => {
    // Ten lists with axe at each: slow on a shared machine, not stuck.
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    await openLargeDemo(page, workDir);
    for (const list of LISTS) {
      await openArea(page, list.area, list.tab);
      await expectNoSidewaysScroll(page, `${list.name} at ${size.width}`);
      if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${list.name}-${size.width}.png`) });
      await expectAccessible(page);
    }
  });
}
