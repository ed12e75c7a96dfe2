import { z } from 'zod';

/** A calendar date as stored: YYYY-MM-DD, and a real one (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'validation.date');

export const uuidSchema = z.string().uuid('validation.id');

/** CBS municipality code, e.g. GM0363 (Amsterdam). */
export const municipalityCodeSchema = z.string().regex(/^GM\d{4}$/, 'validation.municipalityCode');

/** Codes of editable lists (themes, source types): lowercase words joined by hyphens. */
export const listCodeSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'validation.code').max(60, 'validation.code');

export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
export const requiredText = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const sortDirectionSchema = z.enum(['asc', 'desc']);
export const pageSchema = z.object({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
