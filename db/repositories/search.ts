import type { SearchHit, SearchKind } from '../../shared/domain/case';
import type { SearchGroupHit } from '../../shared/domain/search';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * Global search over the FTS5 indexes of signals, cases, journal entries,
 * contact moments and follow-up actions. Each kind is ranked by bm25
 * (FTS5's `rank`) and limited on its own, so one busy kind never crowds out
 * the others. Soft-deleted rows (and journal entries of deleted cases) are
 * left out. `match` must already be a safe MATCH expression (db/ftsQuery).
 *
 * Ordering by `rank` alone lets FTS5 deliver rows in rank order, so SQLite
 * needs no sorter and computes snippet() only for the rows it returns; any
 * extra sort key would make it build a snippet for every match.
 *
 * Snippets mark matches with \u0002…\u0003 and shorten with '…'; the UI
 * turns the markers into <mark> elements without ever parsing text as HTML.
 */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';
export const SNIPPET_ELLIPSIS = '…';
const SNIPPET_TOKENS = 16;

const snippet = (table: string) => `snippet(${table}, -1, @open, @close, @ellipsis, ${SNIPPET_TOKENS})`;

const QUERIES: Record<SearchKind, string> = {
  signal: `
    SELECT 'signal' AS kind, s.id, NULL AS parentId, s.number AS reference, NULL AS date, s.title, ${snippet('signals_fts')} AS snippet
    FROM signals_fts JOIN signals s ON s.seq = signals_fts.rowid
    WHERE signals_fts MATCH @match AND s.deleted_at IS NULL
    ORDER BY signals_fts.rank
    LIMIT @limit`,
  case: `
    SELECT 'case' AS kind, c.id, NULL AS parentId, c.number AS reference, NULL AS date, c.title, ${snippet('cases_fts')} AS snippet
    FROM cases_fts JOIN cases c ON c.seq = cases_fts.rowid
    WHERE cases_fts MATCH @match AND c.deleted_at IS NULL
    ORDER BY cases_fts.rank
    LIMIT @limit`,
  // A journal hit is shown as its case and the day of the note.
  journal: `
    SELECT 'journal' AS kind, j.id, c.id AS parentId, c.number AS reference, j.entry_on AS date, c.title,
      ${snippet('journal_fts')} AS snippet
    FROM journal_fts JOIN journal_entries j ON j.seq = journal_fts.rowid JOIN cases c ON c.id = j.case_id
    WHERE journal_fts MATCH @match AND j.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY journal_fts.rank
    LIMIT @limit`,
  contactMoment: `
    SELECT 'contactMoment' AS kind, m.id, NULL AS parentId, m.number AS reference, m.held_on AS date, m.subject AS title,
      ${snippet('contact_moments_fts')} AS snippet
    FROM contact_moments_fts JOIN contact_moments m ON m.seq = contact_moments_fts.rowid
    WHERE contact_moments_fts MATCH @match AND m.deleted_at IS NULL
    ORDER BY contact_moments_fts.rank
    LIMIT @limit`,
  // An action's title is its description, cut to one line's worth.
  action: `
    SELECT 'action' AS kind, f.id, NULL AS parentId, f.number AS reference, NULL AS date, substr(f.description, 1, 200) AS title,
      ${snippet('follow_up_actions_fts')} AS snippet
    FROM follow_up_actions_fts JOIN follow_up_actions f ON f.seq = follow_up_actions_fts.rowid
    WHERE follow_up_actions_fts MATCH @match AND f.deleted_at IS NULL
    ORDER BY follow_up_actions_fts.rank
    LIMIT @limit`,
};

/** The hits of one kind with their date apart (the grouped search formats it). */
export function searchKindHits(db: Db, kind: SearchKind, match: string, limit: number): SearchGroupHit[] {
  return statement(db, QUERIES[kind]).all({
    match,
    limit,
    open: SNIPPET_OPEN,
    close: SNIPPET_CLOSE,
    ellipsis: SNIPPET_ELLIPSIS,
  }) as SearchGroupHit[];
}

/** The hits of one kind as search.global has always given them: the day in the reference ("CAS-2026-0001 · 2026-03-10"). */
export function searchKind(db: Db, kind: SearchKind, match: string, limit: number): SearchHit[] {
  return searchKindHits(db, kind, match, limit).map(({ date, ...hit }) => ({
    ...hit,
    kind,
    reference: date ? `${hit.reference} · ${date}` : hit.reference,
  }));
}

/**
 * How many live records of a kind match, counted up to `cap` + 1: the same
 * set the kind's list shows with this text (its text filter is the same FTS
 * match on live rows). A common word matches tens of thousands of signals;
 * counting them all would cost more than finding the first hits.
 */
const COUNTS: Record<SearchKind, string> = {
  signal: `SELECT count(*) AS n FROM signals_fts JOIN signals s ON s.seq = signals_fts.rowid
    WHERE signals_fts MATCH @match AND s.deleted_at IS NULL`,
  case: `SELECT count(*) AS n FROM cases_fts JOIN cases c ON c.seq = cases_fts.rowid
    WHERE cases_fts MATCH @match AND c.deleted_at IS NULL`,
  journal: `SELECT count(*) AS n FROM journal_fts JOIN journal_entries j ON j.seq = journal_fts.rowid JOIN cases c ON c.id = j.case_id
    WHERE journal_fts MATCH @match AND j.deleted_at IS NULL AND c.deleted_at IS NULL`,
  contactMoment: `SELECT count(*) AS n FROM contact_moments_fts JOIN contact_moments m ON m.seq = contact_moments_fts.rowid
    WHERE contact_moments_fts MATCH @match AND m.deleted_at IS NULL`,
  action: `SELECT count(*) AS n FROM follow_up_actions_fts JOIN follow_up_actions f ON f.seq = follow_up_actions_fts.rowid
    WHERE follow_up_actions_fts MATCH @match AND f.deleted_at IS NULL`,
};

export function countKind(db: Db, kind: SearchKind, match: string, cap: number): number {
  const capped = COUNTS[kind].replace('SELECT count(*) AS n FROM', 'SELECT 1 FROM');
  return (statement(db, `SELECT count(*) AS n FROM (${capped} LIMIT @limit)`).get({ match, limit: cap + 1 }) as { n: number }).n;
}

/**
 * Notes (briefings) by reference or subject, live ones, newest change first.
 * A few hundred notes at most: a LIKE that folds ASCII case is enough, and
 * its pattern is bound (`containsPattern`), never part of the SQL.
 */
export function searchBriefings(db: Db, pattern: string, limit: number): { hits: SearchGroupHit[]; total: number } {
  const where = `WHERE deleted_at IS NULL AND (reference LIKE @pattern ESCAPE '\\' OR subject LIKE @pattern ESCAPE '\\')`;
  const total = (statement(db, `SELECT count(*) AS n FROM briefings ${where}`).get({ pattern }) as { n: number }).n;
  const hits = statement(
    db,
    `SELECT 'briefing' AS kind, id, NULL AS parentId, reference, subject AS title, '' AS snippet, substr(updated_at, 1, 10) AS date
     FROM briefings ${where} ORDER BY updated_at DESC, reference LIMIT @limit`,
  ).all({ pattern, limit }) as SearchGroupHit[];
  return { hits, total };
}
