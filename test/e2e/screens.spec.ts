import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ScreenSweep } from './support/screens';

/**
 * An axe sweep over every screen at 1366x768 and 1920x1080, and a check that
 * no list scrolls sideways at 1366x768. Each test walks a group of screens on
 * the demo case file and reports all problems it found at once (see
 * ScreenSweep), so a failure names every broken screen, not just the first.
 * ESS_SHOTS=DIR keeps a screenshot per screen and size.
 */

const DEMO_PASSPHRASE = 'demo-casusbestand-fictief';

// A button that is not there should cost seconds, not the whole test's time; axe over ~30 screens needs minutes.
test.use({ actionTimeout: 5_000 });
test.describe.configure({ timeout: 300_000 });

async function openDemo(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The bridge runs in this process, so while the demo file is made the click itself waits.
  await page.getByRole('button', { name: 'Demobestand openen' }).click({ timeout: 60_000 });
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 });
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name, exact: true });
const networkTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name, exact: true });
/** The first data row's first button (the record's title or number) in the page's main table. */
const firstRecord = (page: Page) => page.getByRole('main').locator('table tbody tr').first().getByRole('button').first();
const firstRow = (page: Page) => page.getByRole('main').locator('table tbody tr').first();

/**
 * Goes to a menu area. A form with unsaved input asks first (since issue 10):
 * that question is checked once, then the input is thrown away.
 */
async function leaveTo(sweep: ScreenSweep, page: Page, name: string): Promise<void> {
  await menu(page, name).click();
  const ask = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
  if (await ask.waitFor({ state: 'visible', timeout: 1_500 }).then(() => true, () => false)) {
    if (!sweep.checked.some((label) => label.startsWith('formulier verlaten'))) await sweep.check('formulier verlaten: vraag', ask);
    await ask.getByRole('button', { name: /^Weggooien/ }).click();
    await expect(ask).toBeHidden();
  }
}

/** A picker's list (new: a combobox in the form) or a chooser dialog behind a button (old), checked, then closed. */
async function chooserOrPicker(sweep: ScreenSweep, page: Page, name: string, button: RegExp, picker: string, text: string): Promise<void> {
  const opener = page.getByRole('button', { name: button });
  if ((await opener.count()) > 0) {
    await dialogFrom(sweep, page, name, opener.first(), page.getByRole('dialog'));
    return;
  }
  const box = page.getByRole('combobox', { name: picker, exact: true });
  // fill, not typing: this sweep is about how the open list looks; typing is the keyboard spec's business.
  const opened = await sweep.visit(name, () => box.fill(text), page.getByRole('listbox').first());
  if (opened) {
    await page.keyboard.press('Escape');
    await box.clear();
  }
}

