import { z } from 'zod';
import {
  BRIEFING_STATUSES,
  briefingDraftSchema,
  houseStyleSchema,
  type Briefing,
  type BriefingExport,
  type BriefingListRow,
  type BriefingRecordIds,
  type HouseStyle,
} from '../domain/briefing';
import type { BriefingDocumentModel } from '../domain/briefingDocument';
import type { Classification } from '../domain/enums';
import { longText, uuidSchema } from '../domain/fields';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();
const byId = z.object({ id: uuidSchema }).strict();
const version = z.number().int().min(1);
const reason = longText().min(3, 'validation.reason').max(500, 'validation.tooLong');

/** A row of the notes list: the stored row plus who it is addressed to ('' = the house style's default). */
export interface BriefingListItem extends BriefingListRow {
  recipient: string;
  deletedAt: string | null;
}

/**
 * What the composer shows of a note before it is exported: the same document
 * model the export renders (so the preview and the .docx never disagree),
 * without the logo's bytes, and with the signals table cut after its first
 * rows (omittedSignals says how many more the Word file holds).
 */
export type BriefingPreviewModel = Omit<BriefingDocumentModel, 'logo'> & { omittedSignals: number };

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
