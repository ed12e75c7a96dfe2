import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only driving with a tally, for the keyboard-tasks spec: every
 * Tab/Shift+Tab and every other key is counted per task, so the counts can be
 * compared before and after a redesign. Typed text is counted apart (the same
 * words cost the same on any UI); "total" is Tab presses plus other keys.
 */
export interface TaskCount {
  task: string;
  tabs: number;
  otherKeys: number;
  typedCharacters: number;
  total: number;
}

/** What tabTo looks for: a locator (use `.or()` to accept old and new names) or the focused element's accessible name. */
export type FocusTarget = Locator | string | RegExp;

const MAX_TABS = 200;

export class KeyboardTally {
  private readonly rows: TaskCount[] = [];
  private current: TaskCount | null = null;

  constructor(private readonly page: Page) {}

  /** Starts counting a new task; the previous one is closed. */
  task(name: string): void {
    this.current = { task: name, tabs: 0, otherKeys: 0, typedCharacters: 0, total: 0 };
    this.rows.push(this.current);
  }

  private row(): TaskCount {
    if (!this.current) throw new Error('KeyboardTally: call task() before pressing keys');
    return this.current;
  }

  /** A key other than Tab (Enter, Space, arrows, shortcuts such as Control+n). */
  async press(key: string): Promise<void> {
    if (/^(Shift\+)?Tab$/.test(key)) this.row().tabs += 1;
    else this.row().otherKeys += 1;
    await this.page.keyboard.press(key);
  }

  /** Text typed key by key into whatever has the focus. */
  async type(text: string): Promise<void> {
    this.row().typedCharacters += text.length;
    await this.page.keyboard.type(text);
  }

  /**
   * Presses Tab (or Shift+Tab) until the target has the focus, counting each
   * press; fails after 200 presses, naming the target and where the focus is.
   */
  async tabTo(target: FocusTarget, options: { backwards?: boolean } = {}): Promise<void> {
    const key = options.backwards ? 'Shift+Tab' : 'Tab';
    for (let presses = 0; presses <= MAX_TABS; presses += 1) {
      if (await hasFocus(this.page, target)) return;
      if (presses === MAX_TABS) break;
      await this.press(key);
    }
    const focused = await describeFocus(this.page);
    throw new Error(`tabTo: ${describeTarget(target)} not reached after ${MAX_TABS} ${key} presses; the focus is on ${focused}`);
  }

  /**
   * Picks a result after typing into a picker or chooser. A listbox option
   * (combobox pattern) is highlighted with the arrow keys and taken with Enter;
   * a chooser that lists buttons is reached with Tab and taken with Enter.
   */
  async pick(result: RegExp, scope: Locator | Page = this.page): Promise<void> {
    const option = scope.getByRole('option', { name: result }).first();
    const button = scope.getByRole('button', { name: result }).first();
    await expect(option.or(button).first()).toBeVisible();
    if (await option.isVisible()) {
      for (let step = 0; step < 30; step += 1) {
        // A bounded wait: if the list closes or the option goes, say so instead of waiting out the test.
        await expect(option, `pick: the option ${String(result)} left the list after ${step} ArrowDown presses`).toBeVisible();
        if ((await option.getAttribute('aria-selected', { timeout: 1_000 })) === 'true') break;
        await this.press('ArrowDown');
      }
      await expect(option, `pick: the option ${String(result)} was never highlighted`).toHaveAttribute('aria-selected', 'true');
      await this.press('Enter');
      return;
    }
    await this.tabTo(button);
    await this.press('Enter');
  }

  /** The counts so far, one row per task. */
  counts(): TaskCount[] {
    return this.rows.map((row) => ({ ...row, total: row.tabs + row.otherKeys }));
  }

  /**
   * Prints the table; with ESS_KEYBOARD_COUNTS=FILE also writes the counts there as JSON.
   * ESS_KEYBOARD_LABEL names the run (e.g. "base ad486fa"); otherwise the label given is used.
   */
  report(fallbackLabel: string): void {
    const label = process.env.ESS_KEYBOARD_LABEL ?? fallbackLabel;
    const rows = this.counts();
    const lines = [
      `Keyboard tasks (${label})`,
      `${'task'.padEnd(44)} ${'Tab'.padStart(5)} ${'other'.padStart(6)} ${'total'.padStart(6)} ${'typed'.padStart(6)}`,
      ...rows.map(
        (row) =>
          `${row.task.padEnd(44)} ${String(row.tabs).padStart(5)} ${String(row.otherKeys).padStart(6)} ${String(row.total).padStart(6)} ${String(row.typedCharacters).padStart(6)}`,
      ),
    ];
    console.log(lines.join('\n'));
    const out = process.env.ESS_KEYBOARD_COUNTS;
    if (out) fs.writeFileSync(out, `${JSON.stringify({ label, viewport: '1366x768', tasks: rows }, null, 2)}\n`);
  }
}

async function hasFocus(page: Page, target: FocusTarget): Promise<boolean> {
  if (typeof target === 'string' || target instanceof RegExp) {
    const focused = page.locator(':focus');
    if ((await focused.count()) === 0) return false;
    try {
      await expect(focused).toHaveAccessibleName(target, { timeout: 1 });
      return true;
    } catch {
      return false;
    }
  }
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

function describeTarget(target: FocusTarget): string {
  return typeof target === 'string' || target instanceof RegExp ? `the element named ${String(target)}` : target.toString();
}

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}> "${name}"`;
  });
}
