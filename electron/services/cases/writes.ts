import { randomUUID } from 'node:crypto';
import { findSignalLinks } from '../../../db/repositories/caseSignals';
import {
  findCase,
  findCaseHeader,
  findCaseState,
  insertCase,
  setCaseDeleted,
  updateCaseFields,
  type CaseState,
} from '../../../db/repositories/cases';
import { nextNumber } from '../../../db/repositories/numbers';
import type { Case, CaseInput } from '../../../shared/domain/case';
import type { Signal } from '../../../shared/domain/signal';
import { AppError } from '../../../shared/errors';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import { getSignal } from '../signals/reads';
import { checkKnown, invalid, todayInNetherlands, type Issue } from '../validation';
import { moveSignals, recordSignalsAdded, stampOf } from './links';
import { canonicalCodes, liveSignals, validateCaseChanges, validateNewCase } from './validate';

const notFound = (id: string) => new AppError('NOT_FOUND', `No case with id ${id}`);

/** Re-reads the case after a write; it exists, the write just touched it. */
function reread(ctx: WriteContext, id: string): Case {
  const found = findCase(ctx.db, id);
  if (!found) throw notFound(id);
  return found;
}

/** Writes go to live cases only; a deleted case must be restored first. */
function liveCase(ctx: WriteContext, id: string): CaseState {
  const state = findCaseState(ctx.db, id);
  if (!state || state.deletedAt !== null) throw notFound(id);
  return state;
}

function canonical(input: CaseInput): CaseInput {
  return { ...input, municipalities: canonicalCodes(input.municipalities), themes: canonicalCodes(input.themes) };
}

export function createCase(ctx: WriteContext, raw: CaseInput & { signalIds: string[] }): Case {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const { input, signals } = validateNewCase(ctx.db, raw);
    const { signalIds: _signalIds, ...fields } = input;
    // The owner is whoever opens the case, unless the form names someone else.
    const record = canonical({ ...fields, ownerId: fields.ownerId ?? ctx.actor.adviserId });
    const number = nextNumber(ctx.db, 'CAS', Number(todayInNetherlands(ctx.now).slice(0, 4)));
    insertCase(ctx.db, { ...record, id, number, createdAt: ctx.now.toISOString(), updatedBy: ctx.actor.adviserId });
    const added = moveSignals(ctx, signals, id);
    const after = added.length > 0 ? { number, ...record, addedSignals: added } : { number, ...record };
    recordChange(ctx.db, ctx.actor, { entity: 'case', entityId: id, action: 'create', after }, ctx.now);
  })();
  return reread(ctx, id);
}

/** Only the fields that changed, as before/after images for the audit log. */
function differences(before: CaseInput, after: CaseInput): { before: Partial<CaseInput>; after: Partial<CaseInput> } {
  const changed = (Object.keys(after) as (keyof CaseInput)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}

/**
 * Saves the case form. A status change is its own audit entry (action
 * 'status'), so the timeline can show it; the other changed fields form one
 * 'update' entry. Saving without changes writes nothing.
 */
export function updateCase(ctx: WriteContext, id: string, version: number, raw: CaseInput): Case {
  ctx.db.transaction(() => {
    const input = canonical(validateCaseChanges(ctx.db, raw));
    const state = liveCase(ctx, id);
    if (state.version !== version) {
      throw new AppError('CONFLICT', `Case ${state.number} was changed by someone else (version ${state.version}, not ${version})`);
    }
    const { id: _id, number: _number, version: _version, deletedAt: _deletedAt, ...current } = state;
    const { before, after } = differences(current, input);
    const { status: statusBefore, ...otherBefore } = before;
    const { status: statusAfter, ...otherAfter } = after;
    if (Object.keys(after).length === 0) return;
    updateCaseFields(ctx.db, id, input, stampOf(ctx));
    if (Object.keys(otherAfter).length > 0) {
      recordChange(ctx.db, ctx.actor, { entity: 'case', entityId: id, action: 'update', before: otherBefore, after: otherAfter }, ctx.now);
    }
    if (statusAfter !== undefined) {
      recordChange(
        ctx.db,
        ctx.actor,
        { entity: 'case', entityId: id, action: 'status', before: { status: statusBefore }, after: { status: statusAfter } },
        ctx.now,
      );
    }
  })();
  return reread(ctx, id);
}

export function addSignalsToCase(ctx: WriteContext, caseId: string, signalIds: string[]): Case {
  ctx.db.transaction(() => {
    liveCase(ctx, caseId);
    const issues: Issue[] = [];
    const signals = liveSignals(ctx.db, signalIds, issues, 'signalIds');
    if (issues.length > 0) throw invalid('Case', issues);
    recordSignalsAdded(ctx, caseId, moveSignals(ctx, signals, caseId));
  })();
  return reread(ctx, caseId);
}

export function removeSignalFromCase(ctx: WriteContext, caseId: string, signalId: string): Case {
  ctx.db.transaction(() => {
    const state = liveCase(ctx, caseId);
    const [signal] = findSignalLinks(ctx.db, [signalId]);
    if (!signal || signal.caseId !== caseId) {
      throw new AppError('NOT_FOUND', `Signal ${signal?.number ?? signalId} is not linked to case ${state.number}`);
    }
    moveSignals(ctx, [signal], null);
  })();
  return reread(ctx, caseId);
}

/** Links a signal to a case (or unlinks it with null), from the signal's side. */
export function linkSignalToCase(ctx: WriteContext, signalId: string, caseId: string | null): Signal {
  ctx.db.transaction(() => {
    const [signal] = findSignalLinks(ctx.db, [signalId]);
    if (!signal || signal.deletedAt !== null) throw new AppError('NOT_FOUND', `No signal with id ${signalId}`);
    const issues: Issue[] = [];
    if (caseId !== null) checkKnown(ctx.db, issues, 'caseId', 'case', [caseId]);
    if (issues.length > 0) throw invalid('Signal', issues);
    const moved = moveSignals(ctx, [signal], caseId);
    if (caseId !== null) recordSignalsAdded(ctx, caseId, moved);
  })();
  return getSignal(ctx.db, signalId);
}

/** Soft delete: the case keeps its links, so a restore brings everything back. Deleting twice changes nothing. */
export function deleteCase(ctx: WriteContext, id: string, reason: string): Case {
  ctx.db.transaction(() => {
    const header = findCaseHeader(ctx.db, id);
    if (!header) throw notFound(id);
    if (header.deletedAt !== null) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3) throw invalid('Case', [{ path: 'reason', message: 'validation.reason' }]);
    setCaseDeleted(ctx.db, id, { reason: trimmed }, stampOf(ctx));
    recordChange(ctx.db, ctx.actor, { entity: 'case', entityId: id, action: 'delete', after: { reason: trimmed } }, ctx.now);
  })();
  return reread(ctx, id);
}

export function restoreCase(ctx: WriteContext, id: string): Case {
  ctx.db.transaction(() => {
    const header = findCaseHeader(ctx.db, id);
    if (!header) throw notFound(id);
    if (header.deletedAt === null) return;
    setCaseDeleted(ctx.db, id, null, stampOf(ctx));
    recordChange(ctx.db, ctx.actor, { entity: 'case', entityId: id, action: 'restore', before: { deletedAt: header.deletedAt } }, ctx.now);
  })();
  return reread(ctx, id);
}
