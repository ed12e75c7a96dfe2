import { z } from 'zod';

export const AUTO_LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;

/** Settings stored inside the case file (they travel with it). */
export const caseFileSettingsSchema = z.object({
  autoLockMinutes: z
    .number()
    .int('validation.autoLockMinutes')
    .min(AUTO_LOCK_MINUTES.min, 'validation.autoLockMinutes')
    .max(AUTO_LOCK_MINUTES.max, 'validation.autoLockMinutes'),
  currentAdviserId: z.string().uuid().nullable(),
});
export type CaseFileSettings = z.infer<typeof caseFileSettingsSchema>;

export const DEFAULT_CASE_FILE_SETTINGS: CaseFileSettings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  currentAdviserId: null,
};

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Preferences of this installation (outside any case file). */
export const preferencesSchema = z.object({
  language: z.enum(LANGUAGES),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = { language: 'nl' };