/** A dialog opened by a button, checked, then closed with Escape. */
async function dialogFrom(sweep: ScreenSweep, page: Page, name: string, button: Locator, dialog: Locator): Promise<void> {
  const opened = await sweep.visit(name, () => button.click(), dialog);
  if (opened) {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

test('start, new case file, locked and unlocked, home and settings', async ({ page, bridge: _bridge }) => {
  const sweep = new ScreenSweep(page);
  await sweep.check('start', h1(page, 'Casusbestand kiezen'));
  await sweep.visit('nieuw casusbestand', () => page.getByRole('button', { name: 'Nieuw casusbestand' }).click(), h1(page, 'Nieuw casusbestand'));
  await page.getByRole('button', { name: /^(Annuleren|Terug)/ }).first().click();
  await expect(h1(page, 'Casusbestand kiezen')).toBeVisible();

  await openDemo(page);
  await sweep.check('overzicht', h1(page, 'Overzicht'));
  await sweep.visit('ontgrendelen', () => page.keyboard.press('Control+l'), h1(page, 'Casusbestand ontgrendelen'));
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Aan het werk: Sanne de Vries')).toBeVisible();
  await sweep.visit('instellingen', () => menu(page, 'Instellingen').click(), h1(page, 'Instellingen'));
  await sweep.visit('zoeken (Ctrl+K) met resultaten', async () => {
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Zoeken' }).getByRole('combobox')).toBeFocused();
    await page.keyboard.type('spanningen');
    await expect(page.getByRole('dialog', { name: 'Zoeken' }).getByRole('option').first()).toBeVisible();
  }, page.getByRole('dialog', { name: 'Zoeken' }));
  sweep.finish('start and shell');
});

test('every list, with its filters open, fits 1366x768 without sideways scrolling', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  const sweep = new ScreenSweep(page);
  const rows = (name: string) => page.getByRole('main').locator('table').first().or(page.getByText(name));
  const list = async (name: string, open: () => Promise<void>, heading: string | RegExp) => {
    await sweep.visit(name, async () => {
      await open();
      await expect(h1(page, heading)).toBeVisible();
      await expect(rows(name).first()).toBeVisible();
    }, h1(page, heading), { list: true });
  };
  await list('signalen', () => menu(page, 'Signalen').click(), 'Signalen');
  const filters = page.getByRole('region', { name: 'Filters' }).or(page.getByRole('dialog', { name: /Filters/ }));
  if (await sweep.visit('signalen: filters open', () => page.getByRole('button', { name: /^Filters/ }).click(), filters.first())) {
    await page.getByRole('button', { name: /^Filters/ }).first().click();
    await expect(filters).toHaveCount(0);
  }
  await list('nieuw / te duiden', () => menu(page, 'Nieuw / te duiden').click(), 'Nieuw / te duiden');
  await list('casussen', () => menu(page, 'Casussen').click(), 'Casussen');
  await list('contactmomenten', () => menu(page, 'Contactmomenten').click(), 'Contactmomenten');
  await list('acties: mijn acties', () => menu(page, 'Acties').click(), 'Acties');
  await list(
    'acties: alle acties',
    () => page.getByRole('navigation', { name: 'Weergaven' }).getByRole('button', { name: 'Alle acties' }).click(),
    'Acties',
  );
  await list('netwerk: overzicht', () => menu(page, 'Netwerk').click(), 'Netwerk');
  await list('netwerk: gemeenten', () => networkTab(page, 'Gemeenten').click(), /Gemeenten/);
  await list('netwerk: organisaties', () => networkTab(page, 'Organisaties').click(), /Organisaties/);
  await list('netwerk: contactpersonen', () => networkTab(page, 'Contactpersonen').click(), /Contactpersonen/);
  await list('nota’s', () => menu(page, 'Nota’s').click(), 'Nota’s');
  sweep.finish('lists');
});

test('every record page and the dialogs it opens', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  const sweep = new ScreenSweep(page);
  const anyH1 = page.getByRole('heading', { level: 1 });
  // Every record page ends with its history; a list has none, so this shows the record is open.
  const history = page.getByRole('heading', { name: 'Geschiedenis' });
  const record = async (name: string, list: () => Promise<void>) =>
    sweep.visit(name, async () => {
      await list();
      await expect(firstRow(page)).toBeVisible();
      await firstRecord(page).click();
    }, history);

  if (await record('signaal', () => menu(page, 'Signalen').click())) {
    await dialogFrom(sweep, page, 'signaal: samenvoegen', page.getByRole('button', { name: /^Samenvoegen/ }), page.getByRole('dialog'));
    await dialogFrom(sweep, page, 'signaal: verwijderen', page.getByRole('button', { name: /^Verwijderen/ }), page.getByRole('dialog'));
    await dialogFrom(sweep, page, 'signaal: delen', page.getByRole('button', { name: /^Delen met/ }), page.getByRole('dialog'));
    await dialogFrom(
      sweep,
      page,
      'signaal: aan casus koppelen',
      page.getByRole('button', { name: /^(Koppelen aan casus|Andere casus)/ }),
      page.getByRole('dialog'),
    );
    await dialogFrom(sweep, page, 'signaal: definitief verwijderen', page.getByRole('button', { name: /^Definitief verwijderen/ }), page.getByRole('dialog'));
  }
  if (await record('casus', () => menu(page, 'Casussen').click())) {
    await dialogFrom(sweep, page, 'casus: verwijderen', page.getByRole('button', { name: /^Verwijderen/ }), page.getByRole('dialog'));
  }
  if (await record('contactmoment', () => menu(page, 'Contactmomenten').click())) {
    await dialogFrom(sweep, page, 'contactmoment: verwijderen', page.getByRole('button', { name: /^Verwijderen/ }), page.getByRole('dialog'));
  }
  if (
    await record('actie', async () => {
      await menu(page, 'Acties').click();
      await page.getByRole('navigation', { name: 'Weergaven' }).getByRole('button', { name: 'Alle acties' }).click();
    })
  ) {
    await dialogFrom(sweep, page, 'actie: afronden', page.getByRole('button', { name: /^Afronden/ }), page.getByRole('dialog'));
  }
  await sweep.visit('gemeente', async () => {
    await menu(page, 'Netwerk').click();
    await networkTab(page, 'Gemeenten').click();
    await expect(firstRow(page)).toBeVisible();
    await firstRecord(page).click();
    await expect(page.getByRole('main').locator('table tbody tr').first()).toBeVisible();
  }, anyH1);
  if (
    await record('organisatie', async () => {
      await menu(page, 'Netwerk').click();
      await networkTab(page, 'Organisaties').click();
    })
  ) {
    // An organisation's page is reached; nothing more to open there.
  }
  if (
    await record('contactpersoon', async () => {
      await menu(page, 'Netwerk').click();
      await networkTab(page, 'Contactpersonen').click();
    })
  ) {
    await dialogFrom(sweep, page, 'contactpersoon: wissen (AVG)', page.getByRole('button', { name: /^Wissen/ }), page.getByRole('dialog'));
  }
  sweep.finish('record pages');
});

