import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { CHANNELS } from '../../../shared/contract/channels';
import { bridgeInitScript, startLoopbackBridge, type LoopbackBridge } from './loopbackServer';

interface Fixtures {
  bridge: LoopbackBridge;
  workDir: string;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  bridge: async ({ page, workDir }, use) => {
    const bridge = await startLoopbackBridge(path.join(workDir, 'app-data'));
    await page.addInitScript(bridgeInitScript(CHANNELS));
    await page.goto(bridge.url);
    await use(bridge);
    await bridge.close();
  },
});

export { expect };

/** WCAG 2.1 A/AA through axe-core: the page must have no violations at all. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
