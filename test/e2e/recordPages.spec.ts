import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { exportBriefing } from '../../electron/services/briefings/export';
import { createBriefing, setBriefingStatus } from '../../electron/services/briefings/writes';
import { addJournalEntry } from '../../electron/services/cases/journal';
import { addSignalsToCase, linkSignalToCase } from '../../electron/services/cases/writes';
import type { WriteContext } from '../../electron/services/context';
import type { LoopbackBridge } from './support/loopbackServer';
import { expect, expectAccessible, test } from './support/fixtures';

/**
 * Record pages share one frame: the record's actions in one bar that stays
 * at the top while a long page scrolls and comes right after the title in
 * the Tab order; the history in plain Dutch. Set ESS_SHOTS=DIR to keep
 * screenshots of the long pages at both sizes.
 */
const SHOTS = process.env.ESS_SHOTS;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const NOTE_SUBJECT = 'Spanningen rond gebedshuizen';
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name });

interface Seeded {
  caseNumber: string;
  caseTitle: string;
  otherNumber: string;
  otherTitle: string;
  signalNumber: string;
}

/**
 * The demo file plus a long case (25 signals, one page of its list; 20 journal entries), a signal
 * linked to another case and moved to this one, and a sent note about the
 * case: what makes the pages long and the history worth reading.
 */
async function seed(bridge: LoopbackBridge, workDir: string): Promise<Seeded> {
  const { db } = bridge.session.current();
  const ctx: WriteContext = { db, actor: bridge.session.actor(), now: new Date() };
  const [long, other] = db.prepare('SELECT id, number, title FROM cases ORDER BY seq LIMIT 2').all() as { id: string; number: string; title: string }[];
  const loose = db.prepare('SELECT id, number FROM signals WHERE case_id IS NULL AND deleted_at IS NULL ORDER BY seq LIMIT 41').all() as { id: string; number: string }[];
  const [moved, ...rest] = loose;
  addSignalsToCase(ctx, long!.id, rest.slice(0, 12).map((signal) => signal.id));
  for (let day = 1; day <= 20; day += 1) {
    addJournalEntry(ctx, { caseId: long!.id, entryOn: `2026-02-${String(day).padStart(2, '0')}`, text: `Overleg met de gemeente, dag ${day} (fictief).` });
  }
  linkSignalToCase(ctx, moved!.id, other!.id);
  linkSignalToCase(ctx, moved!.id, long!.id);

  const draft = { kind: 'informatienota', subject: NOTE_SUBJECT, selection: { caseIds: [long!.id] }, sections: { aanleiding: 'Twee gemeenten meldden spanningen.' } };
  const note = createBriefing(ctx, draft);
  const exported = await exportBriefing(ctx, { id: note.id }, { outPath: path.join(workDir, 'nota.docx') });
  const offered = setBriefingStatus(ctx, note.id, exported.briefing.version, 'ter-parafering');
  setBriefingStatus(ctx, note.id, offered.version, 'verzonden');
  return { caseNumber: long!.number, caseTitle: long!.title, otherNumber: other!.number, otherTitle: other!.title, signalNumber: moved!.number };
}

async function openDemo(page: Page): Promise<void> {
  await page.setViewportSize(SIZES[0]);
  await page.getByRole('button', { name: 'Demobestand openen' }).click();
  await expect(page.getByText('Demobestand — alle gegevens zijn fictief')).toBeVisible();
}

/** From the page's title, Tab until the button has focus; the number of presses it took (or Infinity). */
async function tabsFromHeading(page: Page, heading: Locator, button: Locator, limit = 8): Promise<number> {
  await heading.click();
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((element) => element === document.activeElement)) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY > 0)).toBe(true);
}

/** axe at both sizes, and a screenshot of the top and the bottom of the page at each when asked. */
async function checkAtBothSizes(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page);
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}-top.png`) });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}-bottom.png`) });
    }
  }
  await page.setViewportSize(SIZES[0]);
}

/** The history as a reader sees it: Dutch labels, no field keys, no JSON. */
async function expectPlainHistory(page: Page, expected: string[]): Promise<void> {
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('table')).toBeVisible();
  for (const text of expected) await expect(history.getByRole('cell', { name: text, exact: true }).first()).toBeVisible();
  const text = await history.innerText();
  for (const key of ['removedSignal', 'addedSignals', 'exportId', 'fileName', 'caseId', 'sha256', '{"', '":', '[{']) expect(text).not.toContain(key);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
}