test('every form page, a picker list open, the choosers and the note composer, preview and saved note', async ({ page, bridge: _bridge }) => {
  await openDemo(page);
  const sweep = new ScreenSweep(page);

  if (await sweep.visit('nieuw signaal', () => page.keyboard.press('Control+n'), h1(page, 'Nieuw signaal'))) {
    const municipalities = page.getByRole('combobox', { name: /^Gemeenten/ });
    await sweep.visit('nieuw signaal: gemeentekiezer open', async () => {
      await municipalities.focus();
      await page.keyboard.type('Zw');
    }, page.getByRole('listbox').first());
    await page.keyboard.press('Escape');
    await municipalities.clear();
    await sweep.visit('nieuw signaal: fouten bij de velden', () => page.keyboard.press('Control+Enter'), page.getByText(/velden? niet goed ingevuld/));
  }
  await sweep.visit('nieuwe casus', async () => {
    await leaveTo(sweep, page, 'Casussen');
    await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  }, h1(page, 'Nieuwe casus'));

  if (
    await sweep.visit('contactmoment vastleggen', async () => {
      await leaveTo(sweep, page, 'Contactmomenten');
      await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    }, h1(page, 'Contactmoment vastleggen'))
  ) {
    await chooserOrPicker(sweep, page, 'contactmoment: signaal koppelen', /^Signaal koppelen/, 'Signalen', 'spanningen');
    await chooserOrPicker(sweep, page, 'contactmoment: casus kiezen', /^Casus kiezen/, 'Casus', 'spanningen');
    await sweep.visit('contactmoment: vervolgactie erbij', () => page.getByRole('button', { name: 'Vervolgactie toevoegen' }).click(), page.getByRole('group', { name: 'Vervolgactie 1' }));
  }
  await sweep.visit('nieuwe vervolgactie', async () => {
    await leaveTo(sweep, page, 'Acties');
    await page.getByRole('button', { name: 'Nieuwe vervolgactie' }).click();
  }, h1(page, 'Nieuwe vervolgactie'));
  await sweep.visit('nieuwe organisatie', async () => {
    await leaveTo(sweep, page, 'Netwerk');
    await networkTab(page, 'Organisaties').click();
    await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
  }, h1(page, 'Nieuwe organisatie'));
  await sweep.visit('nieuwe contactpersoon', async () => {
    await leaveTo(sweep, page, 'Netwerk');
    await networkTab(page, 'Contactpersonen').click();
    await page.getByRole('button', { name: 'Nieuwe contactpersoon' }).click();
  }, h1(page, 'Nieuwe contactpersoon'));
  await sweep.visit('signaal bewerken', async () => {
    await leaveTo(sweep, page, 'Signalen');
    await firstRecord(page).click();
    await page.getByRole('button', { name: 'Bewerken' }).first().click();
  }, h1(page, /bewerken$/));

  // The composer, from a case so it has content; its chooser and preview; then the saved note's page.
  if (
    await sweep.visit('nota opstellen', async () => {
      await leaveTo(sweep, page, 'Casussen');
      await firstRecord(page).click();
      await page.getByRole('button', { name: /^Nota maken/ }).click();
    }, h1(page, 'Nieuwe nota'))
  ) {
    await dialogFrom(sweep, page, 'nota: signaal toevoegen', page.getByRole('button', { name: /^Signaal toevoegen/ }), page.getByRole('dialog'));
    await dialogFrom(sweep, page, 'nota: voorbeeld', page.getByRole('button', { name: /^Voorbeeld bekijken/ }), page.getByRole('dialog'));
    await page.getByRole('textbox', { name: 'Betreft' }).fill('Toegankelijkheid van de nota');
    await sweep.visit('nota (opgeslagen)', () => page.keyboard.press('Control+Enter'), h1(page, 'Toegankelijkheid van de nota'));
  }
  sweep.finish('forms');
});
