import { z } from 'zod';
import { CLASSIFICATIONS, CONTACT_FORMS } from './enums';
import {
  isoDateSchema,
  listCodeSchema,
  municipalityCodeSchema,
  lineText,
  optionalLongText,
  pageSchema,
  requiredText,
  sortDirectionSchema,
  uuidSchema,
} from './fields';
import { followUpActionFieldsSchema } from './followUpAction';

export const contactMomentInputSchema = z.object({
  heldOn: isoDateSchema,
  form: z.enum(CONTACT_FORMS, 'validation.contactForm'),
  subject: requiredText(300),
  minutes: optionalLongText(50_000),
  municipalities: z.array(municipalityCodeSchema).max(100, 'validation.tooMany').default([]),
  organisationIds: z.array(uuidSchema).max(100, 'validation.tooMany').default([]),
  personIds: z.array(uuidSchema).max(200, 'validation.tooMany').default([]),
  /** ESS staff present (advisers). */
  staffIds: z.array(uuidSchema).max(50, 'validation.tooMany').default([]),
  themes: z.array(listCodeSchema).max(20, 'validation.tooMany').default([]),
  signalIds: z.array(uuidSchema).max(200, 'validation.tooMany').default([]),
  caseId: uuidSchema.nullable().default(null),
  classification: z.enum(CLASSIFICATIONS, 'validation.classification').default('ongerubriceerd'),
});
export type ContactMomentInput = z.output<typeof contactMomentInputSchema>;
export type ContactMomentInputDraft = z.input<typeof contactMomentInputSchema>;

/** Logging a contact moment may create follow-up actions in the same step. */
export const createContactMomentSchema = contactMomentInputSchema.extend({
  actions: z.array(followUpActionFieldsSchema).max(20, 'validation.tooMany').default([]),
});
export type CreateContactMomentInput = z.output<typeof createContactMomentSchema>;

export interface NamedRef {
  id: string;
  label: string;
}

export interface ContactMoment extends ContactMomentInput {
  id: string;
  number: string;
  municipalityNames: string[];
  organisations: NamedRef[];
  persons: NamedRef[];
  staff: NamedRef[];
  /** label = "SIG-2026-0001 title" */
  signals: NamedRef[];
  caseLabel: string | null;
  actionIds: string[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
}

export const CONTACT_MOMENT_SORT_COLUMNS = ['number', 'heldOn', 'form', 'subject', 'updatedAt'] as const;

export const contactMomentFiltersSchema = z.object({
  forms: z.array(z.enum(CONTACT_FORMS)).max(10).default([]),
  themes: z.array(listCodeSchema).max(50).default([]),
  municipalities: z.array(municipalityCodeSchema).max(400).default([]),
  provinces: z.array(z.string().regex(/^PV\d{2}$/, 'validation.province')).max(12).default([]),
  organisationIds: z.array(uuidSchema).max(50).default([]),
  personIds: z.array(uuidSchema).max(50).default([]),
  staffIds: z.array(uuidSchema).max(50).default([]),
  caseId: uuidSchema.optional(),
  /** Contact moments where this signal was discussed or registered. */
  signalId: uuidSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  text: lineText().max(200).optional(),
});

export const contactMomentListQuerySchema = z.object({
  filters: contactMomentFiltersSchema.default(contactMomentFiltersSchema.parse({})),
  sort: z
    .object({ column: z.enum(CONTACT_MOMENT_SORT_COLUMNS), direction: sortDirectionSchema })
    .default({ column: 'heldOn', direction: 'desc' }),
  page: pageSchema.default({ offset: 0, limit: 50 }),
});
export type ContactMomentListQuery = z.output<typeof contactMomentListQuerySchema>;

export interface ContactMomentListRow {
  id: string;
  number: string;
  heldOn: string;
  form: string;
  subject: string;
  municipalityNames: string[];
  organisationNames: string[];
  themes: string[];
  classification: string;
  updatedAt: string;
}
