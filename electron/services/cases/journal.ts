import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/connection';
import { findCaseHeader } from '../../../db/repositories/cases';
import { findJournalEntry, insertJournalEntry, listJournalEntries } from '../../../db/repositories/journal';
import { journalEntryInputSchema, type JournalEntry, type JournalEntryInput } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import { invalid, parseOrThrow, todayInNetherlands } from '../validation';

/**
 * A dated note on a live case, written by the adviser at work. The note is a
 * record of its own (entity 'journal'); the case keeps its version, so a note
 * never conflicts with someone editing the case form.
 */
export function addJournalEntry(ctx: WriteContext, raw: JournalEntryInput): JournalEntry {
  const entry = parseOrThrow(journalEntryInputSchema, raw, 'Journal entry');
  const id = randomUUID();
  ctx.db.transaction(() => {
    if (entry.entryOn > todayInNetherlands(ctx.now)) {
      throw invalid('Journal entry', [{ path: 'entryOn', message: 'validation.dateInFuture' }]);
    }
    const header = findCaseHeader(ctx.db, entry.caseId);
    if (!header || header.deletedAt !== null) throw new AppError('NOT_FOUND', `No case with id ${entry.caseId}`);
    insertJournalEntry(ctx.db, { id, ...entry, authorId: ctx.actor.adviserId, createdAt: ctx.now.toISOString() });
    recordChange(ctx.db, ctx.actor, { entity: 'journal', entityId: id, action: 'create', after: entry }, ctx.now);
  })();
  return findJournalEntry(ctx.db, id)!;
}

/** Newest first. */
export function listJournal(db: Db, caseId: string): JournalEntry[] {
  if (!findCaseHeader(db, caseId)) throw new AppError('NOT_FOUND', `No case with id ${caseId}`);
  return listJournalEntries(db, caseId);
}
