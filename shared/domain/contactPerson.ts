import { z } from 'zod';
import { CONTACT_ROLES, LEGAL_BASES } from './enums';
import {
  isoDateSchema,
  lineText,
  municipalityCodeSchema,
  optionalLongText,
  optionalText,
  pageSchema,
  requiredText,
  sortDirectionSchema,
  uuidSchema,
} from './fields';

const emailSchema = z
  .string()
  .trim()
  .max(254, 'validation.tooLong')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'validation.email')
  .default('');

const phoneSchema = z
  .string()
  .trim()
  .max(40, 'validation.tooLong')
  .regex(/^(\+?[0-9 ()-]{6,40})?$/, 'validation.phone')
  .default('');

/**
 * A contact person is personal data under the AVG: the legal basis and a
 * review date are required, so the register can be kept minimal and current.
 */
export const contactPersonInputSchema = z.object({
  name: requiredText(200),
  function: optionalText(200),
  role: z.enum(CONTACT_ROLES, 'validation.contactRole'),
  organisationId: uuidSchema.nullable().default(null),
  email: emailSchema,
  phone: phoneSchema,
  legalBasis: z.enum(LEGAL_BASES, 'validation.legalBasis').default('publieke-taak'),
  reviewOn: isoDateSchema,
  notes: optionalLongText(5_000),
});
export type ContactPersonInput = z.output<typeof contactPersonInputSchema>;
export type ContactPersonInputDraft = z.input<typeof contactPersonInputSchema>;

export interface ContactPerson extends ContactPersonInput {
  id: string;
  number: string;
  organisationName: string | null;
  /** The organisation was soft-deleted; the person keeps the link until it is changed. */
  organisationDeleted: boolean;
  /** Municipalities of the person's organisation. */
  municipalities: string[];
  municipalityNames: string[];
  lastContactOn: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
}

export const CONTACT_PERSON_SORT_COLUMNS = [
  'name',
  'function',
  'role',
  'organisationName',
  'lastContactOn',
  'reviewOn',
  'updatedAt',
] as const;

export const contactPersonFiltersSchema = z.object({
  roles: z.array(z.enum(CONTACT_ROLES)).max(10).default([]),
  organisationIds: z.array(uuidSchema).max(50).default([]),
  municipalities: z.array(municipalityCodeSchema).max(400).default([]),
  text: lineText().max(200).optional(),
  /** Persons whose privacy review date is on or before this date. */
  reviewDueBy: isoDateSchema.optional(),
  includeDeleted: z.boolean().default(false),
});

export const contactPersonListQuerySchema = z.object({
  filters: contactPersonFiltersSchema.default(contactPersonFiltersSchema.parse({})),
  sort: z
    .object({ column: z.enum(CONTACT_PERSON_SORT_COLUMNS), direction: sortDirectionSchema })
    .default({ column: 'name', direction: 'asc' }),
  page: pageSchema.default({ offset: 0, limit: 50 }),
});
export type ContactPersonListQuery = z.output<typeof contactPersonListQuerySchema>;

export interface ContactPersonListRow {
  id: string;
  number: string;
  name: string;
  function: string;
  role: string;
  organisationId: string | null;
  organisationName: string | null;
  lastContactOn: string | null;
  reviewOn: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** What erasing a person did, so the adviser can check it. */
export interface ContactPersonErasure {
  number: string;
  /** Linked records whose text mentioned the name, now replaced by the placeholder. */
  redactedRecords: number;
  /** Audit entries whose before/after data held the name, now erased. */
  erasedAuditPayloads: number;
}

/**
 * The default privacy review date: one year after `today` (YYYY-MM-DD). A
 * 29 February becomes 28 February, so the date always exists.
 */
export function defaultReviewOn(today: string): string {
  const monthDay = today.slice(5);
  return `${Number(today.slice(0, 4)) + 1}-${monthDay === '02-29' ? '02-28' : monthDay}`;
}
