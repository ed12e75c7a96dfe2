import { randomUUID } from 'node:crypto';
import { nextNumber } from '../../../db/repositories/numbers';
import {
  findElection,
  insertElection,
  setElectionDeleted,
  updateElectionFields,
  type ElectionRecord,
} from '../../../db/repositories/elections';
import type { Election, ElectionFields } from '../../../shared/domain/election';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';
import { checkedReason, differences, numberYear, stampOf } from '../organisations/writes';
import { todayInNetherlands } from '../validation';
import { presentElection } from './present';
import { ELECTION, validateElection } from './validate';

/** Prefix of election numbers: VK-2026-0001 ("verkiezing"). */
export const ELECTION_PREFIX = 'VK';

const notFound = (id: string) => new AppError('NOT_FOUND', `No election with id ${id}`);

function audit(ctx: WriteContext, id: string, action: Change['action'], before: unknown, after: unknown): void {
  recordChange(ctx.db, ctx.actor, { entity: 'election', entityId: id, action, before, after }, ctx.now);
}

export function liveElection(ctx: { db: WriteContext['db'] }, id: string): ElectionRecord {
  const found = findElection(ctx.db, id);
  if (!found || found.deletedAt !== null) throw notFound(id);
  return found;
}

function reread(ctx: WriteContext, id: string): Election {
  const found = findElection(ctx.db, id);
  if (!found) throw notFound(id);
  return presentElection(found, todayInNetherlands(ctx.now));
}

function editable(record: ElectionRecord): ElectionFields {
  const { country, kind, round, date, precision, status, title, votingFrom, votingTo, votingPlaces, source, verifiedOn, notes } = record;
  return { country, kind, round, date, precision, status, title, votingFrom, votingTo, votingPlaces, source, verifiedOn, notes };
}

export function createElection(ctx: WriteContext, raw: unknown): Election {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const fields = validateElection(ctx.db, raw, todayInNetherlands(ctx.now));
    const number = nextNumber(ctx.db, ELECTION_PREFIX, numberYear(ctx));
    insertElection(ctx.db, { ...fields, id, number }, stampOf(ctx));
    audit(ctx, id, 'create', undefined, { number, ...fields });
  })();
  return reread(ctx, id);
}

/** Saves the form against the version it was loaded at; only changed fields are audited. */
export function updateElection(ctx: WriteContext, id: string, version: number, raw: unknown): Election {
  ctx.db.transaction(() => {
    const fields = validateElection(ctx.db, raw, todayInNetherlands(ctx.now));
    const state = liveElection(ctx, id);
    if (state.version !== version) {
      throw new AppError('CONFLICT', `Election ${state.number} was changed by someone else (version ${state.version}, not ${version})`);
    }
    const { before, after } = differences(editable(state), fields);
    if (Object.keys(after).length === 0) return;
    updateElectionFields(ctx.db, id, fields, stampOf(ctx));
    audit(ctx, id, 'update', before, after);
  })();
  return reread(ctx, id);
}

/** Tombstone: the election leaves the register, its visits and links with it (they stay stored). */
export function deleteElection(ctx: WriteContext, id: string, reason: string): Election {
  ctx.db.transaction(() => {
    const state = findElection(ctx.db, id);
    if (!state) throw notFound(id);
    if (state.deletedAt !== null) return;
    const trimmed = checkedReason(ELECTION, reason);
    setElectionDeleted(ctx.db, id, trimmed, stampOf(ctx));
    audit(ctx, id, 'delete', undefined, { reason: trimmed });
  })();
  return reread(ctx, id);
}
