import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/**
 * The municipality map on the network page, by keyboard: one Tab stop into
 * the map, arrow keys to a neighbour, its name and figure read out (the
 * accessible name and the visible readout), Enter opens the municipality;
 * switching the measure changes the legend; the list shows the same figures.
 */

const SHOTS = process.env.ESS_SHOTS_DIR;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function openNetwork(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Netwerk' }).click();
  await expect(page.getByRole('heading', { name: 'Netwerkoverzicht', level: 1 })).toBeVisible();
}

/** The accessible name of the focused element ("Utrecht: 7 signalen"). */
async function focusedLabel(page: Page): Promise<{ role: string | null; label: string | null }> {
  return page.evaluate(() => ({
    role: document.activeElement?.getAttribute('role') ?? null,
    label: document.activeElement?.getAttribute('aria-label') ?? null,
  }));
}

test('the map by keyboard: Tab in, arrows to a neighbour, its figure read out, Enter opens it; measures and the list', async ({
  page,
  bridge: _bridge,
}) => {
  // axe over 342 focusable areas and a 342-row table, at two sizes, on a shared machine.
  test.setTimeout(300_000);
  await page.setViewportSize(SIZES[0]);
  await openNetwork(page);
  const panel = page.getByRole('region', { name: 'Kaart van de gemeenten' });
  const map = panel.locator('svg.municipality-map');
  await expect(map.locator('path[role="link"]')).toHaveCount(342);
  await expect(panel.getByText('Bron: CBS, Kadaster/PDOK')).toBeVisible();
  await expect(panel.getByText(/Signalen in de periode, \d\d-\d\d-\d{4} t\/m \d\d-\d\d-\d{4}\./)).toBeVisible();

  // The whole country in view at 1366x768, with nothing scrolling sideways.
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  expect(box.height).toBeLessThanOrEqual(768);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await map.scrollIntoViewIfNeeded();
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/map-network-${size.width}.png` });
  }
  await page.setViewportSize(SIZES[0]);

  // One Tab stop into the map: from the last control before it, Tab lands on the first municipality by name.
  await panel.getByRole('button', { name: 'Lijst' }).focus();
  await page.keyboard.press('Tab');
  const first = await focusedLabel(page);
  expect(first.role).toBe('link');
  // By name the register's way: the apostrophe of 's-Gravenhage sorts before the A.
  expect(first.label).toMatch(/^'s-Gravenhage: \d+ signa(al|len)$/);
  const readout = panel.getByTestId('map-readout');
  await expect(readout).toContainText("'s-Gravenhage (Zuid-Holland):");

  // End goes to the last by name; an arrow key to a neighbour in that direction.
  await page.keyboard.press('End');
  expect((await focusedLabel(page)).label).toMatch(/^Zwolle: /);
  await page.keyboard.press('ArrowLeft');
  const neighbour = await focusedLabel(page);
  expect(neighbour.role).toBe('link');
  const [name, figure] = neighbour.label!.split(': ');
  expect(name).not.toBe('Zwolle');
  expect(figure).toMatch(/^\d+ signa(al|len)$/);
  // The same name and figure are on screen, not in colour alone.
  await expect(readout).toContainText(`${name} (`);
  await expect(readout).toContainText(figure!);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/map-focus-1366.png` });
  // Tab leaves the map in one step (one Tab stop for 342 municipalities).
  await page.keyboard.press('Tab');
  expect((await focusedLabel(page)).role).not.toBe('link');
  await page.keyboard.press('Shift+Tab');
  expect((await focusedLabel(page)).label).toBe(neighbour.label);

  // Another measure: the legend changes with it.
  const legend = panel.locator('.map-legend');
  await expect(legend).toContainText('Legenda: Signalen in de periode');
  const signalLegend = await legend.locator('li').allInnerTexts();
  await panel.getByLabel('Kleur naar').selectOption({ label: 'Dagen sinds laatste contact' });
  await expect(legend).toContainText('Legenda: Dagen sinds laatste contact');
  await expect.poll(async () => legend.locator('li').allInnerTexts()).not.toEqual(signalLegend);
  await expect(legend.locator('li')).toContainText(['Nooit contact']);
  await panel.getByLabel('Kleur naar').selectOption({ label: 'Vroegsignalering' });
  await expect(legend.locator('li')).toHaveText(['Signalen ter beoordeling', 'Beoordeeld', 'Geen bijzonderheden']);
  await expectAccessible(page);

  // Back to signals: the list shows the same figure for the neighbour, sortable, with links.
  await panel.getByLabel('Kleur naar').selectOption({ label: 'Signalen in de periode' });
  await panel.getByRole('button', { name: 'Lijst' }).click();
  const table = panel.getByRole('table', { name: 'Kaart van de gemeenten: Signalen in de periode' });
  await expect(table.locator('tbody tr')).toHaveCount(342);
  const row = table.locator('tbody tr').filter({ has: page.getByRole('button', { name, exact: true }) });
  await expect(row.locator('td').nth(2)).toHaveText(figure!);
  await table.getByRole('button', { name: /^Gemeente/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Gemeente/ })).toHaveAttribute('aria-sort', /ending/);
  const names = await table.locator('tbody tr td:first-child').allInnerTexts();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'nl'));
  expect(names.length === 342 && (names.join() === sorted.join() || names.join() === [...sorted].reverse().join())).toBe(true);
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/map-list-1366.png` });

  // Enter on the map opens the municipality page of the one focused (the same neighbour again).
  await panel.getByRole('button', { name: 'Kaart' }).click();
  await panel.getByRole('button', { name: 'Lijst' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  expect((await focusedLabel(page)).label).toBe(neighbour.label);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
});
