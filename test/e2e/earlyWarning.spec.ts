import path from 'node:path';
import { actorFor } from '../../electron/services/actor';
import { createSignal } from '../../electron/services/signals/writes';
import { addIsoWeeks, lastCompleteIsoWeek, weekStart } from '../../shared/domain/isoWeek';
import { signalFieldsSchema } from '../../shared/domain/signal';
import { expect, expectAccessible, test } from './support/fixtures';

const AMSTERDAM = 'GM0363';

test('a spike in Amsterdam shows as a finding with its explanation, is reviewed with a note, and links to its signals', async ({
  page,
  bridge,
  workDir,
}) => {
  test.setTimeout(120_000);
  bridge.dialogs.next = path.join(workDir, 'vroegsignalering.ess');
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('correct horse battery staple');
  await page.getByLabel('Herhaal wachtwoord').fill('correct horse battery staple');
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();

  // Three signals in Amsterdam in the last complete week, after six empty weeks: over the Bayes threshold of 1.
  const week = lastCompleteIsoWeek(new Date());
  const monday = weekStart(week);
  const { db, adviser } = bridge.session.current();
  const titles = ['Onrust na bijeenkomst in buurthuis', 'Spandoeken bij moskee', 'Ruzie op schoolplein'];
  for (const title of titles) {
    createSignal(
      { db, actor: actorFor(adviser!), now: new Date() },
      signalFieldsSchema.parse({
        title,
        description: 'Fictief.',
        observedOn: monday,
        receivedOn: monday,
        municipalities: [AMSTERDAM],
        themes: ['discriminatie'],
        urgency: 'hoog',
      }),
    );
  }
  const reference = `${addIsoWeeks(week, -6).week}–${addIsoWeeks(week, -1).week}`;
  const explanation = `Amsterdam, week ${week.week}: 3 signalen, drempel 1, referentie weken ${reference}`;

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Vroegsignalering' }).click();
  await expect(page.getByRole('heading', { name: 'Signalen ter beoordeling', level: 1 })).toBeVisible();
  const list = page.getByRole('list', { name: `Bevindingen in week ${week.week}` });
  const finding = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: explanation }) });
  await expect(finding).toBeVisible();
  await expect(finding.getByText('Niet beoordeeld')).toBeVisible();
  await expect(page.getByRole('status').getByText('niet beoordeeld')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('early-warning-1366.png') });

  // Review: an empty note is refused in Dutch, a note is stored with who and when.
  await finding.getByRole('button', { name: 'Amsterdam beoordelen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bevinding beoordelen' });
  await expect(dialog.getByText(explanation)).toBeVisible();
  await dialog.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(dialog.getByText('Schrijf een toelichting bij uw beoordeling.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Toelichting').fill('Bekend bij de gemeente; afgestemd met de wijkagent.');
  await dialog.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(finding.getByText('Beoordeeld', { exact: true })).toBeVisible();
  await expect(finding.getByText(/^Beoordeeld door Fatima el Amrani \(FeA\) op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expect(finding.getByText('Bekend bij de gemeente; afgestemd met de wijkagent.')).toBeVisible();
  await expect(finding.getByRole('button', { name: 'Amsterdam beoordelen' })).toBeHidden();

  // The week chooser by keyboard: a week earlier nothing stood out; back to the last complete week.
  await page.getByRole('button', { name: 'Vorige week' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText(`Geen bijzonderheden in week ${addIsoWeeks(week, -1).week}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volgende week' })).toBeEnabled();
  await page.getByRole('button', { name: 'Volgende week' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Volgende week' })).toBeDisabled();
  await expect(finding).toBeVisible();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('early-warning-1920.png') });

  // The signals behind the finding, each a link to its page.
  await finding.getByText('Signalen achter deze bevinding').click();
  const links = finding.getByRole('button', { name: /^SIG-\d{4}-\d{4}$/ });
  await expect(links).toHaveCount(3);
  await expect(finding.getByText(titles[1]!)).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('early-warning-signals-1366.png') });
  await links.first().click();
  await expect(page.getByRole('heading', { name: titles[0], level: 1 })).toBeVisible();
});
