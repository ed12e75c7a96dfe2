import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/** The demo case file: fictional signals over the past year, actions, elections and findings. */
async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

/** Every CSP violation from now on (the charts must draw under style-src 'self'). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

const toOverview = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
};

test('the overview: attention counts, the week chart with its summary and table, bars and rows open the filtered list', async ({
  page,
  bridge: _bridge,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const violations = await watchCsp(page);
  await openDemo(page);
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();

  // What needs attention: counts that are links.
  const attention = page.getByRole('region', { name: 'Wat aandacht vraagt' });
  await expect(attention.getByRole('button', { name: /^\d+ signal(en)? te duiden$/ })).toBeVisible();
  await expect(attention.getByRole('button', { name: /open signal(en)? met urgentie acuut of hoog/ })).toBeVisible();
  await expect(attention.getByRole('button', { name: /verlopen actie/ })).toBeVisible();

  // The week chart: an SVG with an accessible name, and its one-line summary.
  const weeks = page.getByRole('region', { name: 'Signalen per week' });
  await expect(weeks.locator('svg.recharts-surface')).toBeVisible();
  await expect(weeks.locator('.recharts-bar-rectangle').first()).toBeAttached();
  await expect(weeks.getByText('lopende week').first()).toBeVisible();
  const summary = await weeks.locator('.chart-frame__summary').innerText();
  const match = summary.match(/^Week (\d+)(?: \((\d{4})\))?: (\d+) signal(?:en)?, /);
  expect(match, summary).not.toBeNull();
  const [, week, , count] = match!;
  await page.screenshot({ path: test.info().outputPath('overview-1366.png'), fullPage: true });
  await expectAccessible(page);

  // "Toon als tabel": the same figure as the summary, in a table with a link per week.
  await weeks.getByRole('button', { name: 'Toon als tabel' }).click();
  const table = weeks.getByRole('table', { name: 'Signalen per week, de afgelopen 52 weken' });
  const row = table.getByRole('row', { name: new RegExp(`^week ${week}\\b`) }).first();
  await expect(row.getByRole('cell').nth(1)).toHaveText(count!);
  await expectAccessible(page);

  // The table's link (the keyboard path) opens the signals list on that week, the filter in view.
  await row.getByRole('button', { name: `week ${week}`, exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByLabel('Waargenomen vanaf')).not.toHaveValue('');
  await expect(page.locator('.list-wrap__range').getByText(new RegExp(`van ${count}$`))).toBeVisible();
  // Clearable like any filter.
  await filters.getByRole('button', { name: 'Alle filters wissen' }).click();
  await expect(filters.getByLabel('Waargenomen vanaf')).toHaveValue('');

  // A bar: the last complete week (the one before the running week) opens the same list.
  await toOverview(page);
  const chart = page.getByRole('region', { name: 'Signalen per week' });
  if (await chart.getByRole('button', { name: 'Toon als grafiek' }).isVisible()) await chart.getByRole('button', { name: 'Toon als grafiek' }).click();
  const bars = chart.locator('.recharts-bar-rectangle');
  await expect(bars).toHaveCount(52);
  await bars.nth(50).locator('rect').click();
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' }).getByLabel('Waargenomen vanaf')).not.toHaveValue('');
  await expect(page.locator('.list-wrap__range').getByText(new RegExp(`van ${count}$`))).toBeVisible();

  // Per theme: the table row of the largest theme opens the list on that theme and period.
  await toOverview(page);
  const themes = page.getByRole('region', { name: 'Signalen per thema' });
  await expect(themes.locator('.chart-frame__summary')).toHaveText(/^Het meest: .+ met \d+ signal/);
  await expect(themes.getByText('Een signaal met meer thema’s telt onder elk thema')).toBeVisible();
  await themes.getByRole('button', { name: 'Toon als tabel' }).click();
  const first = themes.getByRole('table').locator('tbody tr').first();
  const themeName = (await first.locator('th').innerText()).trim();
  const themeCount = (await first.locator('td').first().innerText()).trim();
  await first.getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' }).getByLabel('Thema').locator('option:checked')).toHaveText(themeName);
  await expect(page.locator('.list-wrap__range').getByText(new RegExp(`van ${themeCount}$`))).toBeVisible();

  // Per province, with national signals as a row of their own; wide screen; no CSP violation anywhere.
  await toOverview(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const provinces = page.getByRole('region', { name: 'Signalen per provincie' });
  await provinces.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(provinces.getByRole('rowheader', { name: 'Landelijk' })).toBeVisible();
  await page.getByRole('button', { name: 'Laatste 12 weken' }).click();
  await expect(page.getByRole('button', { name: 'Laatste 12 weken' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: test.info().outputPath('overview-1920.png'), fullPage: true });
  await expectAccessible(page);
  expect(await violations()).toEqual([]);
});
