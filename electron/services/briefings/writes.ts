import { randomUUID } from 'node:crypto';
import {
  briefingReferenceTaken,
  findBriefing,
  insertBriefing,
  nextBriefingSequence,
  setBriefingDeleted,
  updateBriefingRow,
  type BriefingRow,
  type Stamp,
} from '../../../db/repositories/briefings';
import {
  BRIEFING_SECTIONS,
  BRIEFING_STATUS_STEPS,
  BRIEFING_STATUSES,
  formatReference,
  type Briefing,
  type BriefingDraft,
  type BriefingStatus,
} from '../../../shared/domain/briefing';
import { AppError } from '../../../shared/errors';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import { invalid, todayInNetherlands } from '../validation';
import { gatherBriefing } from './gather';
import { getHouseStyle } from './houseStyle';
import { getBriefing } from './reads';
import { chooseClassification, validateDraft } from './validate';

/**
 * Drafts of briefing notes: create, save, status, delete and restore. Every
 * write is audited (entity 'briefing') in its own transaction; a draft whose
 * classification is lower than its content needs a reason, which the audit
 * entry then holds.
 */

const stampOf = (ctx: WriteContext): Stamp => ({ at: ctx.now.toISOString(), by: ctx.actor.adviserId });

export const briefingNotFound = (id: string) => new AppError('NOT_FOUND', `No briefing with id ${id}`);

/** The next free reference for the house style's pattern, e.g. ESS-2026-0001. */
export function allocateReference(ctx: WriteContext, pattern: string): string {
  const hasYear = /\{jj(jj)?\}/.test(pattern);
  const year = Number(todayInNetherlands(ctx.now).slice(0, 4));
  // A pattern without a year keeps one sequence for ever; a changed pattern may meet an old number, so skip taken ones.
  for (;;) {
    const reference = formatReference(pattern, year, nextBriefingSequence(ctx.db, hasYear ? year : 0));
    if (!briefingReferenceTaken(ctx.db, reference)) return reference;
  }
}

/** Validates a draft against the case file and its content's classification. */
export function checkedDraft(ctx: WriteContext, raw: unknown): { draft: BriefingDraft; classification: Briefing['classification'] } {
  const draft = validateDraft(ctx.db, raw, getHouseStyle(ctx.db));
  const { classification } = chooseClassification(draft, gatherBriefing(ctx.db, draft).contentClassification);
  return { draft, classification };
}

export function createBriefing(ctx: WriteContext, raw: unknown): Briefing {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const { draft, classification } = checkedDraft(ctx, raw);
    const reference = allocateReference(ctx, getHouseStyle(ctx.db).referencePattern);
    insertBriefing(
      ctx.db,
      { id, reference, kind: draft.kind, status: 'concept', subject: draft.subject, draftJson: JSON.stringify(draft), classification },
      stampOf(ctx),
    );
    recordChange(
      ctx.db,
      ctx.actor,
      { entity: 'briefing', entityId: id, action: 'create', after: { reference, status: 'concept', classification, ...flatDraft(draft) } },
      ctx.now,
    );
  })();
  return getBriefing(ctx.db, id);
}

/** Sections flattened to top-level fields, so a history shows "Aanleiding" changed, not "sections". */
function flatDraft(draft: BriefingDraft): Record<string, unknown> {
  const { sections, ...rest } = draft;
  return { ...rest, ...Object.fromEntries(BRIEFING_SECTIONS.map((key) => [key, sections[key]])) };
}

function differences(before: BriefingDraft, after: BriefingDraft): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was = flatDraft(before);
  const is = flatDraft(after);
  const changed = Object.keys(is).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(is[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, was[key]])),
    after: Object.fromEntries(changed.map((key) => [key, is[key]])),
  };
}

function liveBriefing(ctx: WriteContext, id: string, version: number | null): BriefingRow {
  const row = findBriefing(ctx.db, id);
  if (!row || row.deletedAt !== null) throw briefingNotFound(id);
  if (version !== null && row.version !== version) {
    throw new AppError('CONFLICT', `Briefing ${row.reference} was changed by someone else (version ${row.version}, not ${version})`);
  }
  return row;
}

