import { z } from 'zod';
import { lineText } from './fields';

/** An ESS staff member working in the case file; recorded as "who" on every change. */
export interface Adviser {
  id: string;
  name: string;
  initials: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

// Validation messages are i18n keys (shared/i18n), translated by the UI and the CLI.
export const adviserInputSchema = z.object({
  name: lineText().min(2, 'validation.adviserName').max(100, 'validation.adviserName'),
  initials: z
    .string()
    .trim()
    .min(1, 'validation.initials')
    .max(6, 'validation.initials')
    .regex(/^[\p{L}.-]+$/u, 'validation.initials'),
});

export type AdviserInput = z.infer<typeof adviserInputSchema>;
