import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/**
 * What needs attention comes first: triage by urgency then age, the network
 * overview with the municipalities that need attention first (the count is
 * a filter), and Ctrl+K finding organisations, persons, municipalities by
 * everyday names and notes, each group opening its list with the search text.
 */

const SHOTS = process.env.ESS_SHOTS_DIR;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

/** axe at both sizes, and a screenshot of each when ESS_SHOTS_DIR is set (to look at). */
async function checkScreen(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png` });
  }
  await page.setViewportSize(SIZES[0]);
}

/** The texts of one column, found by its header, in every body row. */
async function columnTexts(table: Locator, header: RegExp): Promise<string[]> {
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((text) => header.test(text.trim()));
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return table.locator(`tbody tr td:nth-child(${index + 1}), tbody tr th:nth-child(${index + 1})`).allInnerTexts();
}

const RANK: Record<string, number> = { Acuut: 4, Hoog: 3, Gemiddeld: 2, Laag: 1 };
const isoOf = (dutch: string) => dutch.trim().split('-').reverse().join('-');

test('triage: acuut before hoog before gemiddeld before laag, the oldest first within each', async ({ page, bridge: _bridge }) => {
  await page.setViewportSize(SIZES[0]);
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Nieuw / te duiden' }).click();
  const table = page.getByRole('table', { name: 'Nieuw / te duiden' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Urgentie/ })).toHaveAttribute('aria-sort', 'descending');

  const urgencies = (await columnTexts(table, /^Urgentie/)).map((text) => text.trim());
  const received = (await columnTexts(table, /^Ontvangen/)).map(isoOf);
  expect(urgencies[0]).toBe('Acuut');
  const ranks = urgencies.map((urgency) => RANK[urgency] ?? 0);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  for (let i = 1; i < ranks.length; i += 1) {
    if (ranks[i] === ranks[i - 1]) expect(received[i]! >= received[i - 1]!, `row ${i + 1} oldest first`).toBe(true);
  }
  // An acute signal comes before an older one of lower urgency: urgency outranks age.
  const laag = urgencies.indexOf('Laag');
  const hoog = urgencies.indexOf('Hoog');
  expect(hoog).toBeGreaterThan(0);
  if (laag >= 0) expect(laag).toBeGreaterThan(hoog);
  expect(received.slice(1).some((date, i) => ranks[i + 1]! < ranks[0]! && date < received[0]!)).toBe(true);
  await checkScreen(page, 'triage');
});

test('network overview: attention first, the count filters to those, the legend states the rule with its numbers', async ({
  page,
  bridge: _bridge,
}) => {
  await page.setViewportSize(SIZES[0]);
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Netwerk' }).click();
  const table = page.getByRole('table', { name: 'Netwerkoverzicht' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Aandacht/ })).toHaveAttribute('aria-sort', 'descending');
  // The demo is small: the floor of 3 signals decides there (a large file names its top-10% level instead).
  await expect(page.getByText(/⚠ Aandacht: 3 of meer signalen in de periode en 60 dagen of langer geen contact; of /)).toBeVisible();

  const filter = page.getByRole('button', { name: /^\d+ gemeenten? (vraagt|vragen) aandacht$/ });
  await expect(filter).toHaveAttribute('aria-pressed', 'false');
  const flagged = Number((await filter.innerText()).replace(/\D+/g, ''));
  expect(flagged).toBeGreaterThan(0);
  const rows = table.locator('tbody tr');
  const total = await rows.count();
  expect(flagged).toBeLessThan(total);
  // Opens with them: the first `flagged` rows say why, the next one does not.
  const badge = (row: Locator) => row.locator('.network-attention .badge', { hasText: 'Aandacht' });
  for (let i = 0; i < flagged; i += 1) await expect(badge(rows.nth(i))).toBeVisible();
  await expect(badge(rows.nth(flagged))).toHaveCount(0);
  await checkScreen(page, 'network');

  await filter.click();
  await expect(filter).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(flagged);
  await expect(page.getByRole('status').getByText(flagged === 1 ? '1 gemeente' : `${flagged} gemeenten`, { exact: true })).toBeVisible();
  await checkScreen(page, 'network-attention');
  await filter.click();
  await expect(rows).toHaveCount(total);
});

test('Ctrl+K finds organisations, persons, municipalities by everyday names and notes; "alle n resultaten" opens the list filtered', async ({
  page,
  bridge: _bridge,
}) => {
  await page.setViewportSize(SIZES[0]);
  await openDemo(page);
  // A note to find (notes are not part of the demo).
  const created = await page.evaluate(async () => {
    const ess = (window as unknown as { ess: Record<string, (request: unknown) => Promise<{ ok: boolean }>> }).ess;
    return ess['briefings.create']!({
      draft: { kind: 'informatienota', subject: 'Zorgen rond het buurthuis Kanaleneiland', selection: { from: null, to: null }, sections: {} },
    });
  });
  expect(created.ok).toBe(true);

  const dialog = page.getByRole('dialog', { name: 'Zoeken' });
  const box = dialog.getByRole('combobox', { name: /^Zoek in signalen/ });
  const search = async (text: string) => {
    if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
    await box.fill(text);
  };

  // An organisation, and five of the ten with "Gemeente" plus "alle 10 resultaten".
  await search('Moskee Al-Noer');
  await expect(dialog.getByRole('group', { name: 'Organisaties' }).getByRole('option', { name: /Moskee Al-Noer \(fictief\)/ })).toBeVisible();
  await search('Gemeente');
  const organisations = dialog.getByRole('group', { name: 'Organisaties' });
  await expect(organisations.getByRole('option', { name: /^ORG-/ })).toHaveCount(5);
  const all = organisations.getByRole('option', { name: /^Organisaties: alle \d+ resultaten in de lijst openen$/ });
  await expect(all).toBeVisible();
  const count = Number((await all.getAttribute('aria-label'))!.replace(/\D+/g, ''));
  expect(count).toBeGreaterThan(5);
  await checkScreen(page, 'search-groups');

  // The arrows reach "alle n resultaten" across the groups; Enter opens the list with the text applied.
  await box.focus();
  for (let i = 0; i < 60; i += 1) {
    if ((await all.getAttribute('aria-selected')) === 'true') break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Organisaties', level: 1 })).toBeVisible();
  await expect(page.getByRole('searchbox').first()).toHaveValue('Gemeente');
  await expect(page.getByRole('table', { name: 'Organisaties' }).locator('tbody tr')).toHaveCount(count);

  // A contact person.
  await search('Anke de Boer');
  await expect(dialog.getByRole('group', { name: 'Contactpersonen' }).getByRole('option', { name: /Anke de Boer/ })).toBeVisible();

  // Den Haag is 's-Gravenhage in the register; Enter on it opens the municipality.
  await search('Den Haag');
  const haag = dialog.getByRole('group', { name: 'Gemeenten' }).getByRole('option', { name: /'s-Gravenhage/ });
  await expect(haag).toBeVisible();
  await expect(haag).toContainText('Den Haag = \'s-Gravenhage');

  // A note, by a word of its subject; its date reads dd-mm-jjjj.
  await search('Kanaleneiland');
  const note = dialog.getByRole('group', { name: 'Notities' }).getByRole('option', { name: /Zorgen rond het buurthuis Kanaleneiland/ });
  await expect(note).toBeVisible();
  await expect(note).toContainText(/\d{2}-\d{2}-\d{4}/);
  await checkScreen(page, 'search-note');

  await search('Den Haag');
  await haag.click();
  await expect(page.getByRole('heading', { name: "'s-Gravenhage", level: 1 })).toBeVisible();

  // Escape closes the dialog and nothing else.
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: "'s-Gravenhage", level: 1 })).toBeVisible();
});
