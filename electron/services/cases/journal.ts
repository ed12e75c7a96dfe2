import type { Db } from '../../../db/connection';
import type { JournalEntry, JournalEntryInput } from '../../../shared/domain/case';
import type { WriteContext } from '../context';
import { notImplemented } from '../notImplemented';

export function addJournalEntry(_ctx: WriteContext, _entry: JournalEntryInput): JournalEntry {
  return notImplemented('addJournalEntry');
}
export function listJournal(_db: Db, _caseId: string): JournalEntry[] {
  return notImplemented('listJournal');
}
