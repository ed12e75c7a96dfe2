import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/** The demo case file: fictional signals, organisations, contact moments and actions. */
async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

/** The numbers in one column of a table (the nth cell of every body row). */
async function numbersIn(table: Locator, column: number): Promise<number[]> {
  const cells = await table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
  return cells.map((text) => Number(text.replace(/\D+/g, '')));
}

test('the network overview sorts and filters by period, opens a municipality, and the register lists all municipalities', async ({
  page,
  bridge: _bridge,
}) => {
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Netwerk' }).click();
  await expect(page.getByRole('heading', { name: 'Netwerkoverzicht', level: 1 })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Onderdelen van het netwerk' });
  await expect(tabs.getByRole('button', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
  // Default: the last 90 days, only municipalities with activity, those that need attention first.
  await expect(page.getByRole('button', { name: 'Laatste 90 dagen' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('checkbox', { name: /Alleen gemeenten met activiteit/ })).toBeChecked();
  const table = page.getByRole('table', { name: 'Netwerkoverzicht' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const active = await table.locator('tbody tr').count();
  expect(active).toBeLessThan(342);
  await expect(table.getByRole('columnheader', { name: /^Aandacht/ })).toHaveAttribute('aria-sort', 'descending');
  // The places that need attention say so in words, not only in colour.
  await expect(table.getByText('Aandacht').first()).toBeVisible();
  await expectAccessible(page);

  // All municipalities on request; then back to the active ones, sorted by signals.
  await page.getByRole('checkbox', { name: /Alleen gemeenten met activiteit/ }).uncheck();
  await expect(page.getByRole('status').getByText('342 gemeenten')).toBeVisible();
  await page.getByRole('checkbox', { name: /Alleen gemeenten met activiteit/ }).check();
  await expect(page.getByRole('status').getByText('342 gemeenten')).toBeHidden();
  await table.getByRole('button', { name: /^Signalen/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Signalen/ })).toHaveAttribute('aria-sort', /ending/);
  const direction = await table.getByRole('columnheader', { name: /^Signalen/ }).getAttribute('aria-sort');
  const signals = await numbersIn(table, 4);
  const sorted = [...signals].sort((a, b) => (direction === 'descending' ? b - a : a - b));
  expect(signals).toEqual(sorted);

  // A longer period: the quick choice sets the dates, and more happened in a year than in 90 days.
  const before = signals.reduce((sum, n) => sum + n, 0);
  const from = page.getByLabel('Van', { exact: true });
  const ninetyDaysFrom = await from.inputValue();
  await page.getByRole('button', { name: 'Laatste 365 dagen' }).click();
  await expect(page.getByRole('button', { name: 'Laatste 365 dagen' })).toHaveAttribute('aria-pressed', 'true');
  await expect(from).not.toHaveValue(ninetyDaysFrom);
  await expect.poll(async () => (await numbersIn(table, 4)).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(before);
  await expectAccessible(page);

  // A municipality's page: everything linked to it, and a quick way to log a contact.
  await table.getByRole('button', { name: 'Amsterdam', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Amsterdam', level: 1 })).toBeVisible();
  await expect(page.getByText('GM0363 · Provincie Noord-Holland')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Contactmoment vastleggen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Contactmomenten \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Organisaties \([1-9]\d*\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Open acties \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contactmomenten' }).getByRole('button', { name: /^CON-\d{4}-\d{4}$/ }).first()).toBeVisible();
  await expectAccessible(page);

  // Back to the overview keeps its choices.
  await page.getByRole('button', { name: '← Terug' }).click();
  await expect(page.getByRole('button', { name: 'Laatste 365 dagen' })).toHaveAttribute('aria-pressed', 'true');

  // The register: 342 municipalities, found by name without diacritics, filtered by province.
  await tabs.getByRole('button', { name: 'Gemeenten' }).click();
  await expect(page.getByRole('heading', { name: 'Gemeenten', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').getByText('342 gemeenten')).toBeVisible();
  const register = page.getByRole('table', { name: 'Gemeenten' });
  await expectAccessible(page);
  await page.getByLabel('Zoek op naam of code').fill('sudwest');
  await expect(page.getByRole('status').getByText('1 gemeente', { exact: true })).toBeVisible();
  await expect(register.getByRole('button', { name: 'Súdwest-Fryslân' })).toBeVisible();
  await page.getByLabel('Zoek op naam of code').fill('');
  await page.getByLabel('Provincie').selectOption({ label: 'Zeeland' });
  await expect(page.getByRole('status').getByText('13 gemeenten')).toBeVisible();
  await register.getByRole('button', { name: /^Code/ }).click();
  await expect(register.getByRole('columnheader', { name: /^Code/ })).toHaveAttribute('aria-sort', /ending/);
  await register.getByRole('button', { name: 'Middelburg (Z.)' }).click();
  await expect(page.getByRole('heading', { name: 'Middelburg (Z.)', level: 1 })).toBeVisible();
  await expect(page.getByText('Nog geen contact vastgelegd')).toBeVisible();
  await expectAccessible(page);
});
