import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppStateStore } from '../../electron/services/appState';
import { tempDir } from '../support/tempDir';

describe("the installation's own state", () => {
  it('remembers recent files (newest first, at most ten) and the language', () => {
    const dir = tempDir();
    const store = new AppStateStore(dir);
    for (let n = 1; n <= 12; n += 1) store.rememberFile(path.join(dir, `f${n}.ess`), new Date(2026, 0, n));
    store.rememberFile(path.join(dir, 'f5.ess'), new Date(2026, 1, 1));
    const recent = new AppStateStore(dir).recentFiles();
    expect(recent.map((file) => file.name)).toEqual(['f5.ess', 'f12.ess', 'f11.ess', 'f10.ess', 'f9.ess', 'f8.ess', 'f7.ess', 'f6.ess', 'f4.ess', 'f3.ess']);
    expect(recent.every((file) => file.exists === false)).toBe(true);
    expect(store.updatePreferences({ language: 'en' })).toEqual({ language: 'en' });
    expect(new AppStateStore(dir).preferences()).toEqual({ language: 'en' });
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  });

  it('treats a damaged state file as empty instead of failing', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'state.json'), '{"preferences": {"language": "fr"}, "recentFiles": 7');
    const store = new AppStateStore(dir);
    expect(store.preferences()).toEqual({ language: 'nl' });
    expect(store.recentFiles()).toEqual([]);
  });
});
