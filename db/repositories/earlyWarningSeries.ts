import type { EarlyWarningUnitKind } from '../../shared/domain/earlyWarningFinding';
import type { Urgency } from '../../shared/domain/enums';
import type { Db } from '../connection';
import { statement } from '../statements';

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
const WEEK = "strftime('%G-W%V', s.observed_on)";

/** Local signals per municipality they count under (DISTINCT: Weesp and Amsterdam on one signal count once). */
const MUNICIPALITY_SIGNALS = `
local_signal (signal_id, observed_on, municipality, province) AS (
  SELECT DISTINCT s.id, s.observed_on, t.code, t.province_code
  FROM signals s
  JOIN signal_municipalities sm ON sm.signal_id = s.id
  JOIN current_municipality c ON c.code = sm.municipality_code
  JOIN municipalities t ON t.code = c.target
  WHERE ${LIVE} AND s.is_national = 0 AND ${IN_PERIOD}
)`;

export const SERIES_SQL = `
WITH RECURSIVE ${CURRENT_MUNICIPALITY}, ${MUNICIPALITY_SIGNALS}
SELECT 'municipality' AS kind, municipality AS code, strftime('%G-W%V', observed_on) AS week, count(*) AS count
FROM local_signal GROUP BY municipality, week
UNION ALL
SELECT 'province', province, week, count(*) FROM (
  SELECT DISTINCT signal_id, province, strftime('%G-W%V', observed_on) AS week FROM local_signal
) GROUP BY province, week
UNION ALL
SELECT 'theme', st.theme_code, ${WEEK}, count(*)
FROM signals s JOIN signal_themes st ON st.signal_id = s.id
WHERE ${LIVE} AND ${IN_PERIOD}
GROUP BY st.theme_code, ${WEEK}
UNION ALL
SELECT 'national', 'NL', ${WEEK}, count(*)
FROM signals s
WHERE ${LIVE} AND ${IN_PERIOD}
GROUP BY ${WEEK}
`;

export interface WeekCount {
  kind: EarlyWarningUnitKind;
  code: string;
  week: string;
  count: number;
}

/** The non-zero weekly counts of every unit for signals observed from `from` to `to` (YYYY-MM-DD, both included). */
export function weeklyCounts(db: Db, from: string, to: string): WeekCount[] {
  return statement(db, SERIES_SQL).all({ from, to }) as WeekCount[];
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