/** Saves the composer's draft. A sent note is final. Saving without changes writes nothing. */
export function updateBriefing(ctx: WriteContext, id: string, version: number, raw: unknown): Briefing {
  ctx.db.transaction(() => {
    const row = liveBriefing(ctx, id, version);
    if (row.status === 'verzonden') throw invalid('Briefing', [{ path: 'status', message: 'briefing.validation.sentIsFinal' }]);
    const { draft, classification } = checkedDraft(ctx, raw);
    const current = getBriefing(ctx.db, id).draft;
    const { before, after } = differences(current, draft);
    if (Object.keys(after).length === 0 && classification === row.classification) return;
    updateBriefingRow(ctx.db, id, { kind: draft.kind, status: row.status, subject: draft.subject, draftJson: JSON.stringify(draft), classification }, stampOf(ctx));
    if (classification !== row.classification) {
      before.classificationApplied = row.classification;
      after.classificationApplied = classification;
    }
    recordChange(ctx.db, ctx.actor, { entity: 'briefing', entityId: id, action: 'update', before, after }, ctx.now);
  })();
  return getBriefing(ctx.db, id);
}

/** concept → ter parafering → verzonden (or back to concept); only an exported note can be sent. */
export function setBriefingStatus(ctx: WriteContext, id: string, version: number, status: BriefingStatus): Briefing {
  if (!BRIEFING_STATUSES.includes(status)) throw invalid('Briefing', [{ path: 'status', message: 'validation.status' }]);
  ctx.db.transaction(() => {
    const row = liveBriefing(ctx, id, version);
    if (row.status === status) return;
    if (!BRIEFING_STATUS_STEPS[row.status].includes(status)) {
      throw invalid('Briefing', [{ path: 'status', message: 'briefing.validation.statusStep', detail: `${row.status} → ${status}` }]);
    }
    if (status === 'verzonden' && row.exportCount === 0) throw invalid('Briefing', [{ path: 'status', message: 'briefing.validation.exportFirst' }]);
    const draft = getBriefing(ctx.db, id).draft;
    updateBriefingRow(ctx.db, id, { kind: row.kind, status, subject: row.subject, draftJson: JSON.stringify(draft), classification: row.classification }, stampOf(ctx));
    recordChange(ctx.db, ctx.actor, { entity: 'briefing', entityId: id, action: 'status', before: { status: row.status }, after: { status } }, ctx.now);
  })();
  return getBriefing(ctx.db, id);
}

/** Soft delete with a reason; the exports stay in the case file. Deleting twice changes nothing. */
export function deleteBriefing(ctx: WriteContext, id: string, reason: string): Briefing {
  ctx.db.transaction(() => {
    const row = findBriefing(ctx.db, id);
    if (!row) throw briefingNotFound(id);
    if (row.deletedAt !== null) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3) throw invalid('Briefing', [{ path: 'reason', message: 'validation.reason' }]);
    setBriefingDeleted(ctx.db, id, trimmed, stampOf(ctx));
    recordChange(ctx.db, ctx.actor, { entity: 'briefing', entityId: id, action: 'delete', after: { reason: trimmed } }, ctx.now);
  })();
  return getBriefing(ctx.db, id);
}

export function restoreBriefing(ctx: WriteContext, id: string): Briefing {
  ctx.db.transaction(() => {
    const row = findBriefing(ctx.db, id);
    if (!row) throw briefingNotFound(id);
    if (row.deletedAt === null) return;
    setBriefingDeleted(ctx.db, id, null, stampOf(ctx));
    recordChange(ctx.db, ctx.actor, { entity: 'briefing', entityId: id, action: 'restore', before: { deletedAt: row.deletedAt } }, ctx.now);
  })();
  return getBriefing(ctx.db, id);
}
