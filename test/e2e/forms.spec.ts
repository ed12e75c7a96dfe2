import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/**
 * One form-page frame: Annuleren with one click on every new form, unsaved
 * input kept as an encrypted draft across a lock (Ctrl+L and the idle lock)
 * and offered after unlocking, and leaving a dirty form asks first.
 */

const DEMO_PASSPHRASE = 'demo-casusbestand-fictief';

// A typical government laptop first; the screens that change are also looked at at 1920x1080.
test.use({ viewport: { width: 1366, height: 768 } });

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible({ timeout: 30_000 });
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

async function unlockDemo(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible({ timeout: 30_000 });
}

async function networkTab(page: Page, tab: 'Organisaties' | 'Contactpersonen'): Promise<void> {
  await menu(page).getByRole('button', { name: 'Netwerk' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: tab }).click();
  await expect(page.getByRole('heading', { name: tab, level: 1 })).toBeVisible();
}

interface NewForm {
  name: string;
  open: (page: Page) => Promise<void>;
  heading: string;
  /** A required field: focused and left by the click on Annuleren, which used to validate it first. */
  field: string;
  /** Where Annuleren leads. */
  list: string;
}

const NEW_FORMS: NewForm[] = [
  {
    name: 'new action',
    open: async (page) => {
      await menu(page).getByRole('button', { name: 'Acties' }).click();
      await page.getByRole('button', { name: 'Nieuwe vervolgactie' }).click();
    },
    heading: 'Nieuwe vervolgactie',
    field: 'Omschrijving',
    list: 'Acties',
  },
  {
    name: 'new case',
    open: async (page) => {
      await menu(page).getByRole('button', { name: 'Casussen' }).click();
      await page.getByRole('button', { name: 'Nieuwe casus' }).click();
    },
    heading: 'Nieuwe casus',
    field: 'Titel',
    list: 'Casussen',
  },
  {
    name: 'new signal',
    open: async (page) => {
      await menu(page).getByRole('button', { name: 'Signalen' }).click();
      await page.keyboard.press('Control+n');
    },
    heading: 'Nieuw signaal',
    field: 'Titel',
    list: 'Signalen',
  },
  {
    name: 'new contact moment',
    open: async (page) => {
      await menu(page).getByRole('button', { name: 'Contactmomenten' }).click();
      await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    },
    heading: 'Contactmoment vastleggen',
    field: 'Onderwerp',
    list: 'Contactmomenten',
  },
  {
    name: 'new organisation',
    open: async (page) => {
      await networkTab(page, 'Organisaties');
      await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
    },
    heading: 'Nieuwe organisatie',
    field: 'Naam',
    list: 'Organisaties',
  },
  {
    name: 'new person',
    open: async (page) => {
      await networkTab(page, 'Contactpersonen');
      await page.getByRole('button', { name: 'Nieuwe contactpersoon' }).click();
    },
    heading: 'Nieuwe contactpersoon',
    field: 'Naam',
    list: 'Contactpersonen',
  },
];

