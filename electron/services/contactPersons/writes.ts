import { randomUUID } from 'node:crypto';
import {
  findContactPerson,
  findContactPersonState,
  insertContactPerson,
  setContactPersonDeleted,
  updateContactPersonFields,
  type ContactPersonState,
} from '../../../db/repositories/contactPersons';
import { nextNumber } from '../../../db/repositories/numbers';
import type { ContactPerson, ContactPersonInput } from '../../../shared/domain/contactPerson';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';
import { checkedReason, differences, numberYear, stampOf } from '../organisations/writes';
import { CONTACT_PERSON, validateContactPerson } from './validate';

export const personNotFound = (id: string) => new AppError('NOT_FOUND', `No contact person with id ${id}`);

export function auditPerson(ctx: WriteContext, id: string, action: Change['action'], before: unknown, after: unknown): void {
  recordChange(ctx.db, ctx.actor, { entity: 'contactPerson', entityId: id, action, before, after }, ctx.now);
}

function reread(ctx: WriteContext, id: string): ContactPerson {
  const found = findContactPerson(ctx.db, id);
  if (!found) throw personNotFound(id);
  return found;
}

export function personStateOf(ctx: WriteContext, id: string): ContactPersonState {
  const state = findContactPersonState(ctx.db, id);
  if (!state) throw personNotFound(id);
  return state;
}

function editable(state: ContactPersonState): ContactPersonInput {
  const { id: _id, number: _number, version: _version, deletedAt: _deletedAt, ...input } = state;
  return input;
}

export function createContactPerson(ctx: WriteContext, raw: ContactPersonInput): ContactPerson {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const input = validateContactPerson(ctx.db, raw);
    const number = nextNumber(ctx.db, 'PER', numberYear(ctx));
    insertContactPerson(ctx.db, { ...input, id, number }, stampOf(ctx));
    auditPerson(ctx, id, 'create', undefined, { number, ...input });
  })();
  return reread(ctx, id);
}

/** Saves the form; only changed fields are recorded, and saving without changes writes nothing. */
export function updateContactPerson(ctx: WriteContext, id: string, version: number, raw: ContactPersonInput): ContactPerson {
  ctx.db.transaction(() => {
    const state = personStateOf(ctx, id);
    const input = validateContactPerson(ctx.db, raw, state.organisationId);
    if (state.deletedAt !== null) throw personNotFound(id);
    if (state.version !== version) {
      throw new AppError(
        'CONFLICT',
        `Contact person ${state.number} was changed by someone else (version ${state.version}, not ${version})`,
      );
    }
    const { before, after } = differences(editable(state), input);
    if (Object.keys(after).length === 0) return;
    updateContactPersonFields(ctx.db, id, input, stampOf(ctx));
    auditPerson(ctx, id, 'update', before, after);
  })();
  return reread(ctx, id);
}

/** Soft delete: the person leaves lists and pickers but can be restored; for good, use erasure. */
export function deleteContactPerson(ctx: WriteContext, id: string, reason: string): ContactPerson {
  ctx.db.transaction(() => {
    const state = personStateOf(ctx, id);
    if (state.deletedAt !== null) return;
    const trimmed = checkedReason(CONTACT_PERSON, reason);
    setContactPersonDeleted(ctx.db, id, { reason: trimmed }, stampOf(ctx));
    auditPerson(ctx, id, 'delete', undefined, { reason: trimmed });
  })();
  return reread(ctx, id);
}

export function restoreContactPerson(ctx: WriteContext, id: string): ContactPerson {
  ctx.db.transaction(() => {
    const state = personStateOf(ctx, id);
    if (state.deletedAt === null) return;
    setContactPersonDeleted(ctx.db, id, null, stampOf(ctx));
    auditPerson(ctx, id, 'restore', { deletedAt: state.deletedAt }, undefined);
  })();
  return reread(ctx, id);
}
