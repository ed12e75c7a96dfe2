import type { JournalEntry } from '../../shared/domain/case';
import type { Db } from '../connection';
import { statement } from '../statements';

export interface NewJournalEntry {
  id: string;
  caseId: string;
  entryOn: string;
  text: string;
  authorId: string | null;
  createdAt: string;
}

const COLUMNS = `j.id, j.case_id AS caseId, j.entry_on AS entryOn, j.text, a.name AS authorName, j.created_at AS createdAt
  FROM journal_entries j LEFT JOIN advisers a ON a.id = j.author_id`;

export function insertJournalEntry(db: Db, entry: NewJournalEntry): void {
  statement(
    db,
    `INSERT INTO journal_entries (id, case_id, entry_on, text, author_id, created_at, updated_at, updated_by, version)
     VALUES (@id, @caseId, @entryOn, @text, @authorId, @createdAt, @createdAt, @authorId, 1)`,
  ).run(entry);
}

export function findJournalEntry(db: Db, id: string): JournalEntry | undefined {
  return statement(db, `SELECT ${COLUMNS} WHERE j.id = ?`).get(id) as JournalEntry | undefined;
}

/** Newest first; entries written on the same day keep the order they were written in, newest on top. */
export function listJournalEntries(db: Db, caseId: string): JournalEntry[] {
  return statement(
    db,
    `SELECT ${COLUMNS} WHERE j.case_id = ? AND j.deleted_at IS NULL ORDER BY j.entry_on DESC, j.seq DESC`,
  ).all(caseId) as JournalEntry[];
}
