import { z } from 'zod';
import { hasControlCharacter } from '../domain/controlCharacters';
import { lineText } from '../domain/fields';

/**
 * Drafts: unsaved form input kept in the case file across a lock. Working
 * state, not records (no audit entry, never exported); see db/migrations/007_drafts.ts.
 */

/** The longest draft kept: a full briefing note with every section filled is far below this. */
export const MAX_DRAFT_VALUES_CHARS = 400_000;
const MAX_ROUTE_CHARS = 4_000;

/** Which form: 'signal:new', 'signal:edit:<uuid>', 'briefing:new', 'contactMoment:new:<hash>'... */
export const draftFormKeySchema = z
  .string()
  .max(120, 'validation.tooLong')
  .regex(/^[a-zA-Z]+(:[a-zA-Z0-9-]+){1,3}$/, 'validation.code');

/** Every string anywhere in the values may hold newlines and tabs (textareas), nothing else that steers. */
function holdsControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return hasControlCharacter(value, 'long');
  if (Array.isArray(value)) return value.some(holdsControlCharacter);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => hasControlCharacter(key) || holdsControlCharacter(item));
  return false;
}

/** Characters as JSON; something that is not JSON (a BigInt, a cycle) counts as too large to keep. */
function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

const draftValuesSchema = z
  .record(z.string(), z.unknown())
  .refine((values) => jsonSize(values) <= MAX_DRAFT_VALUES_CHARS, { message: 'validation.tooLong', abort: true })
  .refine((values) => !holdsControlCharacter(values), { message: 'validation.controlCharacter' });

/** A route of the app's navigation ({ name: 'signalForm', id? ... }): shape checked by the renderer that opens it. */
const draftRouteSchema = z
  .object({ name: z.string().regex(/^[a-zA-Z]{1,40}$/, 'validation.code') })
  .catchall(z.unknown())
  .refine((route) => jsonSize(route) <= MAX_ROUTE_CHARS, { message: 'validation.tooLong', abort: true })
  .refine((route) => !holdsControlCharacter(route), { message: 'validation.controlCharacter' });

export const saveDraftRequest = z
  .object({
    formKey: draftFormKeySchema,
    route: draftRouteSchema,
    /** What the offer after unlocking shows: "Nieuw signaal 'Boycot…'". */
    title: lineText().max(200, 'validation.tooLong'),
    values: draftValuesSchema,
  })
  .strict();

export type SaveDraftRequest = z.input<typeof saveDraftRequest>;

export interface Draft {
  id: string;
  formKey: string;
  route: { name: string } & Record<string, unknown>;
  title: string;
  values: Record<string, unknown>;
  savedAt: string;
}

const out = <T>() => z.custom<T>();

export const draftContract = {
  /** Saves (replaces) the current adviser's draft of one form. */
  'drafts.save': { request: saveDraftRequest, response: out<{ id: string; savedAt: string }>() },
  /** The current adviser's drafts, newest first. */
  'drafts.list': { request: z.object({}).strict(), response: out<Draft[]>() },
  /** Removes the current adviser's draft of one form (after saving it, or "Weggooien"); absent is fine. */
  'drafts.discard': { request: z.object({ formKey: draftFormKeySchema }).strict(), response: out<{ removed: boolean }>() },
} as const;
