import type { Db } from '../../../db/connection';
import { deleteElectionLink, electionsLinkedTo, insertElectionLink, liveRecordNumber } from '../../../db/repositories/electionLinks';
import type { ElectionLinksOf } from '../../../shared/contract/electionChannels';
import { countryNameNl } from '../../../shared/domain/countries';
import type { ElectionLinkEntity } from '../../../shared/domain/election';
import { AppError } from '../../../shared/errors';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import { stampOf } from '../organisations/writes';
import { liveElection } from './writes';

export interface ElectionLinkRequest {
  electionId: string;
  entity: ElectionLinkEntity;
  id: string;
}

const ENTITY_NAMES: Record<ElectionLinkEntity, string> = { signal: 'signal', case: 'case', action: 'action' };

/**
 * Links a live signal, case or action to a live election. Audited on the
 * election (entity 'electionLink'), with the record's number, so the history
 * reads "SIG-2026-0004 gekoppeld". Linking twice changes and audits nothing.
 */
export function linkToElection(ctx: WriteContext, request: ElectionLinkRequest): { ok: true } {
  ctx.db.transaction(() => {
    const election = liveElection(ctx, request.electionId);
    const number = liveRecordNumber(ctx.db, request.entity, request.id);
    if (!number) throw new AppError('NOT_FOUND', `No live ${ENTITY_NAMES[request.entity]} with id ${request.id}`);
    if (!insertElectionLink(ctx.db, election.id, request.entity, request.id, stampOf(ctx))) return;
    recordChange(
      ctx.db,
      ctx.actor,
      { entity: 'electionLink', entityId: election.id, action: 'create', after: { entity: request.entity, id: request.id, number } },
      ctx.now,
    );
  })();
  return { ok: true };
}

/** Removes a link (whatever became of the record since); audited when there was one. */
export function unlinkFromElection(ctx: WriteContext, request: ElectionLinkRequest): { ok: true } {
  ctx.db.transaction(() => {
    const election = liveElection(ctx, request.electionId);
    const number = liveRecordNumber(ctx.db, request.entity, request.id) ?? null;
    if (!deleteElectionLink(ctx.db, election.id, request.entity, request.id)) return;
    recordChange(
      ctx.db,
      ctx.actor,
      { entity: 'electionLink', entityId: election.id, action: 'delete', before: { entity: request.entity, id: request.id, number } },
      ctx.now,
    );
  })();
  return { ok: true };
}

/** The live elections a signal, case or action is linked to. */
export function electionsOf(db: Db, entity: ElectionLinkEntity, id: string): ElectionLinksOf {
  return {
    elections: electionsLinkedTo(db, entity, id).map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      country: row.country,
      countryName: countryNameNl(row.country),
      date: row.date,
    })),
  };
}
