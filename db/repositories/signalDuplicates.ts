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
 * date, nearest in time first. The date window runs on signals_observed.
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
     WHERE s.observed_on BETWEEN date(?, '-' || ? || ' days') AND date(?, '+' || ? || ' days')
       AND s.deleted_at IS NULL AND s.id IS NOT ?
       AND EXISTS (SELECT 1 FROM signal_municipalities sm
                   WHERE sm.signal_id = s.id AND sm.municipality_code IN (SELECT value FROM json_each(?)))
       AND EXISTS (SELECT 1 FROM signal_themes st
                   WHERE st.signal_id = s.id AND st.theme_code IN (SELECT value FROM json_each(?)))
     ORDER BY abs(julianday(s.observed_on) - julianday(?)), s.seq DESC
     LIMIT ?`,
  ).all(
    probe.observedOn,
    probe.days,
    probe.observedOn,
    probe.days,
    probe.excludeId,
    JSON.stringify(probe.municipalities),
    JSON.stringify(probe.themes),
    probe.observedOn,
    limit,
  ) as DuplicateRow[];
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
