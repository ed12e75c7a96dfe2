import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/connection';
import {
  findCampaignVisit,
  insertCampaignVisit,
  listCampaignVisitRecords,
  setCampaignVisitDeleted,
  updateCampaignVisitFields,
  type CampaignVisitRecord,
} from '../../../db/repositories/campaignVisits';
import { findElection } from '../../../db/repositories/elections';
import { nextNumber } from '../../../db/repositories/numbers';
import type { CampaignVisit, CampaignVisitFields } from '../../../shared/domain/election';
import { AppError } from '../../../shared/errors';
import { recordChange, type Change } from '../audit';
import type { WriteContext } from '../context';
import { checkedReason, differences, numberYear, stampOf } from '../organisations/writes';
import { presentVisit } from './present';
import { CAMPAIGN_VISIT, validateCampaignVisit } from './validate';

/** Prefix of visit numbers: CB-2026-0001 ("campagnebezoek"). */
export const CAMPAIGN_VISIT_PREFIX = 'CB';

const notFound = (id: string) => new AppError('NOT_FOUND', `No campaign visit with id ${id}`);

function audit(ctx: WriteContext, id: string, action: Change['action'], before: unknown, after: unknown): void {
  recordChange(ctx.db, ctx.actor, { entity: 'campaignVisit', entityId: id, action, before, after }, ctx.now);
}

function present(db: Db, record: CampaignVisitRecord): CampaignVisit {
  const election = findElection(db, record.electionId);
  if (!election) throw new AppError('INTERNAL', `Campaign visit ${record.number} has no election`);
  return presentVisit(record, election);
}

export function getCampaignVisit(db: Db, id: string): CampaignVisit {
  const found = findCampaignVisit(db, id);
  if (!found) throw notFound(id);
  return present(db, found);
}

/** Live visits, of one election or of all, newest first. */
export function listCampaignVisits(db: Db, electionId: string | null): CampaignVisit[] {
  const elections = new Map<string, ReturnType<typeof findElection>>();
  return listCampaignVisitRecords(db, electionId).map((record) => {
    if (!elections.has(record.electionId)) elections.set(record.electionId, findElection(db, record.electionId));
    return presentVisit(record, elections.get(record.electionId)!);
  });
}

function liveVisit(ctx: WriteContext, id: string): CampaignVisitRecord {
  const found = findCampaignVisit(ctx.db, id);
  if (!found || found.deletedAt !== null) throw notFound(id);
  return found;
}

function editable(record: CampaignVisitRecord): CampaignVisitFields {
  const { electionId, visitor, government, date, place, municipalityCode, notifiedToForeignAffairsOn, notes } = record;
  return { electionId, visitor, government, date, place, municipalityCode, notifiedToForeignAffairsOn, notes };
}

export function createCampaignVisit(ctx: WriteContext, raw: unknown): CampaignVisit {
  const id = randomUUID();
  ctx.db.transaction(() => {
    const fields = validateCampaignVisit(ctx.db, raw);
    const number = nextNumber(ctx.db, CAMPAIGN_VISIT_PREFIX, numberYear(ctx));
    insertCampaignVisit(ctx.db, { ...fields, id, number }, stampOf(ctx));
    audit(ctx, id, 'create', undefined, { number, ...fields });
  })();
  return getCampaignVisit(ctx.db, id);
}

export function updateCampaignVisit(ctx: WriteContext, id: string, version: number, raw: unknown): CampaignVisit {
  ctx.db.transaction(() => {
    const fields = validateCampaignVisit(ctx.db, raw);
    const state = liveVisit(ctx, id);
    if (state.version !== version) {
      throw new AppError('CONFLICT', `Campaign visit ${state.number} was changed by someone else (version ${state.version}, not ${version})`);
    }
    const { before, after } = differences(editable(state), fields);
    if (Object.keys(after).length === 0) return;
    updateCampaignVisitFields(ctx.db, id, fields, stampOf(ctx));
    audit(ctx, id, 'update', before, after);
  })();
  return getCampaignVisit(ctx.db, id);
}

export function deleteCampaignVisit(ctx: WriteContext, id: string, reason: string): CampaignVisit {
  ctx.db.transaction(() => {
    const state = findCampaignVisit(ctx.db, id);
    if (!state) throw notFound(id);
    if (state.deletedAt !== null) return;
    const trimmed = checkedReason(CAMPAIGN_VISIT, reason);
    setCampaignVisitDeleted(ctx.db, id, trimmed, stampOf(ctx));
    audit(ctx, id, 'delete', undefined, { reason: trimmed });
  })();
  return getCampaignVisit(ctx.db, id);
}
