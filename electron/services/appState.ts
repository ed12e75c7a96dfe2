import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/atomicFile';
import type { RecentFile } from '../../shared/contract/schemas';
import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences } from '../../shared/settings';

const MAX_RECENT = 10;

const stateSchema = z.object({
  preferences: preferencesSchema.catch(DEFAULT_PREFERENCES),
  recentFiles: z.array(z.object({ path: z.string(), lastOpenedAt: z.string() })).catch([]),
});
type AppStateData = z.infer<typeof stateSchema>;

/**
 * What this installation remembers outside any case file: the language and the
 * recently opened files (paths only, never contents). Stored as JSON in the
 * app's data folder and always written atomically.
 */
export class AppStateStore {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = path.join(dir, 'state.json');
  }

  preferences(): Preferences {
    return this.read().preferences;
  }

  updatePreferences(patch: Partial<Preferences>): Preferences {
    const state = this.read();
    // IPC's structured clone keeps `{ language: undefined }`: a field sent as undefined means unchanged.
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    state.preferences = { ...state.preferences, ...changes };
    this.write(state);
    return state.preferences;
  }

  recentFiles(): RecentFile[] {
    return this.read().recentFiles.map((entry) => ({
      ...entry,
      name: path.basename(entry.path),
      exists: fs.existsSync(entry.path),
    }));
  }

  rememberFile(filePath: string, at: Date): void {
    const state = this.read();
    const others = state.recentFiles.filter((entry) => entry.path !== filePath);
    state.recentFiles = [{ path: filePath, lastOpenedAt: at.toISOString() }, ...others].slice(0, MAX_RECENT);
    this.write(state);
  }

  forgetFile(filePath: string): RecentFile[] {
    const state = this.read();
    state.recentFiles = state.recentFiles.filter((entry) => entry.path !== filePath);
    this.write(state);
    return this.recentFiles();
  }

  isRecent(filePath: string): boolean {
    return this.read().recentFiles.some((entry) => entry.path === filePath);
  }

  /** A missing or damaged state file means "nothing remembered", never a crash. */
  private read(): AppStateData {
    try {
      return stateSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return { preferences: DEFAULT_PREFERENCES, recentFiles: [] };
    }
  }

  private write(state: AppStateData): void {
    fs.mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file, `${JSON.stringify(state, null, 2)}\n`);
  }
}
