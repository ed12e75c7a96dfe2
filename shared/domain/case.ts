import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES, CLASSIFICATIONS } from './enums';
import {
  isoDateSchema,
  listCodeSchema,
  municipalityCodeSchema,
  lineText,
  optionalLongText,
  pageSchema,
  requiredLongText,
  requiredText,
  sortDirectionSchema,
  uuidSchema,
} from './fields';

export const caseFieldsSchema = z.object({
  title: requiredText(200),
  type: z.enum(CASE_TYPES, 'validation.caseType'),
  summary: optionalLongText(20_000),
  status: z.enum(CASE_STATUSES, 'validation.status').default('open'),
  startOn: isoDateSchema,
  endOn: isoDateSchema.nullable().default(null),
  municipalities: z.array(municipalityCodeSchema).max(100, 'validation.tooMany').default([]),
  themes: z.array(listCodeSchema).max(20, 'validation.tooMany').default([]),
  ownerId: uuidSchema.nullable().default(null),
  classification: z.enum(CLASSIFICATIONS, 'validation.classification').default('ongerubriceerd'),
});

export const caseInputSchema = caseFieldsSchema.superRefine((value, ctx) => {
  if (value.endOn && value.endOn < value.startOn) {
    ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'validation.endBeforeStart' });
  }
});
export type CaseInput = z.output<typeof caseFieldsSchema>;
export type CaseInputDraft = z.input<typeof caseFieldsSchema>;

/** Creating a case may take signals along (from the signals list). */
export const createCaseSchema = caseFieldsSchema
  .extend({ signalIds: z.array(uuidSchema).max(500, 'validation.tooMany').default([]) })
  .superRefine((value, ctx) => {
    if (value.endOn && value.endOn < value.startOn) {
      ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'validation.endBeforeStart' });
    }
  });

export interface Case extends CaseInput {
  id: string;
  number: string;
  municipalityNames: string[];
  ownerName: string | null;
  signalCount: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
}

export const journalEntryInputSchema = z.object({
  caseId: uuidSchema,
  entryOn: isoDateSchema,
  text: requiredLongText(20_000),
});
export type JournalEntryInput = z.output<typeof journalEntryInputSchema>;

export interface JournalEntry extends JournalEntryInput {
  id: string;
  authorName: string | null;
  createdAt: string;
}

export const CASE_SORT_COLUMNS = ['number', 'title', 'type', 'status', 'startOn', 'ownerName', 'signalCount', 'updatedAt'] as const;

export const caseFiltersSchema = z.object({
  statuses: z.array(z.enum(CASE_STATUSES)).max(5).default([]),
  types: z.array(z.enum(CASE_TYPES)).max(10).default([]),
  themes: z.array(listCodeSchema).max(50).default([]),
  municipalities: z.array(municipalityCodeSchema).max(400).default([]),
  provinces: z.array(z.string().regex(/^PV\d{2}$/, 'validation.code')).max(12).default([]),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ownerIds: z.array(uuidSchema).max(50).default([]),
  classifications: z.array(z.enum(CLASSIFICATIONS)).max(5).default([]),
  text: lineText().max(200).optional(),
});

export const caseListQuerySchema = z.object({
  filters: caseFiltersSchema.default(caseFiltersSchema.parse({})),
  sort: z
    .object({ column: z.enum(CASE_SORT_COLUMNS), direction: sortDirectionSchema })
    .default({ column: 'startOn', direction: 'desc' }),
  page: pageSchema.default({ offset: 0, limit: 50 }),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export interface CaseListRow {
  id: string;
  number: string;
  title: string;
  type: string;
  status: string;
  startOn: string;
  endOn: string | null;
  themes: string[];
  municipalities: string[];
  ownerName: string | null;
  signalCount: number;
  classification: string;
  updatedAt: string;
}

export const TIMELINE_KINDS = ['signal', 'status', 'journal', 'contactMoment', 'action', 'case'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One dated item on a case's timeline. Later capabilities add kinds (briefings). */
export interface TimelineItem {
  kind: TimelineKind;
  at: string;
  refId: string;
  title: string;
  detail: string;
  by: string | null;
}

export const SEARCH_KINDS = ['signal', 'case', 'journal', 'contactMoment', 'action'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * A search hit. Snippet marks the matching words with \u0002…\u0003 so the
 * UI can highlight them without ever interpreting text as HTML.
 */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** For journal entries: the case the entry belongs to. */
  parentId: string | null;
  reference: string;
  title: string;
  snippet: string;
}
