import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { actorFor } from '../../electron/services/actor';
import { createSignal } from '../../electron/services/signals/writes';
import { expect, test } from './support/fixtures';
import { signalFieldsSchema } from '../../shared/domain/signal';

/**
 * The renderer's V8 heap after a lock and two garbage collections, through
 * Chromium's DevTools protocol, searched for what the window showed and what
 * was typed. Strings in a heap snapshot are written as JSON text.
 */
async function heapCounts(page: Page, needles: Record<string, string>): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = chunks.join('');
  expect(snapshot.length).toBeGreaterThan(100_000);
  return Object.fromEntries(Object.entries(needles).map(([name, needle]) => [name, snapshot.split(needle).length - 1]));
}

test('after a lock, the window holds neither the decrypted titles it showed nor the typed passphrase', async ({ page, bridge, workDir }) => {
  const unique = randomBytes(6).toString('hex');
  const passphrase = `Wachtwoord-${unique}-renderer`;
  const title = `Signaal-${unique}-titel`;

  bridge.dialogs.next = path.join(workDir, 'geheim.ess');
  await page.getByRole('button', { name: 'Nieuw casusbestand' }).click();
  await page.getByRole('button', { name: 'Locatie kiezen…' }).click();
  // Typed key by key, as a person would: fill() would hand the string to Playwright's own script in the page.
  await page.getByLabel('Wachtwoord', { exact: true }).pressSequentially(passphrase);
  await page.getByLabel('Herhaal wachtwoord').pressSequentially(passphrase);
  await page.getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByLabel('Initialen').fill('FeA');
  await page.getByRole('button', { name: 'Casusbestand aanmaken' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();

  const { db, adviser } = bridge.session.current();
  createSignal(
    { db, actor: actorFor(adviser!), now: new Date() },
    signalFieldsSchema.parse({
      title,
      description: 'Fictief.',
      observedOn: '2026-03-10',
      receivedOn: '2026-03-11',
      isNational: true,
      themes: ['polarisatie'],
      urgency: 'laag',
    }),
  );
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Signalen' }).click();
  await expect(page.getByText(title)).toBeVisible();
  // The search works: while unlocked the title is in the heap.
  const before = await heapCounts(page, { title, passphrase });
  expect(before.title).toBeGreaterThan(0);

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();
  // Typed to unlock, then locked again: the unlock form's passphrase must not stay either.
  await page.getByLabel('Wachtwoord').pressSequentially(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Aan het werk: Fatima el Amrani')).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Casusbestand ontgrendelen' })).toBeVisible();

  const after = await heapCounts(page, { title, passphrase });
  console.info(`renderer heap: before lock ${JSON.stringify(before)}, after lock ${JSON.stringify(after)}`);
  expect(after).toEqual({ title: 0, passphrase: 0 });
});
