import { z } from 'zod';
import { ACTION_KINDS, ACTION_STATUSES } from './enums';
import { isoDateSchema, lineText, optionalLongText, pageSchema, requiredLongText, sortDirectionSchema, uuidSchema } from './fields';

/** The fields of an action as the adviser fills them in, without its links. */
export const followUpActionFieldsSchema = z.object({
  description: requiredLongText(2_000),
  kind: z.enum(ACTION_KINDS, 'validation.actionKind'),
  ownerId: uuidSchema.nullable().default(null),
  dueOn: isoDateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES, 'validation.status').default('open'),
  result: optionalLongText(10_000),
  completedOn: isoDateSchema.nullable().default(null),
});

export type FollowUpActionFields = z.output<typeof followUpActionFieldsSchema>;

/**
 * Rules across fields, shared by the form (instant feedback) and the service
 * (authority): a completion date belongs to a finished action, and only to
 * one, and lies not in the future.
 */
export function checkActionRules(
  action: Pick<FollowUpActionFields, 'status' | 'completedOn'>,
  today: string,
  addIssue: (path: string, message: string) => void,
): void {
  if (action.status === 'afgerond' && !action.completedOn) addIssue('completedOn', 'validation.completedNeedsDate');
  else if (action.status !== 'afgerond' && action.completedOn) addIssue('completedOn', 'validation.completedOnlyWhenDone');
  else if (action.completedOn && action.completedOn > today) addIssue('completedOn', 'validation.dateInFuture');
}

/** The Sunday that ends the ISO week (Monday to Sunday) of a YYYY-MM-DD date: the end of "Deze week". */
export function endOfIsoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const daysToSunday = (7 - date.getUTCDay()) % 7;
  date.setUTCDate(date.getUTCDate() + daysToSunday);
  return date.toISOString().slice(0, 10);
}

export const followUpActionInputSchema = followUpActionFieldsSchema.extend({
  signalId: uuidSchema.nullable().default(null),
  caseId: uuidSchema.nullable().default(null),
  contactMomentId: uuidSchema.nullable().default(null),
});
export type FollowUpActionInput = z.output<typeof followUpActionInputSchema>;
export type FollowUpActionInputDraft = z.input<typeof followUpActionInputSchema>;

export interface FollowUpAction extends FollowUpActionInput {
  id: string;
  number: string;
  ownerName: string | null;
  signalLabel: string | null;
  caseLabel: string | null;
  contactMomentLabel: string | null;
  /** Open or in progress with a due date before today (Netherlands). */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
}

/** The ready-made views: "Mijn acties", "Verlopen", "Deze week"; 'all' is the plain filtered list. */
export const ACTION_VIEWS = ['all', 'mine', 'overdue', 'thisWeek'] as const;
export type ActionView = (typeof ACTION_VIEWS)[number];

export const ACTION_SORT_COLUMNS = ['number', 'dueOn', 'status', 'kind', 'ownerName', 'description', 'updatedAt'] as const;

export const followUpActionFiltersSchema = z.object({
  view: z.enum(ACTION_VIEWS).default('all'),
  statuses: z.array(z.enum(ACTION_STATUSES)).max(4).default([]),
  kinds: z.array(z.enum(ACTION_KINDS)).max(10).default([]),
  ownerIds: z.array(uuidSchema).max(50).default([]),
  signalId: uuidSchema.optional(),
  caseId: uuidSchema.optional(),
  contactMomentId: uuidSchema.optional(),
  text: lineText().max(200).optional(),
});

export const followUpActionListQuerySchema = z.object({
  filters: followUpActionFiltersSchema.default(followUpActionFiltersSchema.parse({})),
  sort: z
    .object({ column: z.enum(ACTION_SORT_COLUMNS), direction: sortDirectionSchema })
    .default({ column: 'dueOn', direction: 'asc' }),
  page: pageSchema.default({ offset: 0, limit: 50 }),
});
export type FollowUpActionListQuery = z.output<typeof followUpActionListQuerySchema>;

export interface FollowUpActionListRow {
  id: string;
  number: string;
  description: string;
  kind: string;
  status: string;
  dueOn: string | null;
  ownerName: string | null;
  overdue: boolean;
  /** The record the action follows from: a signal, case or contact moment number. */
  linkedTo: string | null;
  updatedAt: string;
}

/** Shown right after unlocking: the current adviser's overdue actions and those due this week. */
export interface ActionDigest {
  today: string;
  weekEndsOn: string;
  overdue: FollowUpActionListRow[];
  dueThisWeek: FollowUpActionListRow[];
}
