import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { getContactMoment, listContactMoments } from '../../electron/services/contactMoments/reads';
import { contactMomentListQuerySchema } from '../../shared/domain/contactMoment';
import { expect, test } from './support/fixtures';
import { KeyboardTally } from './support/keyboard';

/**
 * The five keyboard tasks of issue 10, by keyboard alone at 1366x768 on a new
 * case file: every Tab is counted per task and the table is printed. The
 * outcome of each task is asserted, never the counts: they are measured to be
 * compared (see keyboardTasks.before.json), not to pass a threshold.
 * Names that may change with the redesign are matched in both forms.
 */

const PASSPHRASE = 'Toetsenbord in de polder 2026!';
const SIGNAL_TITLE = 'Onrust rond polderkermis in Zwolle';
const MOMENT_SUBJECT = 'Telefoontje met de wijkagent over de kermis';
const ACTION = 'Gemeente Zwolle terugbellen over de kermis';

/** Setup only (not one of the tasks): a new case file with an adviser, by the quickest way. */
async function createCaseFile(page: Page, bridge: { dialogs: { next: string | null } }, workDir: string): Promise<void> {
  bridge.dialogs.next = path.join(workDir, 'toetsenbord.ess');
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal wachtwoord').fill(PASSPHRASE);
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

test('the five keyboard tasks, by keyboard alone, with the Tab presses counted', async ({ page, bridge, workDir }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createCaseFile(page, bridge, workDir);
  const keys = new KeyboardTally(page);

  // (a) Register a signal: Ctrl+N, the required fields, Ctrl+Enter.
  keys.task('a. signaal registreren');
  await keys.press('Control+n');
  await expect(heading(page, 'Nieuw signaal')).toBeVisible();
  await keys.tabTo(page.getByRole('textbox', { name: 'Titel', exact: true }));
  await keys.type(SIGNAL_TITLE);
  await keys.tabTo(page.getByRole('textbox', { name: /^Beschrijving/ }));
  await keys.type('Jongeren uit twee wijken kregen ruzie; op sociale media wordt opgeroepen tot meer.');
  await keys.tabTo(page.getByRole('combobox', { name: /^Gemeenten/ }));
  await keys.type('Zwoll');
  await keys.pick(/Zwolle/);
  await keys.tabTo(page.getByRole('checkbox', { name: 'Polarisatie' }));
  await keys.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Polarisatie' })).toBeChecked();
  await keys.press('Control+Enter');
  await expect(heading(page, SIGNAL_TITLE)).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Zwolle');
  const signalNumber = /SIG-\d{4}-\d{4}/.exec(await main.innerText())?.[0] ?? '';
  expect(signalNumber).not.toBe('');

  // (b) Find it with Ctrl+K and open it, starting from the home page (reached by keyboard, counted).
  keys.task('b. zoeken met Ctrl+K en openen');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await keys.tabTo(menu.getByRole('button', { name: 'Overzicht' }).or(menu.getByRole('link', { name: 'Overzicht' })), { backwards: true });
  await keys.press('Enter');
  await expect(heading(page, SIGNAL_TITLE)).toBeHidden();
  await keys.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Zoeken' });
  await expect(search).toBeVisible();
  await keys.type('polderkerm');
  await keys.pick(new RegExp(signalNumber), search);
  await expect(search).toBeHidden();
  await expect(heading(page, SIGNAL_TITLE)).toBeVisible();

  // (c) A case from that signal, with the signal linked.
  keys.task('c. casus maken van het signaal');
  await keys.tabTo(page.getByRole('button', { name: /^(Nieuwe casus van dit signaal|Casus maken|Nieuwe casus)/ }));
  await keys.press('Enter');
  await expect(heading(page, 'Nieuwe casus')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue(SIGNAL_TITLE);
  const caseType = page.getByRole('combobox', { name: 'Soort casus' }).or(page.getByLabel('Soort casus'));
  await keys.tabTo(caseType.first());
  await keys.type('Lokale');
  if ((await caseType.first().evaluate((element) => element.tagName)) !== 'SELECT') await keys.pick(/^Lokale spanning/);
  await keys.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toBeHidden();
  await expect(heading(page, SIGNAL_TITLE)).toBeVisible();
  await expect(main).toContainText(/Lokale spanning/);
  await expect(page.getByRole('region', { name: 'Gekoppelde signalen' })).toContainText(signalNumber);
  const caseNumber = /CAS-\d{4}-\d{4}/.exec(await main.innerText())?.[0] ?? '';
  expect(caseNumber).not.toBe('');

  // (d) A contact moment, from the case page, with a follow-up action and the signal linked.
  keys.task('d. contactmoment met actie en signaal');
  await keys.tabTo(page.getByRole('button', { name: /^Contactmoment (vastleggen|toevoegen)/ }));
  await keys.press('Enter');
  await expect(heading(page, 'Contactmoment vastleggen')).toBeVisible();
  const form = page.getByRole('combobox', { name: 'Vorm' }).or(page.getByLabel('Vorm', { exact: true }));
  await keys.tabTo(form.first());
  await keys.type('Tele');
  if ((await form.first().evaluate((element) => element.tagName)) !== 'SELECT') await keys.pick(/^Telefoon/);
  await keys.tabTo(page.getByRole('textbox', { name: 'Onderwerp' }));
  await keys.type(MOMENT_SUBJECT);
  // The signal: a chooser behind a button (old) or a picker in the form (new).
  await keys.tabTo(
    page.getByRole('button', { name: /^Signaal koppelen/ }).or(page.getByRole('combobox', { name: /^(Signaal koppelen|Signalen)/ })),
  );
  const chooser = page.getByRole('dialog', { name: /Signaal koppelen/ });
  if (await page.evaluate(() => document.activeElement?.tagName === 'BUTTON')) {
    await keys.press('Enter');
    await expect(chooser).toBeVisible();
    await keys.type('polderkerm');
    await keys.pick(new RegExp(signalNumber), chooser);
    await expect(chooser).toBeHidden();
  } else {
    await keys.type('polderkerm');
    await keys.pick(new RegExp(signalNumber));
  }
  await expect(page.getByRole('main')).toContainText(signalNumber);
  await keys.tabTo(page.getByRole('button', { name: 'Vervolgactie toevoegen' }));
  await keys.press('Enter');
  const action = page.getByRole('group', { name: 'Vervolgactie 1' });
  await keys.tabTo(action.getByRole('textbox', { name: 'Omschrijving' }));
  await keys.type(ACTION);
  const kind = action.getByRole('combobox', { name: 'Soort actie' }).or(action.getByLabel('Soort actie'));
  await keys.tabTo(kind.first());
  await keys.type('Afst');
  if ((await kind.first().evaluate((element) => element.tagName)) !== 'SELECT') await keys.pick(/^Afstemm/);
  await keys.press('Control+Enter');
  await expect(heading(page, MOMENT_SUBJECT)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vervolgacties' })).toContainText(ACTION);
  const { db } = bridge.session.current();
  const moments = listContactMoments(db, contactMomentListQuerySchema.parse({})).rows;
  expect(moments).toHaveLength(1);
  const moment = getContactMoment(db, moments[0]!.id);
  expect(moment.subject).toBe(MOMENT_SUBJECT);
  expect(moment.signals.map((signal) => signal.label)).toEqual([`${signalNumber} ${SIGNAL_TITLE}`]);
  expect(moment.caseLabel).toContain(caseNumber);
  expect(moment.actionIds).toHaveLength(1);

  // (e) An informatienota about the case, composed and exported to Word.
  keys.task('e. informatienota maken en exporteren');
  await keys.tabTo(page.getByRole('button', { name: new RegExp(`^${caseNumber}`) }).or(page.getByRole('link', { name: new RegExp(`^${caseNumber}`) })));
  await keys.press('Enter');
  await expect(heading(page, SIGNAL_TITLE)).toBeVisible();
  await keys.tabTo(page.getByRole('button', { name: /^Nota maken/ }));
  await keys.press('Enter');
  await expect(heading(page, 'Nieuwe nota')).toBeVisible();
  await keys.tabTo(page.getByRole('textbox', { name: 'Betreft' }));
  await keys.type('Spanning rond de kermis in Zwolle');
  await keys.tabTo(page.getByRole('textbox', { name: 'Aanleiding' }));
  await keys.type('Een signaal en een telefoontje met de wijkagent.');
  const target = path.join(workDir, 'informatienota.docx');
  bridge.dialogs.next = target;
  await keys.tabTo(page.getByRole('button', { name: /^Exporteren naar Word/ }));
  await keys.press('Enter');
  await expect(page.getByText(`Versie 1 is opgeslagen als ${target}.`)).toBeVisible();
  expect(fs.readFileSync(target).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

  keys.report(process.env.ESS_RENDERER_DIR ?? 'dist/renderer');
});
