import type { Db } from '../../db/connection';
import { readSettings, writeSetting } from '../../db/repositories/settings';
import { caseFileSettingsSchema, DEFAULT_CASE_FILE_SETTINGS, type CaseFileSettings } from '../../shared/settings';
import type { Actor } from './actor';
import { recordChange } from './audit';

/** Settings stored in the case file; unknown or malformed values fall back to defaults. */
export function getCaseFileSettings(db: Db): CaseFileSettings {
  const parsed = caseFileSettingsSchema.partial().safeParse(readSettings(db));
  return { ...DEFAULT_CASE_FILE_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function updateCaseFileSettings(
  db: Db,
  patch: Partial<Omit<CaseFileSettings, 'currentAdviserId'>>,
  actor: Actor,
  now: Date,
): CaseFileSettings {
  return db.transaction(() => {
    const before = getCaseFileSettings(db);
    for (const [key, value] of Object.entries(patch)) {
      writeSetting(db, key, value, now.toISOString(), actor.adviserId);
    }
    const after = getCaseFileSettings(db);
    recordChange(db, actor, { entity: 'settings', entityId: 'case-file', action: 'settings', before, after }, now);
    return after;
  })();
}
