import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The two sizes every screen is checked at: a typical government laptop and a full-HD monitor. */
export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Set ESS_SHOTS=DIR to keep a screenshot of every screen at both sizes, to look at them as a user would. */
const SHOTS = process.env.ESS_SHOTS;

export interface Sideways {
  container: string;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Walks screens and collects what is wrong instead of stopping at the first
 * problem, so one run tells every engineer about their screens: axe
 * violations per screen and size, lists that scroll sideways at 1366x768,
 * and screens that could not be reached at all. `finish()` fails the test
 * with the whole list.
 */
export class ScreenSweep {
  readonly problems: string[] = [];
  readonly checked: string[] = [];

  constructor(private readonly page: Page) {}

  /**
   * Opens a screen and checks it at both sizes. `ready` is what shows the
   * screen is there (a heading, a dialog); `list` adds the sideways-scroll check.
   */
  async visit(name: string, open: () => Promise<void>, ready: Locator, options: { list?: boolean } = {}): Promise<boolean> {
    try {
      await open();
      await expect(ready).toBeVisible();
    } catch (error) {
      this.problems.push(`${name}: could not be opened (${firstLine(error)})`);
      if (SHOTS) await this.page.screenshot({ path: path.join(SHOTS, `${fileName(name)}-not-opened.png`) }).catch(() => undefined);
      return false;
    }
    await this.check(name, ready, options);
    return true;
  }

  /** Checks the screen that is showing now, at both sizes; the viewport ends at 1366x768. */
  async check(name: string, ready: Locator, options: { list?: boolean } = {}): Promise<void> {
    for (const size of SIZES) {
      await this.page.setViewportSize(size);
      await expect(ready).toBeVisible();
      // Layout settles in a frame after a resize; axe and the screenshot should see the settled one.
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const label = `${name} @${size.width}x${size.height}`;
      const started = Date.now();
      const found = await axeViolations(this.page);
      if (found.length > 0) this.problems.push(`${label}: axe: ${found.join('; ')}`);
      if (options.list && size.width === 1366) {
        for (const wide of await sidewaysScroll(this.page)) {
          this.problems.push(
            `${label}: needs sideways scrolling (${wide.container}: scrollWidth ${wide.scrollWidth} > clientWidth ${wide.clientWidth})`,
          );
        }
      }
      if (SHOTS) await this.page.screenshot({ path: path.join(SHOTS, `${fileName(name)}-${size.width}x${size.height}.png`) });
      this.checked.push(`${label} (${Date.now() - started} ms)`);
    }
    await this.page.setViewportSize(SIZES[0]);
  }

  /** Prints what was checked and what is wrong, then fails the test if anything is. */
  finish(title: string): void {
    console.log(
      [
        `${title}: ${this.checked.length} screen-sizes checked, ${this.problems.length} problems`,
        ...this.checked.map((c) => `  ✓ ${c}`),
        ...this.problems.map((p) => `  ✗ ${p}`),
      ].join('\n'),
    );
    expect(this.problems, `${title}: problems found`).toEqual([]);
  }
}

/**
 * For each table in the page: its nearest ancestor that scrolls sideways (or
 * the page itself) and whether its content is wider than it is; the page as a
 * whole is checked too.
 */
export async function sidewaysScroll(page: Page): Promise<Sideways[]> {
  return page.evaluate(() => {
    const wide: Sideways[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const table of Array.from(document.querySelectorAll('main table'))) {
      let container: Element | null = table.parentElement;
      while (container && container !== document.body) {
        const overflow = getComputedStyle(container).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') break;
        container = container.parentElement;
      }
      const scroller = container && container !== document.body ? container : document.documentElement;
      if (scroller.scrollWidth > scroller.clientWidth + 1) {
        const caption = table.querySelector('caption')?.textContent?.trim() ?? table.getAttribute('aria-label') ?? '';
        wide.push({ container: `${describe(scroller)} around table "${caption}"`, scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth });
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) wide.push({ container: 'the page', scrollWidth: root.scrollWidth, clientWidth: root.clientWidth });
    return wide;
  });
}

function firstLine(error: unknown): string {
  return stripAnsi(error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim() !== '') ?? '';
}

/**
 * The same check as expectAccessible in fixtures.ts (axe-core, WCAG 2.1 A/AA,
 * no violation allowed), returned as lines instead of thrown so the sweep can
 * go on. Table rows after the tenth are left out: they repeat the first ten's
 * markup, and axe on a 342-row list takes half a minute on these shared machines.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('table tbody tr:nth-child(n+11)')
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function fileName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