test('Annuleren leaves every new form with one click, also from a required field left empty', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  for (const form of NEW_FORMS) {
    await test.step(form.name, async () => {
      await form.open(page);
      await expect(page.getByRole('heading', { name: form.heading, level: 1 })).toBeVisible();
      await page.getByLabel(form.field, { exact: true }).first().click();
      // One real click, not retried: Playwright's click on a button that moved would simply miss it.
      const cancel = page.getByRole('button', { name: 'Annuleren', exact: true });
      const box = (await cancel.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByRole('heading', { name: form.list, level: 1 })).toBeVisible({ timeout: 2_000 });
      await expect(page.getByText('Dit veld is verplicht.')).toHaveCount(0);
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  }
});

test('a new signal typed before Ctrl+L is offered after unlocking, comes back whole and saves', async ({ page, bridge }) => {
  const title = `Boycot-oproep ${Date.now().toString(36)}`;
  const description = 'Oproep in een buurtapp om de supermarkt te mijden.';
  await openDemo(page);
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('Titel')).toBeFocused();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschrijving (feiten)').fill(description);
  // At once, well inside the debounce: the lock itself waits for the draft.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();
  // Locked, the window shows nothing of it.
  await expect(page.getByText(title)).toHaveCount(0);
  expect(await page.content()).not.toContain(title);

  await unlockDemo(page);
  const offer = page.getByRole('region', { name: 'Niet-opgeslagen werk' });
  await expect(offer).toContainText(/Niet-opgeslagen werk van \d{2}-\d{2}-\d{4} \d{2}:\d{2}: Nieuw signaal 'Boycot-oproep/);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('draft-offer-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('draft-offer-1920.png') });
  await page.setViewportSize({ width: 1366, height: 768 });

  await offer.getByRole('button', { name: /^Doorgaan/ }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw signaal', level: 1 })).toBeVisible();
  await expect(page.getByText(/Uw niet-opgeslagen invoer van .* is teruggezet\./)).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveValue(title);
  await expect(page.getByLabel('Beschrijving (feiten)')).toHaveValue(description);
  await expect(offer).toHaveCount(0);

  // Still unsaved: leaving asks.
  await menu(page).getByRole('button', { name: 'Signalen' }).click();
  await expect(page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' })).toBeVisible();
  await page.getByRole('button', { name: 'Blijven' }).click();
  await expect(page.getByLabel('Titel')).toHaveValue(title);

  await page.getByRole('checkbox', { name: 'Landelijk' }).check();
  await page.getByRole('group', { name: 'Thema’s' }).getByRole('checkbox').first().check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  // Saved: the draft is gone from the case file.
  await expect.poll(() => (bridge.session.current().db.prepare('SELECT count(*) AS n FROM drafts').get() as { n: number }).n).toBe(0);
});

test('the idle lock keeps a new case typed a moment before it', async ({ page, bridge }) => {
  await page.clock.install();
  await page.goto(bridge.url);
  await openDemo(page);
  await menu(page).getByRole('button', { name: 'Casussen' }).click();
  await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Onrust rond azc Ter Apel');
  await page.clock.fastForward('10:05');
  await unlockDemo(page);
  await page.getByRole('region', { name: 'Niet-opgeslagen werk' }).getByRole('button', { name: /^Doorgaan/ }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Onrust rond azc Ter Apel');
});

test('leaving a dirty form asks: stay, keep as draft, or discard', async ({ page, bridge }) => {
  await openDemo(page);
  await menu(page).getByRole('button', { name: 'Casussen' }).click();
  await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Spanningen in de wijk');

  // The menu asks.
  await menu(page).getByRole('button', { name: 'Signalen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Blijven' })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('leave-dialog-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('leave-dialog-1920.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Spanningen in de wijk');

  // Ctrl+N and the back button ask too; keeping the draft brings it back when the form opens again.
  await page.keyboard.press('Control+n');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Bewaren als concept en verlaten' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw signaal', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '← Terug' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Spanningen in de wijk');

  // Ctrl+K and a search result: discard and leave.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('polarisatie');
  await page.getByRole('dialog', { name: 'Zoeken' }).getByRole('option').first().click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Weggooien en verlaten' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toHaveCount(0);
  await expect.poll(() => (bridge.session.current().db.prepare('SELECT count(*) AS n FROM drafts').get() as { n: number }).n).toBe(0);

  // A clean form leaves without a question.
  await menu(page).getByRole('button', { name: 'Casussen' }).click();
  await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('');
  await menu(page).getByRole('button', { name: 'Signalen' }).click();
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test('the note composer keeps a new note across Ctrl+L too', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  await menu(page).getByRole('button', { name: 'Nota’s' }).click();
  await page.getByRole('button', { name: 'Nieuwe nota' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe nota', level: 1 })).toBeVisible();
  await page.getByLabel('Betreft', { exact: true }).fill('Spanningen rond de jaarwisseling');
  await page.keyboard.press('Control+l');
  await unlockDemo(page);
  const offer = page.getByRole('region', { name: 'Niet-opgeslagen werk' });
  await expect(offer).toContainText("Nieuwe nota 'Spanningen rond de jaarwisseling'");
  await offer.getByRole('button', { name: /^Doorgaan/ }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe nota', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Betreft', { exact: true })).toHaveValue('Spanningen rond de jaarwisseling');
  // Thrown away on purpose from the leave question: gone from the file.
  await menu(page).getByRole('button', { name: 'Overzicht' }).click();
  await page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' }).getByRole('button', { name: 'Weggooien en verlaten' }).click();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test('a draft typed over an older version of the record says so when it comes back', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  const openNewestSignal = async () => {
    await menu(page).getByRole('button', { name: 'Signalen' }).click();
    // The newest signal: the same row both times (a status change does not move it).
    await page.locator('tbody tr').first().locator('td').nth(2).click();
    await expect(page.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  };
  const edit = async () => {
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await expect(page.getByRole('heading', { name: /bewerken$/, level: 1 })).toBeVisible();
  };
  await openNewestSignal();
  await edit();
  await page.getByLabel('Titel').fill('Titel uit een concept');
  await menu(page).getByRole('button', { name: 'Signalen' }).click();
  await page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' }).getByRole('button', { name: 'Bewaren als concept en verlaten' }).click();
  await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();

  // The signal changes after the draft was kept: a status change on its page.
  await openNewestSignal();
  const status = page.getByLabel('Nieuwe status');
  const current = await status.inputValue();
  await status.selectOption(current === 'in-duiding' ? 'in-opvolging' : 'in-duiding');
  await page.getByRole('button', { name: 'Status wijzigen', exact: true }).click();
  await expect(page.getByText(/→/).first()).toBeVisible();

  await edit();
  await expect(page.getByLabel('Titel')).toHaveValue('Titel uit een concept');
  await expect(page.getByRole('alert').filter({ hasText: 'na uw niet-opgeslagen invoer' })).toBeVisible();
  await expectAccessible(page);
});
