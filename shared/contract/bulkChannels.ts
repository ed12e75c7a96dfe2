import { z } from 'zod';
import { caseListQuerySchema } from '../domain/case';
import { contactMomentListQuerySchema } from '../domain/contactMoment';
import { contactPersonListQuerySchema } from '../domain/contactPerson';
import { ACTION_STATUSES, SIGNAL_STATUSES } from '../domain/enums';
import { uuidSchema } from '../domain/fields';
import { followUpActionListQuerySchema } from '../domain/followUpAction';
import { organisationListQuerySchema } from '../domain/organisation';
import { signalListQuerySchema } from '../domain/signal';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();

/** A selection is what an adviser ticks in a list; 1,000 keeps one transaction short. */
export const MAX_BULK_SELECTION = 1_000;

const selection = z
  .array(uuidSchema)
  .min(1, 'validation.required')
  .max(MAX_BULK_SELECTION, 'validation.tooMany')
  .refine((ids) => new Set(ids).size === ids.length, { message: 'bulk.refusal.duplicateIds' });

const ownerChange = z.object({ kind: z.literal('owner'), ownerId: uuidSchema.nullable() }).strict();

export const signalBulkChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: z.enum(SIGNAL_STATUSES, 'validation.status') }).strict(),
  ownerChange,
  /** "Afsluiten": status afgesloten. */
  z.object({ kind: z.literal('close') }).strict(),
]);
export type SignalBulkChange = z.output<typeof signalBulkChangeSchema>;

/** How a follow-up action is closed: done (with today's completion date and an optional result) or dropped. */
export const ACTION_CLOSINGS = ['afgerond', 'vervallen'] as const;

export const actionBulkChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: z.enum(ACTION_STATUSES, 'validation.status') }).strict(),
  ownerChange,
  z
    .object({
      kind: z.literal('close'),
      closing: z.enum(ACTION_CLOSINGS, 'validation.status'),
      /** Added to each action's result when given (an action already holding a result keeps it above). */
      result: z.string().max(2_000, 'validation.tooLong').default(''),
    })
    .strict(),
]);
export type ActionBulkChange = z.output<typeof actionBulkChangeSchema>;

/** What one bulk call did: the records changed (those already as asked are counted as unchanged). */
export interface BulkResult {
  changed: number;
  unchanged: number;
}

export const LIST_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ListExportFormat = (typeof LIST_EXPORT_FORMATS)[number];

const columns = z.array(z.string().regex(/^[A-Za-z]{1,40}$/)).max(40).optional();
const format = z.enum(LIST_EXPORT_FORMATS);

/**
 * Export the list as the adviser sees it: its filters and sort (the page is
 * ignored: every matching row goes out) and, when given, only the visible columns.
 */
export const listExportRequestSchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('signals'), query: signalListQuerySchema, format, columns }).strict(),
  z.object({ list: z.literal('actions'), query: followUpActionListQuerySchema, format, columns }).strict(),
  z.object({ list: z.literal('cases'), query: caseListQuerySchema, format, columns }).strict(),
  z.object({ list: z.literal('contactMoments'), query: contactMomentListQuerySchema, format, columns }).strict(),
  z.object({ list: z.literal('organisations'), query: organisationListQuerySchema, format, columns }).strict(),
  z.object({ list: z.literal('contactPersons'), query: contactPersonListQuerySchema, format, columns }).strict(),
]);
export type ListExportRequest = z.output<typeof listExportRequestSchema>;
export type ListExportRequestInput = z.input<typeof listExportRequestSchema>;
export type ListName = ListExportRequest['list'];

export const bulkContract = {
  'signals.bulkUpdate': {
    request: z.object({ ids: selection, change: signalBulkChangeSchema }).strict(),
    response: out<BulkResult>(),
  },
  'actions.bulkUpdate': {
    request: z.object({ ids: selection, change: actionBulkChangeSchema }).strict(),
    response: out<BulkResult>(),
  },
  /** Asks where to save (null = cancelled), then writes the whole file or nothing. */
  'lists.export': { request: listExportRequestSchema, response: out<{ path: string | null; rows: number }>() },
} as const;
