import { z } from 'zod';
import {
  caseFieldsSchema,
  caseListQuerySchema,
  createCaseSchema,
  journalEntryInputSchema,
  SEARCH_KINDS,
  TIMELINE_KINDS,
  type Case,
  type CaseListRow,
  type JournalEntry,
  type SearchHit,
  type TimelineItem,
} from '../domain/case';
import { SIGNAL_STATUSES } from '../domain/enums';
import { isoDateSchema, lineText, listCodeSchema, longText, municipalityCodeSchema, requiredText, uuidSchema } from '../domain/fields';
import { HISTORY_ENTITIES, type HistoryEntry, type ReferenceData, type SavedView } from '../domain/history';
import {
  shareSignalSchema,
  signalFieldsSchema,
  signalListQuerySchema,
  type DuplicateCandidate,
  type Signal,
  type SignalListPage,
} from '../domain/signal';
import { okResponse } from './schemas';

// Responses are produced by our own services and typed end to end; only
// requests cross a trust boundary, so only they are validated at run time.
const out = <T>() => z.custom<T>();
const byId = z.object({ id: uuidSchema }).strict();
const reason = longText().min(3, 'validation.reason').max(500, 'validation.tooLong');

export const domainContract = {
  'reference.get': { request: z.object({}).strict(), response: out<ReferenceData>() },

  'signals.list': { request: signalListQuerySchema, response: out<SignalListPage>() },
  'signals.get': { request: byId, response: out<Signal>() },
  'signals.create': { request: signalFieldsSchema, response: out<Signal>() },
  'signals.update': {
    request: z.object({ id: uuidSchema, version: z.number().int().min(1), signal: signalFieldsSchema }).strict(),
    response: out<Signal>(),
  },
  'signals.setStatus': {
    request: z.object({ id: uuidSchema, status: z.enum(SIGNAL_STATUSES, 'validation.status') }).strict(),
    response: out<Signal>(),
  },
  'signals.share': { request: shareSignalSchema.strict(), response: out<Signal>() },
  'signals.linkCase': {
    request: z.object({ id: uuidSchema, caseId: uuidSchema.nullable() }).strict(),
    response: out<Signal>(),
  },
  'signals.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<Signal>() },
  'signals.restore': { request: byId, response: out<Signal>() },
  'signals.erase': {
    request: z.object({ id: uuidSchema, confirmNumber: z.string().max(40) }).strict(),
    response: okResponse,
  },
  'signals.duplicates': {
    request: z
      .object({
        excludeId: uuidSchema.optional(),
        title: lineText().max(200).default(''),
        description: longText().max(20_000).default(''),
        municipalities: z.array(municipalityCodeSchema).max(100).default([]),
        themes: z.array(listCodeSchema).max(20).default([]),
        observedOn: isoDateSchema.optional(),
      })
      .strict(),
    response: out<DuplicateCandidate[]>(),
  },
  'signals.merge': {
    request: z.object({ targetId: uuidSchema, sourceId: uuidSchema }).strict(),
    response: out<Signal>(),
  },

  'cases.list': { request: caseListQuerySchema, response: out<{ rows: CaseListRow[]; total: number }>() },
  'cases.get': { request: byId, response: out<Case>() },
  'cases.create': { request: createCaseSchema, response: out<Case>() },
  'cases.update': {
    request: z.object({ id: uuidSchema, version: z.number().int().min(1), case: caseFieldsSchema }).strict(),
    response: out<Case>(),
  },
  'cases.addSignals': {
    request: z.object({ caseId: uuidSchema, signalIds: z.array(uuidSchema).min(1).max(500) }).strict(),
    response: out<Case>(),
  },
  'cases.removeSignal': {
    request: z.object({ caseId: uuidSchema, signalId: uuidSchema }).strict(),
    response: out<Case>(),
  },
  'cases.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<Case>() },
  'cases.restore': { request: byId, response: out<Case>() },
  'cases.timeline': {
    request: z.object({ id: uuidSchema, kinds: z.array(z.enum(TIMELINE_KINDS)).max(10).default([]) }).strict(),
    response: out<TimelineItem[]>(),
  },
  'journal.add': { request: journalEntryInputSchema.strict(), response: out<JournalEntry>() },
  'journal.list': { request: z.object({ caseId: uuidSchema }).strict(), response: out<JournalEntry[]>() },

  'history.get': {
    request: z.object({ entity: z.enum(HISTORY_ENTITIES), id: uuidSchema }).strict(),
    response: out<HistoryEntry[]>(),
  },
  'search.global': {
    request: z
      .object({
        text: lineText().min(1, 'validation.required').max(200),
        kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).default([]),
        limit: z.number().int().min(1).max(50).default(10),
      })
      .strict(),
    response: out<Record<(typeof SEARCH_KINDS)[number], SearchHit[]>>(),
  },
  'views.list': {
    request: z.object({ entity: z.enum(['signal', 'case']) }).strict(),
    response: out<SavedView[]>(),
  },
  'views.save': {
    request: z
      .object({ entity: z.enum(['signal', 'case']), name: requiredText(80), definition: z.record(z.string(), z.unknown()) })
      .strict(),
    response: out<SavedView>(),
  },
  'views.delete': { request: byId, response: okResponse },
} as const;
