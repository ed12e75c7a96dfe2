import type { EarlyWarningUnitKind } from '../../shared/domain/earlyWarningFinding';
import type { Urgency } from '../../shared/domain/enums';
import type { Db } from '../connection';
import { statement } from '../statements';
import { isoWeekKey, isoWeekOf } from '../../shared/domain/isoWeek';

/**
 * Weekly signal counts for early warning: per municipality, province, theme
 * and for the whole country, by the ISO week of the observed date
 * (strftime('%G-W%V') is the same key as shared/domain/isoWeek.ts).
 *
 * What counts (one rule for every series and for the signals behind a finding):
 * - live signals only: not deleted, not merged into another signal;
 * - a signal with several municipalities or themes counts once under each,
 *   and once per province however many of its municipalities lie there;
 * - a national signal counts in the national and theme series only;
 * - a municipality that merged away counts under the one it joined (the whole
 *   chain followed, Weesp → Amsterdam), in that municipality's province.
 *
 * Only weeks with signals come back; the service fills the zero weeks.
 */

/** Each municipality with the live municipality it has become (itself when it still exists). */
const CURRENT_MUNICIPALITY = `
current_municipality (code, target) AS (
  SELECT code, code FROM municipalities WHERE merged_into IS NULL
  UNION ALL
  SELECT m.code, c.target FROM municipalities m JOIN current_municipality c ON m.merged_into = c.code
)`;

// A merged-away signal carries a tombstone too (setSignalDeleted sets deleted_at with
// merged_into_id), so deleted_at alone is the rule, and the partial index of
// migration 011 (observed_on, is_national, id WHERE deleted_at IS NULL) covers the count.
const LIVE = 's.deleted_at IS NULL';
const IN_PERIOD = 's.observed_on BETWEEN :from AND :to';

/**
 * The counting reads three plain streams and folds them into weeks in
 * weeklyCounts: one GROUP BY with DISTINCT over the merge chain took ~1.7 s
 * at 100,000 signals, almost all of it in temporary B-trees, while the rows
 * themselves come off migration 011's covering index in ~0.4 s
 * (test/bench/earlyWarningBench.ts measures both).
 */

/** Every (live local signal, linked municipality) pair in the period, a signal's rows together. */
export const LOCAL_PAIRS_SQL = `
SELECT s.id AS id, s.observed_on AS observedOn, sm.municipality_code AS code
FROM signals s JOIN signal_municipalities sm ON sm.signal_id = s.id
WHERE ${LIVE} AND s.is_national = 0 AND ${IN_PERIOD}
ORDER BY s.observed_on, s.id`;

/** Live signals per theme and observed day. */
export const THEME_DAYS_SQL = `
SELECT st.theme_code AS code, s.observed_on AS observedOn, count(*) AS count
FROM signals s JOIN signal_themes st ON st.signal_id = s.id
WHERE ${LIVE} AND ${IN_PERIOD}
GROUP BY st.theme_code, s.observed_on`;

/** Live signals per observed day, national ones included: the national series. */
export const NATIONAL_DAYS_SQL = `
SELECT s.observed_on AS observedOn, count(*) AS count
FROM signals s
WHERE ${LIVE} AND ${IN_PERIOD}
GROUP BY s.observed_on`;

const REGISTER_SQL = 'SELECT code, merged_into AS mergedInto, province_code AS provinceCode FROM municipalities';

export interface WeekCount {
  kind: EarlyWarningUnitKind;
  code: string;
  week: string;
  count: number;
}

/** Each register code with the live municipality it has become (the whole merge chain followed) and that one's province. */
function currentPlaces(db: Db): Map<string, { target: string; province: string; provinceKey: string }> {
  const rows = statement(db, REGISTER_SQL).all() as { code: string; mergedInto: string | null; provinceCode: string }[];
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const places = new Map<string, { target: string; province: string; provinceKey: string }>();
  for (const row of rows) {
    let target = row;
    // The chain is short (a merger of a merger); the bound guards against a cycle in a damaged register.
    for (let step = 0; target.mergedInto && step < 50; step++) target = byCode.get(target.mergedInto) ?? target;
    places.set(row.code, { target: target.code, province: target.provinceCode, provinceKey: `province:${target.provinceCode}` });
  }
  return places;
}