test('a long case and a sent note keep their actions within reach, sticky at the top; their history reads as Dutch', async ({ page, bridge, workDir }) => {
  test.setTimeout(300_000);
  await openDemo(page);
  const seeded = await seed(bridge, workDir);

  // The long case: its primary actions right after the title, and still in view at the bottom of the page.
  await menu(page, 'Casussen').click();
  await page.getByRole('button', { name: seeded.caseNumber, exact: true }).click();
  const caseHeading = page.getByRole('heading', { name: seeded.caseTitle, level: 1 });
  await expect(caseHeading).toBeVisible();
  for (const name of ['Bewerken', 'Contactmoment vastleggen', 'Nota maken']) {
    const button = page.getByRole('button', { name, exact: true });
    const presses = await tabsFromHeading(page, caseHeading, button);
    console.log(`case page: "${name}" after ${presses} Tab presses`);
    expect(presses, name).toBeLessThanOrEqual(8);
  }
  await scrollToBottom(page);
  for (const name of ['Bewerken', 'Contactmoment vastleggen', 'Nota maken']) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
  await expectPlainHistory(page, ['Signalen gekoppeld']);
  await checkAtBothSizes(page, 'case');

  // The signal that was linked to one case and moved to this one: its history names both cases.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: seeded.signalNumber, exact: true }).click();
  await expect(page.locator('.page-header__kicker')).toContainText(seeded.signalNumber);
  await expectPlainHistory(page, ['Casus', `${seeded.caseNumber} ${seeded.caseTitle}`, `${seeded.otherNumber} ${seeded.otherTitle}`]);
  await checkAtBothSizes(page, 'signal');

  // The sent note: "Exporteren naar Word" right after the title and sticky; the export history in Dutch.
  await menu(page, 'Nota’s').click();
  await page.getByRole('row').filter({ hasText: NOTE_SUBJECT }).getByRole('button').first().click();
  const noteHeading = page.getByRole('heading', { name: NOTE_SUBJECT, level: 1 });
  await expect(noteHeading).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Exporteren naar Word' });
  const presses = await tabsFromHeading(page, noteHeading, exportButton);
  console.log(`sent note: "Exporteren naar Word" after ${presses} Tab presses`);
  expect(presses).toBeLessThanOrEqual(8);
  await scrollToBottom(page);
  await expect(exportButton).toBeInViewport();
  await expectPlainHistory(page, ['Export', 'Bestandsnaam', 'nota.docx']);
  await checkAtBothSizes(page, 'note');

  // Exporting again from the bar works and adds a version.
  bridge.dialogs.next = path.join(workDir, 'opnieuw.docx');
  await exportButton.click();
  await expect(page.getByText(`Versie 2 is opgeslagen als ${path.join(workDir, 'opnieuw.docx')}.`)).toBeVisible();
});

test('the history of a case that lost a signal says so in Dutch, by number', async ({ page, bridge, workDir }) => {
  await openDemo(page);
  const seeded = await seed(bridge, workDir);
  await menu(page, 'Casussen').click();
  await page.getByRole('button', { name: seeded.otherNumber, exact: true }).click();
  await expect(page.getByRole('heading', { name: seeded.otherTitle, level: 1 })).toBeVisible();
  await expectPlainHistory(page, ['Signaal ontkoppeld', seeded.signalNumber]);
});

test('every kind of record page is accessible at 1366x768 and 1920x1080', async ({ page, bridge }) => {
  void bridge; // the fixture opens the app
  test.setTimeout(300_000);
  await openDemo(page);
  const firstRecord = async (area: string, tab?: string) => {
    await menu(page, area).click();
    if (tab) await page.getByRole('navigation', { name: 'Onderdelen van het netwerk' }).getByRole('button', { name: tab }).click();
    await page.getByRole('table').first().getByRole('row').nth(1).getByRole('button').first().click();
    await expect(page.getByRole('heading', { name: 'Geschiedenis', level: 2 }).or(page.getByRole('heading', { name: 'In het kort', level: 2 }))).toBeVisible();
  };
  for (const [area, tab, name] of [
    ['Signalen', undefined, 'signal-list'],
    ['Contactmomenten', undefined, 'contact-moment'],
    ['Acties', undefined, 'action'],
    ['Netwerk', 'Organisaties', 'organisation'],
    ['Netwerk', 'Contactpersonen', 'person'],
    ['Netwerk', 'Gemeenten', 'municipality'],
  ] as const) {
    await firstRecord(area, tab);
    await expect(page.getByRole('group', { name: 'Acties voor dit record' })).toBeVisible();
    await checkAtBothSizes(page, name);
  }
});
