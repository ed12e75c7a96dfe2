import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { createCaseFile, registerSignal } from './support/caseFileSteps';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The demo case file: an adviser is set and there are a few hundred fictional signals and cases. */
async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

test('registers a signal by keyboard, finds it through search, makes a case of it and sees it on the timeline', async ({
  page,
  bridge: _bridge,
}) => {
  await openDemo(page);

  // Ctrl+N works from anywhere and puts the cursor in the title.
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Nieuw signaal', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Titel')).toBeFocused();
  await expectAccessible(page);

  await page.keyboard.type('Onrust rond polderkermis in Zwolle');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Jongeren uit twee wijken kregen ruzie; op sociale media wordt opgeroepen tot meer.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Gemeenten' })).toBeFocused();
  await page.keyboard.type('Zwoll');
  await expect(page.getByRole('option', { name: /Zwolle/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Zwolle verwijderen' })).toBeVisible();
  await page.keyboard.press('Tab'); // Landelijk
  await page.keyboard.press('Tab'); // first theme
  await expect(page.getByRole('checkbox', { name: 'Polarisatie' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Polarisatie' })).toBeChecked();
  // Urgency is preselected (gemiddeld); the dates default to today.
  await expect(page.getByLabel('Urgentie')).toHaveValue('gemiddeld');
  await page.keyboard.press('Control+Enter');

  // After saving: the signal's page.
  await expect(page.getByRole('heading', { name: 'Onrust rond polderkermis in Zwolle', level: 1 })).toBeVisible();
  const kicker = await page.locator('.page-header__kicker').innerText();
  const number = /SIG-\d{4}-\d{4}/.exec(kicker)?.[0] ?? '';
  expect(number).not.toBe('');
  await expect(page.getByText('Zwolle', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Global search by the prefix of a word; Enter opens the highlighted result.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overzicht' }).click();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Zoeken' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Zoek in signalen, casussen, journaal/ })).toBeFocused();
  await page.keyboard.type('polderkerm');
  const hit = dialog.getByRole('option', { name: new RegExp(number) });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(['polderkermis']);
  await expect(dialog.getByRole('group', { name: 'Signalen' })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Onrust rond polderkermis in Zwolle', level: 1 })).toBeVisible();

  // A case from this signal: the form takes over its title, places and themes.
  await page.getByRole('button', { name: 'Nieuwe casus van dit signaal' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveValue('Onrust rond polderkermis in Zwolle');
  await expect(page.getByText('Dit signaal wordt aan de casus gekoppeld')).toBeVisible();
  await page.getByLabel('Soort casus').selectOption('lokale-spanning');
  await page.getByLabel('Titel').fill('Spanningen rond de kermis in Zwolle');
  await expectAccessible(page);
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { name: 'Spanningen rond de kermis in Zwolle', level: 1 })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('button', { name: `${number} Onrust rond polderkermis in Zwolle` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gekoppelde signalen' }).getByText(number)).toBeVisible();
  await expectAccessible(page);

  // The timeline filters by kind, and a journal note appears on it.
  await page.getByLabel('Notitie').fill('Gesprek met de gemeente gepland.');
  await page.getByRole('button', { name: 'Toevoegen aan journaal' }).click();
  await expect(timeline.getByText('Gesprek met de gemeente gepland.')).toBeVisible();
  await timeline.getByRole('checkbox', { name: 'Journaal' }).check();
  await expect(timeline.getByText('Gesprek met de gemeente gepland.')).toBeVisible();
  await expect(timeline.getByRole('button', { name: new RegExp(number) })).toHaveCount(0);
});

test('shows validation messages next to the fields, in Dutch', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('Titel')).toBeFocused();
  await page.keyboard.press('Control+Enter');

  await expect(page.getByLabel('Titel')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(page.getByLabel('Titel')).toBeFocused();
  await expect(page.getByLabel('Beschrijving (feiten)')).toHaveAccessibleDescription(/Dit veld is verplicht\./);
  await expect(page.getByRole('combobox', { name: 'Gemeenten' })).toHaveAccessibleDescription(
    /Kies minstens één gemeente, of vink ‘landelijk’ aan\./,
  );
  await expect(page.getByRole('group', { name: 'Thema’s' })).toHaveAccessibleDescription('Kies minstens één thema.');
  await expect(page.getByText('Er zijn 4 velden niet goed ingevuld.', { exact: false })).toBeVisible();
  await expectAccessible(page);

  // Dates: not in the future, and received not before observed.
  await page.getByLabel('Waargenomen op').fill('2099-01-01');
  await page.getByLabel('Waargenomen op').blur();
  await expect(page.getByLabel('Waargenomen op')).toHaveAccessibleDescription('Deze datum ligt in de toekomst.');
  await expect(page.getByLabel('Ontvangen op')).toHaveAccessibleDescription(
    'Ontvangen kan niet vóór de datum van waarneming liggen.',
  );

  // "Landelijk" satisfies the place; the messages go away as fields are corrected.
  await page.getByRole('checkbox', { name: 'Landelijk' }).check();
  await page.getByLabel('Titel').fill('Landelijke oproep tot demonstratie');
  await expect(page.getByText('Dit veld is verplicht.')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Gemeenten' })).not.toHaveAccessibleDescription(/Kies minstens/);
});

test('text from the case file is shown as plain text in the list, on the page and in search', async ({
  page,
  bridge: _bridge,
}) => {
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await openDemo(page);
  await registerSignal(page, HOSTILE, 'Utrecht');
  await expect(page.getByRole('heading', { name: HOSTILE, level: 1 })).toHaveText(HOSTILE);
  await expect(page.locator('main img')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Signalen' }).click();
  await page.getByLabel('Zoeken in signalen').fill('onerror');
  const row = page.getByRole('row', { name: new RegExp('onerror') });
  await expect(row).toHaveCount(1);
  await expect(row.getByText(HOSTILE, { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('onerror');
  const hit = page.getByRole('dialog', { name: 'Zoeken' }).getByRole('option').first();
  await expect(hit).toContainText(HOSTILE);
  await expect(page.locator('img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('the list sorts, filters, pages and keeps saved views, all on the server', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Signalen' }).click();
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
  await expect(page.getByText(/^1–50 van \d+$/).first()).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(50);
  await expectAccessible(page);

  // Sort by clicking a header: aria-sort tells which way.
  const numberHeader = page.getByRole('columnheader', { name: 'Nummer' });
  await numberHeader.getByRole('button').click();
  await expect(numberHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('tbody tr').first()).toContainText('SIG-2026-0001');
  await numberHeader.getByRole('button').click();
  await expect(numberHeader).toHaveAttribute('aria-sort', 'descending');

  // Filter on a status and an urgency; the total follows.
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('group', { name: 'Urgentie' }).getByRole('checkbox', { name: 'Acuut' }).check();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(page.locator('tbody tr').first().locator('.badge')).toHaveText('Acuut');
  await expectAccessible(page);

  // Save this as a view, clear the filter, and bring the view back.
  await page.getByRole('button', { name: 'Weergave opslaan…' }).click();
  await page.getByLabel('Naam van de weergave').fill('Acute signalen');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
  await page.getByLabel('Opgeslagen weergave').selectOption({ label: 'Acute signalen' });
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();

  // Page size and the next page.
  await page.getByLabel('Per pagina').selectOption('25');
  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(25);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText(/^26–50 van \d+$/).first()).toBeVisible();

  // Choose columns.
  await page.getByRole('button', { name: 'Kolommen' }).click();
  await page.getByRole('checkbox', { name: 'Fase' }).check();
  await expect(page.getByRole('columnheader', { name: 'Fase' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Enter on a row's number opens the signal; back returns to the same page of the list.
  await page.locator('tbody tr').first().getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toBeVisible();
  await page.getByRole('button', { name: '← Terug' }).click();
  await expect(page.getByText(/^26–50 van \d+$/).first()).toBeVisible();
});

test('triage, sharing, status, merge and deletion of a signal; the case list', async ({ page, bridge, workDir }) => {
  await createCaseFile(page, bridge, workDir, 'signalen.ess');
  await registerSignal(page, 'Pamfletten bij moskee in Almere', 'Almere');
  await registerSignal(page, 'Pamfletten bij moskee Almere-Haven', 'Almere');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Nieuw / te duiden' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw / te duiden', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await expectAccessible(page);
  const first = page.getByRole('row', { name: /moskee in Almere/ });
  await first.getByRole('button', { name: /in duiding nemen/ }).click();
  await expect(first.getByRole('cell', { name: 'In duiding', exact: true })).toBeVisible();
  await expect(first.getByRole('button', { name: /in duiding nemen/ })).toHaveCount(0);

  await first.getByRole('button', { name: /delen met/ }).click();
  const share = page.getByRole('dialog');
  await expect(share.getByLabel('Organisatie')).toBeFocused();
  await expectAccessible(page);
  await share.getByLabel('Organisatie').fill('Gemeente Almere');
  await share.getByLabel('Kanaal').selectOption('telefoon');
  await share.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(share).toBeHidden();
  // Shared signals have been picked up: they leave the queue.
  await expect(first).toHaveCount(0);

  // The signal page: the share, the status with who and when, the history.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Signalen' }).click();
  await page.getByRole('row', { name: /moskee in Almere/ }).getByRole('button', { name: /^SIG-/ }).click();
  await expect(page.getByRole('region', { name: 'Gedeeld met' })).toContainText('Gemeente Almere');
  await expect(page.getByRole('table', { name: 'Geschiedenis' })).toContainText('Gemeente Almere · ');
  await expect(page.getByRole('list', { name: 'Statusverloop' })).toContainText('Fatima el Amrani');
  await page.getByLabel('Nieuwe status').selectOption('in-opvolging');
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.locator('.page-header__kicker')).toContainText('In opvolging');
  await expect(page.getByRole('table', { name: 'Geschiedenis' })).toContainText('In opvolging');

  // Merge the other signal into this one.
  await page.getByRole('button', { name: 'Samenvoegen met…' }).click();
  const merge = page.getByRole('dialog');
  await merge.getByLabel('Zoek een signaal op nummer of woorden').fill('Haven');
  await merge.getByRole('option', { name: /Almere-Haven/ }).click();
  await expect(merge).toContainText('wordt samengevoegd in');
  await expectAccessible(page);
  await merge.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByText('Samengevoegd uit:')).toBeVisible();

  // Soft delete with a reason, and restore.
  await page.getByRole('button', { name: 'Verwijderen…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(page.getByRole('dialog').getByText('Geef een reden op (minimaal 3 tekens).')).toBeVisible();
  await page.getByRole('dialog').getByLabel('Reden').fill('Dubbel geregistreerd');
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(page.getByText(/Dit signaal is verwijderd op/)).toBeVisible();
  await page.getByRole('button', { name: 'Herstellen' }).click();
  await expect(page.getByText(/Dit signaal is verwijderd op/)).toHaveCount(0);

  // The case list is empty in a new file, with its own accessible screen.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Casussen' }).click();
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  await expect(page.getByText('Geen casussen gevonden met deze filters.')).toBeVisible();
  await expectAccessible(page);
});

test('saving over a change made in the meantime shows the conflict and loads the newest version', async ({
  page,
  bridge,
  workDir,
}) => {
  await createCaseFile(page, bridge, workDir, 'signalen.ess');
  await registerSignal(page, 'Oproep tot protest bij gemeentehuis Lelystad', 'Lelystad');
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { name: /bewerken$/, level: 1 })).toBeVisible();
  await expectAccessible(page);

  // Someone else (here: a direct call, as another window would make) changes the signal.
  await page.evaluate(async () => {
    const api = (window as unknown as { ess: Record<string, (request: unknown) => Promise<{ ok: boolean; value: unknown }>> }).ess;
    const list = (await api['signals.list']!({})).value as { rows: { id: string }[] };
    await api['signals.setStatus']!({ id: list.rows[0]!.id, status: 'in-duiding' });
  });

  await page.getByLabel('Titel').fill('Oproep tot protest bij het gemeentehuis van Lelystad');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'intussen door iemand anders gewijzigd' })).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('in-duiding');
  await page.getByLabel('Titel').fill('Oproep tot protest bij het gemeentehuis van Lelystad');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Oproep tot protest bij het gemeentehuis van Lelystad', level: 1 })).toBeVisible();
});
