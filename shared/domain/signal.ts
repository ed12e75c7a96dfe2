import { z } from 'zod';
import {
  CLASSIFICATIONS,
  INFO_CREDIBILITIES,
  SHARE_CHANNELS,
  SIGNAL_PHASES,
  SIGNAL_STATUSES,
  SOURCE_RELIABILITIES,
  TRENDS,
  URGENCIES,
} from './enums';
import {
  isoDateSchema,
  listCodeSchema,
  lineText,
  municipalityCodeSchema,
  optionalLongText,
  optionalText,
  pageSchema,
  requiredLongText,
  requiredText,
  sortDirectionSchema,
  uuidSchema,
} from './fields';

/**
 * What an adviser enters for a signal. Rules that need the clock or the case
 * file (not in the future, known theme codes) are checked by the service too.
 */
export const signalFieldsSchema = z.object({
  title: requiredText(200),
  description: requiredLongText(20_000),
  interpretation: optionalLongText(20_000),
  observedOn: isoDateSchema,
  receivedOn: isoDateSchema,
  isNational: z.boolean().default(false),
  municipalities: z.array(municipalityCodeSchema).max(100, 'validation.tooMany').default([]),
  location: optionalText(200),
  themes: z.array(listCodeSchema).min(1, 'validation.themeRequired').max(20, 'validation.tooMany'),
  community: optionalText(200),
  stateActor: optionalText(100),
  phase: z.enum(SIGNAL_PHASES, 'validation.phase').nullable().default(null),
  urgency: z.enum(URGENCIES, 'validation.urgency'),
  trend: z.enum(TRENDS, 'validation.trend').default('onbekend'),
  sourceType: listCodeSchema.nullable().default(null),
  sourceReliability: z.enum(SOURCE_RELIABILITIES, 'validation.sourceReliability').nullable().default(null),
  infoCredibility: z
    .number()
    .int('validation.infoCredibility')
    .min(INFO_CREDIBILITIES[0], 'validation.infoCredibility')
    .max(INFO_CREDIBILITIES[INFO_CREDIBILITIES.length - 1]!, 'validation.infoCredibility')
    .nullable()
    .default(null),
  status: z.enum(SIGNAL_STATUSES, 'validation.status').default('nieuw'),
  caseId: uuidSchema.nullable().default(null),
  ownerId: uuidSchema.nullable().default(null),
  classification: z.enum(CLASSIFICATIONS, 'validation.classification').default('ongerubriceerd'),
  containsPersonalData: z.boolean().default(false),
  retainUntil: isoDateSchema.nullable().default(null),
});

/** Cross-field rules, shared by the form (instant feedback) and the service (authority). */
export function checkSignalRules(
  signal: Pick<SignalInput, 'observedOn' | 'receivedOn' | 'isNational' | 'municipalities'>,
  today: string,
  addIssue: (path: string, message: string) => void,
): void {
  if (signal.observedOn > today) addIssue('observedOn', 'validation.dateInFuture');
  if (signal.receivedOn > today) addIssue('receivedOn', 'validation.dateInFuture');
  if (signal.receivedOn < signal.observedOn) addIssue('receivedOn', 'validation.receivedBeforeObserved');
  if (!signal.isNational && signal.municipalities.length === 0) addIssue('municipalities', 'validation.municipalityOrNational');
}

export const signalInputSchema = signalFieldsSchema.superRefine((signal, ctx) =>
  checkSignalRules(signal, '9999-12-31', (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })),
);
export type SignalInput = z.output<typeof signalFieldsSchema>;
export type SignalInputDraft = z.input<typeof signalFieldsSchema>;

export interface SignalShare {
  id: string;
  organisation: string;
  sharedOn: string;
  channel: string;
  createdAt: string;
  createdBy: string;
}

/** A signal as shown on its page. */
export interface Signal extends SignalInput {
  id: string;
  number: string;
  municipalityNames: string[];
  caseNumber: string | null;
  caseTitle: string | null;
  ownerName: string | null;
  shares: SignalShare[];
  mergedFrom: { id: string; number: string }[];
  mergedInto: { id: string; number: string } | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
}

export const shareSignalSchema = z.object({
  id: uuidSchema,
  organisation: requiredText(200),
  sharedOn: isoDateSchema,
  channel: z.enum(SHARE_CHANNELS, 'validation.channel'),
});

export const SIGNAL_SORT_COLUMNS = [
  'number',
  'title',
  'observedOn',
  'receivedOn',
  'urgency',
  'status',
  'phase',
  'caseNumber',
  'ownerName',
  'classification',
  'updatedAt',
] as const;
export type SignalSortColumn = (typeof SIGNAL_SORT_COLUMNS)[number];

export const signalFiltersSchema = z.object({
  statuses: z.array(z.enum(SIGNAL_STATUSES)).max(10).default([]),
  urgencies: z.array(z.enum(URGENCIES)).max(10).default([]),
  themes: z.array(listCodeSchema).max(50).default([]),
  municipalities: z.array(municipalityCodeSchema).max(400).default([]),
  provinces: z.array(z.string().regex(/^PV\d{2}$/, 'validation.code')).max(12).default([]),
  national: z.boolean().optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** The observed date, as the overview and early warning count signals (from/to filter the received date). */
  observedFrom: isoDateSchema.optional(),
  observedTo: isoDateSchema.optional(),
  ownerIds: z.array(uuidSchema).max(50).default([]),
  caseId: uuidSchema.optional(),
  classifications: z.array(z.enum(CLASSIFICATIONS)).max(5).default([]),
  text: lineText().max(200).optional(),
  includeDeleted: z.boolean().default(false),
});
export type SignalFilters = z.output<typeof signalFiltersSchema>;

export const signalListQuerySchema = z.object({
  filters: signalFiltersSchema.default(signalFiltersSchema.parse({})),
  sort: z
    .object({ column: z.enum(SIGNAL_SORT_COLUMNS), direction: sortDirectionSchema })
    .default({ column: 'receivedOn', direction: 'desc' }),
  page: pageSchema.default({ offset: 0, limit: 50 }),
});
export type SignalListQuery = z.output<typeof signalListQuerySchema>;
export type SignalListQueryInput = z.input<typeof signalListQuerySchema>;

export interface SignalListRow {
  id: string;
  number: string;
  title: string;
  observedOn: string;
  receivedOn: string;
  urgency: string;
  status: string;
  phase: string | null;
  themes: string[];
  municipalities: string[];
  isNational: boolean;
  caseId: string | null;
  caseNumber: string | null;
  ownerName: string | null;
  classification: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface SignalListPage {
  rows: SignalListRow[];
  total: number;
}

/** A possible duplicate of a signal being registered, with why it matched. */
export interface DuplicateCandidate {
  id: string;
  number: string;
  title: string;
  observedOn: string;
  reason: 'same-place-and-theme' | 'similar-text';
}
