import { z } from 'zod';
import {
  BRIEFING_STATUSES,
  briefingDraftSchema,
  houseStyleSchema,
  type Briefing,
  type BriefingExport,
  type BriefingKind,
  type BriefingListRow,
  type BriefingRecordIds,
  type BriefingSections,
  type HouseStyle,
} from '../domain/briefing';
import type { Classification } from '../domain/enums';
import { uuidSchema } from '../domain/fields';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();
const byId = z.object({ id: uuidSchema }).strict();
const version = z.number().int().min(1);
const reason = z.string().trim().min(3, 'validation.reason').max(500, 'validation.tooLong');

/** A row of the notes list: the stored row plus who it is addressed to ('' = the house style's default). */
export interface BriefingListItem extends BriefingListRow {
  recipient: string;
  deletedAt: string | null;
}

interface Line {
  label: string;
  count: number;
}

/**
 * What the composer shows of a note before it is exported: the document as
 * display text (the Word file's content without the logo), the records it
 * would be built from and the classification check. The main process fills
 * it from the same document model the export uses, so the preview and the
 * .docx never disagree; the handler's type check keeps this shape in step.
 */
export interface BriefingPreviewModel {
  kind: BriefingKind;
  reference: string;
  classification: string;
  date: string;
  to: string;
  from: string;
  copyTo: string[];
  subject: string;
  deadline: string | null;
  referenceColumn: {
    organisationLine: string;
    directorate: string;
    unit: string;
    addressLines: string[];
    contactName: string;
    contactEmail: string;
    contactPhone: string;
  };
  sections: BriefingSections;
  period: string | null;
  summary: string;
  signals: { number: string; receivedOn: string; place: string; themes: string; title: string; detail: string; urgency: string }[];
  cases: { number: string; title: string; type: string; status: string; startOn: string }[];
  counts: { total: number; byTheme: Line[]; byProvince: Line[]; byWeek: Line[] };
  actions: { number: string; description: string; kind: string; owner: string; dueOn: string; status: string }[];
  contactMoments: { number: string; heldOn: string; form: string; places: string; subject: string; withWhom: string }[];
  includePersonalData: boolean;
  chart: { basis: 'perWeek' | 'perTheme'; title: string; categories: string[]; values: number[]; altText: string } | null;
  draftedBy: string;
  selectionLines: string[];
}

export interface BriefingPreviewView {
  model: BriefingPreviewModel;
  contentClassification: Classification;
  classification: Classification;
  overrideMissing: boolean;
  records: BriefingRecordIds;
  /** Data-driven text the composer offers for empty sections. */
  suggestions: { kernpunten: string; toelichting: string; contactenEnActies: string };
}

export type BriefingExportResult = { path: string; export: BriefingExport } | { path: null };

export const briefingContract = {
  'briefings.list': { request: z.object({ includeDeleted: z.boolean().optional() }).strict(), response: out<BriefingListItem[]>() },
  'briefings.get': { request: byId, response: out<Briefing>() },
  'briefings.create': { request: z.object({ draft: briefingDraftSchema }).strict(), response: out<Briefing>() },
  'briefings.update': { request: z.object({ id: uuidSchema, version, draft: briefingDraftSchema }).strict(), response: out<Briefing>() },
  'briefings.setStatus': {
    request: z.object({ id: uuidSchema, version, status: z.enum(BRIEFING_STATUSES, 'validation.status') }).strict(),
    response: out<Briefing>(),
  },
  'briefings.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<Briefing>() },
  'briefings.restore': { request: byId, response: out<Briefing>() },
  /** An unsaved draft as it would be exported; `id` gives the preview the note's own reference. */
  'briefings.preview': {
    request: z.object({ draft: briefingDraftSchema, id: uuidSchema.optional() }).strict(),
    response: out<BriefingPreviewView>(),
  },
  /** The main process asks where to save (never the renderer), then exports the stored draft. */
  'briefings.export': { request: byId, response: out<BriefingExportResult>() },
  'briefings.exports': { request: z.object({ briefingId: uuidSchema }).strict(), response: out<BriefingExport[]>() },
  /** A stored version again, byte for byte, to a place the main process asks for. */
  'briefings.download': {
    request: z.object({ exportId: uuidSchema }).strict(),
    response: out<{ path: string; sha256: string } | { path: null }>(),
  },
  'houseStyle.get': { request: z.object({}).strict(), response: out<HouseStyle>() },
  'houseStyle.update': { request: z.object({ houseStyle: houseStyleSchema }).strict(), response: out<HouseStyle>() },
} as const;