/** The non-zero weekly counts of every unit for signals observed from `from` to `to` (YYYY-MM-DD, both included). */
export function weeklyCounts(db: Db, from: string, to: string): WeekCount[] {
  const weekKeys = new Map<string, string>();
  const weekOf = (date: string): string => {
    let key = weekKeys.get(date);
    if (key === undefined) {
      key = isoWeekKey(isoWeekOf(date));
      weekKeys.set(date, key);
    }
    return key;
  };
  const counts = new Map<string, WeekCount>();
  const add = (kind: EarlyWarningUnitKind, code: string, week: string, count: number) => {
    const key = `${kind}\u0000${code}\u0000${week}`;
    const found = counts.get(key);
    if (found) found.count += count;
    else counts.set(key, { kind, code, week, count });
  };

  // Once per signal under each municipality and each province it counts under (Weesp and Amsterdam on one signal: once).
  const places = currentPlaces(db);
  let signal = '';
  const seen = new Set<string>();
  // all() rather than iterate(): better-sqlite3 hands rows over faster in one call.
  for (const pair of statement(db, LOCAL_PAIRS_SQL).all({ from, to }) as { id: string; observedOn: string; code: string }[]) {
    if (pair.id !== signal) {
      signal = pair.id;
      seen.clear();
    }
    const place = places.get(pair.code);
    if (!place) continue;
    const week = weekOf(pair.observedOn);
    if (!seen.has(place.target)) {
      seen.add(place.target);
      add('municipality', place.target, week, 1);
    }
    if (!seen.has(place.provinceKey)) {
      seen.add(place.provinceKey);
      add('province', place.province, week, 1);
    }
  }
  for (const row of statement(db, THEME_DAYS_SQL).all({ from, to }) as { code: string; observedOn: string; count: number }[]) {
    add('theme', row.code, weekOf(row.observedOn), row.count);
  }
  for (const row of statement(db, NATIONAL_DAYS_SQL).all({ from, to }) as { observedOn: string; count: number }[]) {
    add('national', 'NL', weekOf(row.observedOn), row.count);
  }
  return [...counts.values()];
}

/** The municipalities that exist now (the 342 of 2026, the units of the map): code, name, province. */
export function currentMunicipalities(db: Db): { code: string; name: string; provinceCode: string; provinceName: string }[] {
  return statement(
    db,
    `SELECT code, name, province_code AS provinceCode, province_name AS provinceName
     FROM municipalities WHERE merged_into IS NULL AND valid_to IS NULL ORDER BY code`,
  ).all() as { code: string; name: string; provinceCode: string; provinceName: string }[];
}

/** Names of the units: municipalities and provinces by code, themes in both languages. */
export function unitNames(db: Db): Map<string, { nl: string; en: string }> {
  const names = new Map<string, { nl: string; en: string }>();
  const places = statement(db, 'SELECT code, name, province_code, province_name FROM municipalities').all() as {
    code: string;
    name: string;
    province_code: string;
    province_name: string;
  }[];
  for (const place of places) {
    names.set(`municipality:${place.code}`, { nl: place.name, en: place.name });
    names.set(`province:${place.province_code}`, { nl: place.province_name, en: place.province_name });
  }
  const themes = statement(db, 'SELECT code, label_nl, label_en FROM themes').all() as { code: string; label_nl: string; label_en: string }[];
  for (const theme of themes) names.set(`theme:${theme.code}`, { nl: theme.label_nl, en: theme.label_en });
  return names;
}

export interface UnitSignalRow {
  id: string;
  number: string;
  title: string;
  observedOn: string;
  urgency: Urgency;
}

const SIGNAL_COLUMNS = 's.id, s.number, s.title, s.observed_on AS observedOn, s.urgency';
const SIGNAL_ORDER = 'ORDER BY s.observed_on, s.number';

const UNIT_SIGNALS_SQL: Record<EarlyWarningUnitKind, string> = {
  municipality: `
    WITH RECURSIVE ${CURRENT_MUNICIPALITY}
    SELECT ${SIGNAL_COLUMNS} FROM signals s
    WHERE ${LIVE} AND s.is_national = 0 AND ${IN_PERIOD} AND EXISTS (
      SELECT 1 FROM signal_municipalities sm JOIN current_municipality c ON c.code = sm.municipality_code
      WHERE sm.signal_id = s.id AND c.target = :code)
    ${SIGNAL_ORDER}`,
  province: `
    WITH RECURSIVE ${CURRENT_MUNICIPALITY}
    SELECT ${SIGNAL_COLUMNS} FROM signals s
    WHERE ${LIVE} AND s.is_national = 0 AND ${IN_PERIOD} AND EXISTS (
      SELECT 1 FROM signal_municipalities sm
      JOIN current_municipality c ON c.code = sm.municipality_code
      JOIN municipalities t ON t.code = c.target
      WHERE sm.signal_id = s.id AND t.province_code = :code)
    ${SIGNAL_ORDER}`,
  theme: `
    SELECT ${SIGNAL_COLUMNS} FROM signals s
    WHERE ${LIVE} AND ${IN_PERIOD} AND EXISTS (SELECT 1 FROM signal_themes st WHERE st.signal_id = s.id AND st.theme_code = :code)
    ${SIGNAL_ORDER}`,
  national: `
    SELECT ${SIGNAL_COLUMNS} FROM signals s
    WHERE ${LIVE} AND ${IN_PERIOD} AND :code IS NOT NULL
    ${SIGNAL_ORDER}`,
};

/** The signals one unit counted in a period: the same rule as the series, so they add up to the count. */
export function unitSignals(db: Db, kind: EarlyWarningUnitKind, code: string, from: string, to: string): UnitSignalRow[] {
  return statement(db, UNIT_SIGNALS_SQL[kind]).all({ code, from, to }) as UnitSignalRow[];
}
