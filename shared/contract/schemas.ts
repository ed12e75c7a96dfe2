import { z } from 'zod';
import { adviserInputSchema } from '../domain/adviser';
import { newPassphraseInputSchema, passphraseInputSchema, samePassphraseBytes } from '../passphrase';
import { AUTO_LOCK_MINUTES, preferencesSchema } from '../settings';

export const emptyRequest = z.object({}).strict();
export const okResponse = z.object({ ok: z.literal(true) });

/** An absolute path on Windows, macOS or Linux; anything else is refused before it reaches the disk. */
export const absolutePathSchema = z
  .string()
  .min(1, 'validation.required')
  .max(4096, 'validation.pathTooLong')
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value) && !value.includes('\0'), 'validation.absolutePath');

export const adviserSchema = z.object({
  id: z.string(),
  name: z.string(),
  initials: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

const fileRefSchema = z.object({ path: z.string(), name: z.string() });

export const sessionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('closed'), warning: z.literal('checkpointFailed').optional() }),
  z.object({
    state: z.literal('locked'),
    file: fileRefSchema,
    isDemo: z.boolean(),
    // Locking dropped the key but could not fold the WAL in (disk full): the
    // changes are safe in the -wal file and are folded in on the next open.
    warning: z.literal('checkpointFailed').optional(),
  }),
  z.object({
    state: z.literal('unlocked'),
    file: fileRefSchema,
    isDemo: z.boolean(),
    adviser: adviserSchema.nullable(),
    autoLockMinutes: z.number(),
    /** The file lies where nothing can be written: it was opened read-only. */
    readOnly: z.boolean(),
    /** Hidden temporary copies from interrupted jobs, removed (zeroed) when the file was opened. */
    removedLeftovers: z.array(z.string()).optional(),
  }),
]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const recentFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const chosenPathSchema = z.object({ path: z.string().nullable() });

export const createCaseFileRequest = z
  .object({ path: absolutePathSchema, passphrase: newPassphraseInputSchema, adviser: adviserInputSchema })
  .strict();

export const unlockRequest = z.object({ path: absolutePathSchema, passphrase: passphraseInputSchema }).strict();

export const changePassphraseRequest = z
  .object({ currentPassphrase: passphraseInputSchema, newPassphrase: newPassphraseInputSchema })
  .strict()
  .refine((value) => !samePassphraseBytes(value.currentPassphrase, value.newPassphrase), {
    message: 'validation.passphraseUnchanged',
    path: ['newPassphrase'],
  });

export const backupRequest = z.object({ destination: absolutePathSchema, passphrase: passphraseInputSchema }).strict();

export const backupResultSchema = z.object({
  path: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  verifiedRecords: z.number(),
  /** Hidden temporary copies that an interrupted job had left, removed (zeroed) before this backup. */
  removedLeftovers: z.array(z.string()).optional(),
});
export type BackupResult = z.infer<typeof backupResultSchema>;

export const caseFileInfoSchema = z.object({
  path: z.string(),
  id: z.string(),
  schemaVersion: z.number(),
  createdAt: z.string(),
  createdByApp: z.string(),
  isDemo: z.boolean(),
  sizeBytes: z.number(),
  cipher: z.string(),
  counts: z.record(z.string(), z.number()),
});
export type CaseFileInfo = z.infer<typeof caseFileInfoSchema>;

export const caseFileSettingsViewSchema = z.object({ autoLockMinutes: z.number() });

export const updateSettingsRequest = z
  .object({
    autoLockMinutes: z
      .number()
      .int('validation.autoLockMinutes')
      .min(AUTO_LOCK_MINUTES.min, 'validation.autoLockMinutes')
      .max(AUTO_LOCK_MINUTES.max, 'validation.autoLockMinutes'),
  })
  .strict();

export const aboutSchema = z.object({
  version: z.string(),
  schemaVersion: z.number(),
  demoPassphrase: z.string(),
});

export const updatePreferencesRequest = preferencesSchema.partial().strict();
export const forgetRecentRequest = z.object({ path: z.string().min(1).max(4096) }).strict();
export const chooseFileRequest = z.object({ suggestedName: z.string().max(200).optional() }).strict();
