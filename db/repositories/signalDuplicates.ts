import type { Db } from '../connection';
import { statement } from '../statements';

export interface DuplicateRow {
  id: string;
  number: string;
  title: string;
  observedOn: string;
}

/**
 * Live signals about the same place and theme observed within `days` of a
 * date, nearest in time first. The links are uncorrelated IN subqueries, so
 * SQLite can start from the municipality's few signals (signal_municipalities_code)
 * instead of probing every signal in the date window.
 */
export function signalsNearInPlaceAndTheme(
  db: Db,
  probe: { observedOn: string; municipalities: readonly string[]; themes: readonly string[]; excludeId: string | null; days: number },
  limit: number,
): DuplicateRow[] {
  return statement(
    db,
    `SELECT s.id, s.number, s.title, s.observed_on AS observedOn
     FROM signals s
     WHERE s.id IN (SELECT signal_id FROM signal_municipalities WHERE municipality_code IN (SELECT value FROM json_each(?)))
       AND s.id IN (SELECT signal_id FROM signal_themes WHERE theme_code IN (SELECT value FROM json_each(?)))
       AND s.observed_on BETWEEN date(?, '-' || ? || ' days') AND date(?, '+' || ? || ' days')
       AND s.deleted_at IS NULL AND s.id IS NOT ?
     ORDER BY abs(julianday(s.observed_on) - julianday(?)), s.seq DESC
     LIMIT ?`,
  ).all(
    JSON.stringify(probe.municipalities),
    JSON.stringify(probe.themes),
    probe.observedOn,
    probe.days,
    probe.observedOn,
    probe.days,
    probe.excludeId,
    probe.observedOn,
    limit,
  ) as DuplicateRow[];
}

const withVocabulary = new WeakSet<Db>();

/**
 * How many indexed signals contain each term (exact, as the tokenizer stored
 * it: lowercase, diacritics folded, see indexTerm); terms the index lacks are absent.
 * Reads FTS5's own statistics through an fts5vocab table in the connection's
 * temp schema: nothing is added to the case file.
 */
export function termDocumentCounts(db: Db, terms: readonly string[]): Map<string, number> {
  if (!withVocabulary.has(db)) {
    db.prepare("CREATE VIRTUAL TABLE IF NOT EXISTS temp.signals_fts_vocab USING fts5vocab(main, 'signals_fts', 'row')").run();
    withVocabulary.add(db);
  }
  const rows = statement(db, 'SELECT term, doc FROM temp.signals_fts_vocab WHERE term IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(terms),
  ) as { term: string; doc: number }[];
  return new Map(rows.map((row) => [row.term, row.doc]));
}

/** Signals in the index, live or not: the scale against which a term counts as common. */
export function signalCount(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM signals').get() as { n: number }).n;
}

/** Live signals matching an FTS expression, most relevant (bm25) first. */
export function signalsMatchingText(db: Db, match: string, excludeId: string | null, limit: number): DuplicateRow[] {
  return statement(
    db,
    `SELECT s.id, s.number, s.title, s.observed_on AS observedOn
     FROM signals_fts JOIN signals s ON s.seq = signals_fts.rowid
     WHERE signals_fts MATCH ? AND s.deleted_at IS NULL AND s.id IS NOT ?
     ORDER BY bm25(signals_fts)
     LIMIT ?`,
  ).all(match, excludeId, limit) as DuplicateRow[];
}
