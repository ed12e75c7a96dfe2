import { randomUUID } from 'node:crypto';
import {
  findContactMoment,
  findContactMomentHeader,
  findContactMomentState,
  insertContactMoment,
  setContactMomentDeleted,
  updateContactMomentFields,
  type ContactMomentLink,
  type ContactMomentState,
  type Stamp,
} from '../../../db/repositories/contactMoments';
import { nextNumber } from '../../../db/repositories/numbers';
import type { ContactMoment, ContactMomentInput, CreateContactMomentInput } from '../../../shared/domain/contactMoment';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';
import { insertNewAction } from '../actions/writes';
import { invalid, todayInNetherlands } from '../validation';
import { validateContactMomentChanges, validateNewContactMoment } from './validate';

const notFound = (id: string) => new AppError('NOT_FOUND', `No contact moment with id ${id}`);

export const stampOf = (ctx: WriteContext): Stamp => ({ at: ctx.now.toISOString(), by: ctx.actor.adviserId });

export function auditContactMoment(ctx: WriteContext, id: string, action: Change['action'], before: unknown, after: unknown): void {
  recordChange(ctx.db, ctx.actor, { entity: 'contactMoment', entityId: id, action, before, after }, ctx.now);
}

/** Re-reads the contact moment after a write; it exists, the write just touched it. */
export function rereadContactMoment(ctx: WriteContext, id: string): ContactMoment {
  const found = findContactMoment(ctx.db, id);
  if (!found) throw notFound(id);
  return found;
}

/** Writes go to live contact moments only; a deleted one must be restored first. */
export function liveContactMoment(ctx: WriteContext, id: string): ContactMomentState {
  const state = findContactMomentState(ctx.db, id);
  if (!state || state.deletedAt !== null) throw notFound(id);
  return state;
}

const LIST_FIELDS = ['municipalities', 'organisationIds', 'personIds', 'staffIds', 'themes', 'signalIds'] as const satisfies readonly ContactMomentLink[];

/** Lists in one canonical order without repeats, so stored links and audit diffs are stable. */
function canonical(input: ContactMomentInput): ContactMomentInput {
  const result = { ...input };
  for (const field of LIST_FIELDS) result[field] = [...new Set(input[field])].sort();
  return result;
}

/**
 * Logs a contact moment, number CON-<year>-NNNN. Without staff named, the
 * adviser at work was there. The follow-up actions agreed at the moment are
 * created in the same transaction, each linked to it (and to its case), each
 * with its own number and audit entry: all of it is stored, or none.
 */
export function createContactMoment(ctx: WriteContext, raw: CreateContactMomentInput): ContactMoment {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const { actions, ...fields } = validateNewContactMoment(ctx.db, raw, ctx.now);
    const staffIds = fields.staffIds.length === 0 && ctx.actor.adviserId ? [ctx.actor.adviserId] : fields.staffIds;
    const record = canonical({ ...fields, staffIds });
    const number = nextNumber(ctx.db, 'CON', Number(todayInNetherlands(ctx.now).slice(0, 4)));
    insertContactMoment(ctx.db, { ...record, id, number, createdAt: ctx.now.toISOString(), updatedBy: ctx.actor.adviserId });
    auditContactMoment(ctx, id, 'create', undefined, { number, ...record });
    for (const action of actions) {
      insertNewAction(ctx, { ...action, signalId: null, caseId: record.caseId, contactMomentId: id });
    }
  })();
  return rereadContactMoment(ctx, id);
}

/** Only the fields that changed, as before/after images for the audit log. */
function differences(before: ContactMomentInput, after: ContactMomentInput) {
  const changed = (Object.keys(after) as (keyof ContactMomentInput)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}

/** Saves the contact moment form if nobody changed it since `version` was read; no changes, no write. */
export function updateContactMoment(ctx: WriteContext, id: string, version: number, raw: ContactMomentInput): ContactMoment {
  ctx.db.transaction(() => {
    const state = liveContactMoment(ctx, id);
    if (state.version !== version) {
      throw new AppError('CONFLICT', `Contact moment ${state.number} was changed by someone else (version ${state.version}, not ${version})`);
    }
    const { id: _id, number: _number, version: _version, deletedAt: _deletedAt, ...current } = state;
    const input = canonical(validateContactMomentChanges(ctx.db, raw, ctx.now, current));
    const { changed, before, after } = differences(current, input);
    if (changed.length === 0) return;
    const links = LIST_FIELDS.filter((field) => changed.includes(field));
    updateContactMomentFields(ctx.db, id, input, links, stampOf(ctx));
    auditContactMoment(ctx, id, 'update', before, after);
  })();
  return rereadContactMoment(ctx, id);
}

/** Soft delete: the contact moment keeps its links and actions, so a restore brings everything back. */
export function deleteContactMoment(ctx: WriteContext, id: string, reason: string): ContactMoment {
  ctx.db.transaction(() => {
    const header = findContactMomentHeader(ctx.db, id);
    if (!header) throw notFound(id);
    if (header.deletedAt !== null) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3) throw invalid('Contact moment', [{ path: 'reason', message: 'validation.reason' }]);
    setContactMomentDeleted(ctx.db, id, { reason: trimmed }, stampOf(ctx));
    auditContactMoment(ctx, id, 'delete', undefined, { reason: trimmed });
  })();
  return rereadContactMoment(ctx, id);
}

export function restoreContactMoment(ctx: WriteContext, id: string): ContactMoment {
  ctx.db.transaction(() => {
    const header = findContactMomentHeader(ctx.db, id);
    if (!header) throw notFound(id);
    if (header.deletedAt === null) return;
    setContactMomentDeleted(ctx.db, id, null, stampOf(ctx));
    auditContactMoment(ctx, id, 'restore', { deletedAt: header.deletedAt, reason: header.deletedReason }, undefined);
  })();
  return rereadContactMoment(ctx, id);
}
