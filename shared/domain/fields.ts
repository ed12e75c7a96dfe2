import { z } from 'zod';
import { hasControlCharacter, showControlCharacters, type TextKind } from './controlCharacters';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a real calendar date as stored (YYYY-MM-DD, no 31 February). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A calendar date as stored. One check with one message, and it aborts: rules
 * that compare dates (period order, "in the future") would otherwise add a
 * second, misleading message about a value that is not a date at all.
 */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'validation.date', abort: true });

export const uuidSchema = z.string().uuid('validation.id');

/** CBS municipality code, e.g. GM0363 (Amsterdam). */
export const municipalityCodeSchema = z.string().regex(/^GM\d{4}$/, 'validation.municipalityCode');

/** Codes of editable lists (themes, source types): lowercase words joined by hyphens. */
export const listCodeSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'validation.code').max(60, 'validation.code');

const CONTROL_CHARACTER = 'validation.controlCharacter';

/**
 * The one place where text input is cleaned and refused. Long texts (the
 * fields the forms show as a textarea) take newlines and tabs, with Windows
 * line ends made \n, so a paste from Word is not refused for its CRLF.
 * Single-line fields refuse every control character, newlines included.
 */
function text(kind: TextKind) {
  const base = z.string();
  const normalised = kind === 'long' ? base.overwrite((value) => value.replace(/\r\n?/g, '\n')) : base;
  return normalised.trim().refine((value) => !hasControlCharacter(value, kind), { message: CONTROL_CHARACTER, abort: true });
}

/** A single-line text field (title, name, subject, search text): chain min/max as needed. */
export const lineText = () => text('line');
/** A multi-line text field (description, minutes, notes, sections): chain min/max as needed. */
export const longText = () => text('long');

export const optionalText = (max: number) => lineText().max(max, 'validation.tooLong').default('');
export const requiredText = (max: number) => lineText().min(1, 'validation.required').max(max, 'validation.tooLong');
export const optionalLongText = (max: number) => longText().max(max, 'validation.tooLong').default('');
export const requiredLongText = (max: number) => longText().min(1, 'validation.required').max(max, 'validation.tooLong');

/**
 * A stored value (a briefing draft, the house style) made parseable again when
 * it was saved before control characters were refused: each refused field gets
 * visible stand-ins (see showControlCharacters) instead of failing to load, so
 * nothing is lost and the next save holds plain text. Other problems are left
 * for the schema to report.
 */
export function withStoredTextRepaired(schema: z.ZodType, value: unknown): unknown {
  let repaired = value;
  // First as long texts (newlines and tabs kept), then whatever single-line field still holds one.
  for (const kind of ['long', 'line'] as const) {
    const parsed = schema.safeParse(repaired);
    if (parsed.success) return repaired;
    const paths = parsed.error.issues.filter((issue) => issue.message === CONTROL_CHARACTER).map((issue) => issue.path);
    if (paths.length === 0) return repaired;
    repaired = structuredClone(repaired);
    for (const path of paths) {
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], repaired);
      const key = path[path.length - 1]!;
      const text = (parent as Record<PropertyKey, unknown>)[key];
      if (typeof text === 'string') (parent as Record<PropertyKey, unknown>)[key] = showControlCharacters(text.replace(/\r\n?/g, '\n'), kind);
    }
  }
  return repaired;
}

export const sortDirectionSchema = z.enum(['asc', 'desc']);
export const pageSchema = z.object({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
