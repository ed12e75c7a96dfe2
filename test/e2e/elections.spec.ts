import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { KeyboardTally } from './support/keyboard';

/** Set ESS_SHOTS=DIR to keep a screenshot of every elections screen at both sizes. */
const SHOTS = process.env.ESS_SHOTS;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

/** axe clean at the laptop and the full-HD size (and a screenshot of each when asked); ends at 1366x768. */
async function checkScreen(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `elections-${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

test.describe.configure({ timeout: 180_000 });

test('an election added by keyboard shows its campaign window on the form and its page; a visit inside it by a non-EU representative is flagged', async ({
  page,
  bridge: _bridge,
}) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.setViewportSize(SIZES[0]);
  await openDemo(page);
  const keys = new KeyboardTally(page);

  // The register, from the main menu.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Verkiezingen' }).click();
  await expect(page.getByRole('heading', { name: 'Buitenlandse verkiezingen', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Buitenlandse verkiezingen' })).toBeVisible();
  await checkScreen(page, 'register');

  // The add flow, keyboard only.
  keys.task('add an election');
  await keys.tabTo(page.getByRole('button', { name: 'Nieuwe verkiezing' }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nieuwe verkiezing', level: 1 })).toBeVisible();
  const country = page.getByLabel('Land', { exact: true });
  await expect(country).toBeFocused();
  await keys.type('Turkije');
  await expect(country).toHaveValue('TR');
  await keys.press('Tab');
  await keys.type('Pres');
  await expect(page.getByLabel('Soort verkiezing')).toHaveValue('presidentieel');
  await keys.tabTo(page.getByLabel('Datum van de verkiezing'));
  await keys.type('31-05-2028');
  await keys.press('Tab');
  await expect(page.getByLabel('Datum van de verkiezing')).toHaveValue('31-05-2028');
  // The window follows live: three calendar months before 31 May 2028 is 29 February (a leap year).
  await expect(page.getByText('Campagneverbod voor vertegenwoordigers van niet-EU-regeringen vanaf 29 februari 2028')).toBeVisible();
  await keys.tabTo(page.getByLabel('Bron'));
  await keys.type('Hoge Kiesraad van Turkije (YSK), besluit verkiezingskalender');
  await checkScreen(page, 'form');
  await keys.press('Control+Enter');

  // The election's page: facts, the window, the timeline.
  await expect(page.getByRole('heading', { name: 'Presidentsverkiezing Turkije', level: 1 })).toBeVisible();
  const windowSection = page.getByRole('region', { name: /^Campagneperiode/ });
  await expect(windowSection.getByText(/van 29 februari 2028 tot en met 31 mei 2028/)).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByText('Begin campagneperiode')).toBeVisible();
  await expect(timeline.getByText(/Verkiezingsdag/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Signalen per week rond de verkiezing' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Staafdiagram van het aantal waargenomen signalen per week/ })).toBeVisible();
  await page.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(page.getByRole('table', { name: 'Signalen per week rond de verkiezing' }).getByRole('rowheader', { name: /2028-W22 \(Verkiezingsdag\)/ })).toBeVisible();
  await checkScreen(page, 'page');

  // A visit by a Turkish representative inside the window: flagged, in words.
  keys.task('add a campaign visit');
  await keys.tabTo(page.getByRole('button', { name: 'Bezoek toevoegen' }).first());
  await keys.press('Enter');
  await expect(page.getByRole('heading', { name: 'Campagnebezoek toevoegen', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Wie (naam en functie)')).toBeFocused();
  await keys.type('Minister van Buitenlandse Zaken');
  await expect(page.getByLabel('Namens de regering van')).toHaveValue('TR');
  await keys.tabTo(page.getByLabel('Datum van het bezoek'));
  await keys.type('15-04-2028');
  await keys.press('Tab');
  await expect(page.getByText(/Dit bezoek wordt gemarkeerd als niet toegestaan/)).toBeVisible();
  await keys.tabTo(page.getByLabel('Plaats', { exact: true }));
  await keys.type('Rotterdam Ahoy');
  await checkScreen(page, 'visit-form');
  await keys.press('Control+Enter');

  await expect(page.getByRole('heading', { name: 'Presidentsverkiezing Turkije', level: 1 })).toBeVisible();
  const visits = page.getByRole('table', { name: 'Campagnebezoeken' });
  const row = visits.getByRole('row', { name: /Minister van Buitenlandse Zaken/ });
  await expect(row.getByText('Niet toegestaan: niet-EU-regering binnen de campagneperiode')).toBeVisible();
  await expect(row.getByText('15-04-2028')).toBeVisible();
  await expect(timeline.getByText('Campagnebezoek: Minister van Buitenlandse Zaken (Rotterdam Ahoy)')).toBeVisible();
  await checkScreen(page, 'page-with-visit');

  // The register lists it with its window.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Verkiezingen' }).click();
  const register = page.getByRole('table', { name: 'Buitenlandse verkiezingen' });
  const listed = register.getByRole('row', { name: /Presidentsverkiezing Turkije/ });
  await expect(listed.getByText('31 mei 2028')).toBeVisible();
  await expect(listed.getByText('vanaf 29 februari 2028')).toBeVisible();

  keys.report('elections');
  expect(blocked).toEqual([]);
});

test('an election in an EU member state has no campaign window', async ({ page, bridge: _bridge }) => {
  await page.setViewportSize(SIZES[0]);
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Verkiezingen' }).click();
  await page.getByRole('button', { name: 'Nieuwe verkiezing' }).click();
  await page.getByLabel('Land', { exact: true }).selectOption('IE');
  await page.getByLabel('Soort verkiezing').selectOption('referendum');
  await page.getByLabel('Datum van de verkiezing').fill('08-03-2027');
  await page.getByLabel('Datum van de verkiezing').press('Tab');
  await expect(page.getByText('Geen campagneverbod: Ierland is een EU-lidstaat.')).toBeVisible();
  await page.getByLabel('Bron').fill('Electoral Commission (Ierland), aankondiging referendum');
  await page.getByRole('button', { name: /Verkiezing opslaan/ }).click();

  await expect(page.getByRole('heading', { name: 'Referendum Ierland', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Campagneperiode/ }).getByText('Geen campagneverbod: Ierland is een EU-lidstaat.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByText('Begin campagneperiode')).toBeHidden();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Verkiezingen' }).click();
  const listed = page.getByRole('table', { name: 'Buitenlandse verkiezingen' }).getByRole('row', { name: /Referendum Ierland/ });
  await expect(listed.getByText('EU-lidstaat: geen campagneperiode')).toBeVisible();
  await expect(listed.getByText('8 maart 2027')).toBeVisible();
});

test('the demo election with its window open: marked in the register, its signals per week, linked signals marked, unlink', async ({
  page,
  bridge: _bridge,
}) => {
  await page.setViewportSize(SIZES[0]);
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Verkiezingen' }).click();
  const row = page.getByRole('table', { name: 'Buitenlandse verkiezingen' }).getByRole('row', { name: /Presidentsverkiezing \(fictief\)/ });
  await expect(row.getByText('Campagneperiode loopt')).toBeVisible();
  await row.getByRole('button', { name: 'Turkije' }).click();

  await expect(page.getByRole('heading', { name: 'Presidentsverkiezing (fictief)', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Campagneperiode/ }).getByText(/De campagneperiode loopt nu/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Campagnebezoeken' }).getByText('Niet toegestaan: niet-EU-regering binnen de campagneperiode')).toBeVisible();
  const around = page.getByRole('region', { name: /^Signalen rond de verkiezing/ });
  await expect(around.getByText('Gekoppeld').first()).toBeVisible();
  const chart = page.getByRole('region', { name: 'Signalen per week rond de verkiezing' });
  await expect(chart.getByText(/^\d+ signal(en)? in \d+ weken; het meest in week \d{4}-W\d{2} \(\d+\)\.$/)).toBeVisible();
  await checkScreen(page, 'demo-page');
  await chart.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(chart.getByRole('table', { name: 'Signalen per week rond de verkiezing' })).toBeVisible();
  await checkScreen(page, 'demo-page-table');

  // Unlinking a signal takes it off the links; it stays among the signals around the election if observed in the span.
  const links = page.getByRole('region', { name: 'Gekoppelde signalen, casussen en acties' });
  const heading = links.getByRole('heading', { name: /^Signalen \(\d+\)$/ });
  const before = Number((await heading.innerText()).replace(/\D+/g, ''));
  expect(before).toBeGreaterThan(0);
  await links.getByRole('button', { name: /ontkoppelen$/ }).first().click();
  await expect(links.getByRole('heading', { name: `Signalen (${before - 1})` })).toBeVisible();

  // A linked signal's own page names the election and leads back to it.
  await links.getByRole('button', { name: /^SIG-/ }).first().click();
  const elections = page.getByRole('region', { name: 'Buitenlandse verkiezingen' });
  await elections.getByRole('button', { name: /Presidentsverkiezing \(fictief\)/ }).click();
  await expect(page.getByRole('heading', { name: 'Presidentsverkiezing (fictief)', level: 1 })).toBeVisible();
});
