import { randomUUID } from 'node:crypto';
import type { Stamp } from '../../../db/repositories/cases';
import { nextNumber } from '../../../db/repositories/numbers';
import {
  findOrganisation,
  findOrganisationState,
  insertOrganisation,
  setOrganisationDeleted,
  updateOrganisationFields,
  type OrganisationState,
} from '../../../db/repositories/organisations';
import type { Organisation, OrganisationInput } from '../../../shared/domain/organisation';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';
import { invalid, todayInNetherlands } from '../validation';
import { ORGANISATION, validateOrganisation } from './validate';

export const stampOf = (ctx: WriteContext): Stamp => ({ at: ctx.now.toISOString(), by: ctx.actor.adviserId });

/** The year of a new human number: the Dutch calendar year at the moment of creation. */
export const numberYear = (ctx: WriteContext): number => Number(todayInNetherlands(ctx.now).slice(0, 4));

/** Only the fields that changed, as before/after images for the audit log. */
export function differences<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const changed = (Object.keys(after) as (keyof T)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])) as Partial<T>,
    after: Object.fromEntries(changed.map((key) => [key, after[key]])) as Partial<T>,
  };
}

/** A deletion must say why (as for signals and cases); the reason lands in the audit log. */
export function checkedReason(what: string, reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw invalid(what, [{ path: 'reason', message: 'validation.reason' }]);
  return trimmed;
}

const notFound = (id: string) => new AppError('NOT_FOUND', `No organisation with id ${id}`);

function audit(ctx: WriteContext, id: string, action: Change['action'], before: unknown, after: unknown): void {
  recordChange(ctx.db, ctx.actor, { entity: 'organisation', entityId: id, action, before, after }, ctx.now);
}

function reread(ctx: WriteContext, id: string): Organisation {
  const found = findOrganisation(ctx.db, id);
  if (!found) throw notFound(id);
  return found;
}

function stateOf(ctx: WriteContext, id: string): OrganisationState {
  const state = findOrganisationState(ctx.db, id);
  if (!state) throw notFound(id);
  return state;
}

function editable({ name, type, municipalities, notes }: OrganisationState): OrganisationInput {
  return { name, type, municipalities, notes };
}

export function createOrganisation(ctx: WriteContext, raw: OrganisationInput): Organisation {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const input = validateOrganisation(ctx.db, raw);
    const number = nextNumber(ctx.db, 'ORG', numberYear(ctx));
    insertOrganisation(ctx.db, { ...input, id, number }, stampOf(ctx));
    audit(ctx, id, 'create', undefined, { number, ...input });
  })();
  return reread(ctx, id);
}

/** Saves the form; only changed fields are recorded, and saving without changes writes nothing. */
export function updateOrganisation(ctx: WriteContext, id: string, version: number, raw: OrganisationInput): Organisation {
  ctx.db.transaction(() => {
    const input = validateOrganisation(ctx.db, raw);
    const state = stateOf(ctx, id);
    if (state.deletedAt !== null) throw notFound(id);
    if (state.version !== version) {
      throw new AppError(
        'CONFLICT',
        `Organisation ${state.number} was changed by someone else (version ${state.version}, not ${version})`,
      );
    }
    const { before, after } = differences(editable(state), input);
    if (Object.keys(after).length === 0) return;
    updateOrganisationFields(ctx.db, id, input, stampOf(ctx));
    audit(ctx, id, 'update', before, after);
  })();
  return reread(ctx, id);
}

/**
 * Soft delete. Its contact persons keep their link (their page shows the
 * organisation as deleted), so a restore brings the whole picture back and
 * nothing about the persons changes behind the adviser's back.
 */
export function deleteOrganisation(ctx: WriteContext, id: string, reason: string): Organisation {
  ctx.db.transaction(() => {
    const state = stateOf(ctx, id);
    if (state.deletedAt !== null) return;
    const trimmed = checkedReason(ORGANISATION, reason);
    setOrganisationDeleted(ctx.db, id, { reason: trimmed }, stampOf(ctx));
    audit(ctx, id, 'delete', undefined, { reason: trimmed });
  })();
  return reread(ctx, id);
}

export function restoreOrganisation(ctx: WriteContext, id: string): Organisation {
  ctx.db.transaction(() => {
    const state = stateOf(ctx, id);
    if (state.deletedAt === null) return;
    setOrganisationDeleted(ctx.db, id, null, stampOf(ctx));
    audit(ctx, id, 'restore', { deletedAt: state.deletedAt }, undefined);
  })();
  return reread(ctx, id);
}
