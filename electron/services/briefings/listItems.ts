import type { Db } from '../../../db/connection';
import { findBriefing, findBriefingExport } from '../../../db/repositories/briefings';
import type { BriefingExport, BriefingKind } from '../../../shared/domain/briefing';
import { AppError } from '../../../shared/errors';
import type { BriefingListItem } from '../../../shared/contract/briefingChannels';
import { getBriefing, listBriefings } from './reads';

/**
 * What the app's notes list and its downloads need beyond the core reads:
 * who each note is addressed to, and one export with the note it belongs to.
 */

function recipientOf(draftJson: string | undefined): string {
  if (!draftJson) return '';
  const draft = JSON.parse(draftJson) as { recipient?: unknown };
  return typeof draft.recipient === 'string' ? draft.recipient : '';
}

/** The notes list with each note's recipient ('' = the house style's default). A few hundred notes: one indexed look-up each. */
export function listBriefingItems(db: Db, options: { includeDeleted?: boolean } = {}): BriefingListItem[] {
  return listBriefings(db, options).map((row) => {
    const stored = findBriefing(db, row.id);
    return { ...row, recipient: recipientOf(stored?.draftJson), deletedAt: stored?.deletedAt ?? null };
  });
}

/** One exported version and the note's reference and kind (for a file name that names no person). */
export function getBriefingExport(db: Db, exportId: string): { export: BriefingExport; reference: string; kind: BriefingKind } {
  const found = findBriefingExport(db, exportId);
  if (!found) throw new AppError('NOT_FOUND', `No briefing export with id ${exportId}`);
  const briefing = getBriefing(db, found.briefingId);
  return { export: found, reference: briefing.reference, kind: briefing.kind };
}
