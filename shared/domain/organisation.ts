import { z } from 'zod';
import { ORGANISATION_TYPES } from './enums';
import { lineText, municipalityCodeSchema, optionalLongText, pageSchema, requiredText, sortDirectionSchema } from './fields';

export const organisationInputSchema = z.object({
  name: requiredText(200),
  type: z.enum(ORGANISATION_TYPES, 'validation.organisationType'),
  municipalities: z.array(municipalityCodeSchema).max(400, 'validation.tooMany').default([]),
  notes: optionalLongText(5_000),
});
export type OrganisationInput = z.output<typeof organisationInputSchema>;
export type OrganisationInputDraft = z.input<typeof organisationInputSchema>;

export interface Organisation extends OrganisationInput {
  id: string;
  number: string;
  municipalityNames: string[];
  personCount: number;
  /** The date of the latest contact moment the organisation took part in. */
  lastContactOn: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
}

export const ORGANISATION_SORT_COLUMNS = ['name', 'type', 'personCount', 'lastContactOn', 'updatedAt'] as const;

export const organisationFiltersSchema = z.object({
  types: z.array(z.enum(ORGANISATION_TYPES)).max(20).default([]),
  municipalities: z.array(municipalityCodeSchema).max(400).default([]),
  provinces: z.array(z.string().regex(/^PV\d{2}$/, 'validation.province')).max(12).default([]),
  text: lineText().max(200).optional(),
  /** Only organisations without contact since this date (or never). */
  noContactSince: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
    .optional(),
  includeDeleted: z.boolean().default(false),
});

export const organisationListQuerySchema = z.object({
  filters: organisationFiltersSchema.default(organisationFiltersSchema.parse({})),
  sort: z
    .object({ column: z.enum(ORGANISATION_SORT_COLUMNS), direction: sortDirectionSchema })
    .default({ column: 'name', direction: 'asc' }),
  page: pageSchema.default({ offset: 0, limit: 50 }),
});
export type OrganisationListQuery = z.output<typeof organisationListQuerySchema>;

export interface OrganisationListRow {
  id: string;
  number: string;
  name: string;
  type: string;
  municipalityNames: string[];
  personCount: number;
  lastContactOn: string | null;
  updatedAt: string;
  deletedAt: string | null;
}
