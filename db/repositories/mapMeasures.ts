import type { MapMeasure } from '../../shared/domain/mapMeasures';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The figures of the municipality map: one value per current municipality
 * (valid_to IS NULL, the 342 of 2026), one set-based statement per measure.
 *
 * Counting rules, the same for every measure:
 * - a record linked to a municipality that merged away counts under the one
 *   it joined, following the whole merged_into chain (Weesp → Amsterdam);
 * - a record counts once per current municipality (DISTINCT), so a signal
 *   linked to Weesp and Amsterdam counts once under Amsterdam, and a signal
 *   linked to Utrecht and Amsterdam once under each;
 * - deleted records never count; signals merged into another signal neither;
 * - signals count by the day they were observed; national signals have no
 *   municipality and are not on the map.
 *
 * An action belongs to a municipality through its live contact moment,
 * signal or case linked to that municipality (as on the network page).
 */

/** Each municipality ever in the register with the current one it has become (itself when it still exists). */
const CURRENT_OF = `
current_of (code, target, depth) AS (
  SELECT code, code, 0 FROM municipalities WHERE merged_into IS NULL
  UNION ALL
  -- depth bounds a damaged register with a cycle; real chains are one or two steps.
  SELECT m.code, c.target, c.depth + 1 FROM municipalities m JOIN current_of c ON m.merged_into = c.code WHERE c.depth < 20
)`;

// A merged-away signal carries a tombstone too (setSignalDeleted sets deleted_at with
// merged_into_id), so deleted_at alone is the rule and migration 011's partial index covers it.
const LIVE_SIGNAL = 's.deleted_at IS NULL';
const OPEN_ACTION = "a.deleted_at IS NULL AND a.status IN ('open', 'lopend')";

/** Action → current municipality, once per pair however many routes lead there. */
const ACTION_LINKS = `
action_link (code, id, due_on) AS (
  SELECT c.target, a.id, a.due_on
  FROM follow_up_actions a
  JOIN contact_moments k ON k.id = a.contact_moment_id AND k.deleted_at IS NULL
  JOIN contact_moment_municipalities l ON l.contact_moment_id = k.id
  JOIN current_of c ON c.code = l.municipality_code
  WHERE ${OPEN_ACTION}
  UNION
  SELECT c.target, a.id, a.due_on
  FROM follow_up_actions a
  JOIN signals s ON s.id = a.signal_id AND ${LIVE_SIGNAL}
  JOIN signal_municipalities l ON l.signal_id = s.id
  JOIN current_of c ON c.code = l.municipality_code
  WHERE ${OPEN_ACTION}
  UNION
  SELECT c.target, a.id, a.due_on
  FROM follow_up_actions a
  JOIN cases k ON k.id = a.case_id AND k.deleted_at IS NULL
  JOIN case_municipalities l ON l.case_id = k.id
  JOIN current_of c ON c.code = l.municipality_code
  WHERE ${OPEN_ACTION}
)`;

/** Per measure: CTEs ending in figure(code, value, detail). Values are bound, never spliced. */
const FIGURES: Record<Exclude<MapMeasure, 'earlyWarning'>, string> = {
  signals: `${CURRENT_OF},
figure (code, value, detail) AS (
  SELECT c.target, count(DISTINCT s.id), NULL
  FROM signals s
  JOIN signal_municipalities l ON l.signal_id = s.id
  JOIN current_of c ON c.code = l.municipality_code
  WHERE ${LIVE_SIGNAL} AND s.observed_on BETWEEN @from AND @to
  GROUP BY c.target
)`,
  contactMoments: `${CURRENT_OF},
figure (code, value, detail) AS (
  SELECT c.target, count(DISTINCT k.id), NULL
  FROM contact_moments k
  JOIN contact_moment_municipalities l ON l.contact_moment_id = k.id
  JOIN current_of c ON c.code = l.municipality_code
  WHERE k.deleted_at IS NULL AND k.held_on BETWEEN @from AND @to
  GROUP BY c.target
)`,
  // Days from the last contact on or before the reference day (min(to, today)) to that day.
  daysSinceContact: `${CURRENT_OF},
last_contact (code, held_on) AS (
  SELECT c.target, max(k.held_on)
  FROM contact_moments k
  JOIN contact_moment_municipalities l ON l.contact_moment_id = k.id
  JOIN current_of c ON c.code = l.municipality_code
  WHERE k.deleted_at IS NULL AND k.held_on <= @reference
  GROUP BY c.target
),
figure (code, value, detail) AS (
  SELECT code, CAST(julianday(@reference) - julianday(held_on) AS INTEGER), held_on FROM last_contact
)`,
  openActions: `${CURRENT_OF}, ${ACTION_LINKS},
figure (code, value, detail) AS (SELECT code, count(*), NULL FROM action_link GROUP BY code)`,
  overdueActions: `${CURRENT_OF}, ${ACTION_LINKS},
figure (code, value, detail) AS (
  SELECT code, count(*), NULL FROM action_link WHERE due_on IS NOT NULL AND due_on < @today GROUP BY code
)`,
};

/** Whether a measure counts (0 when nothing) or measures (null when nothing, e.g. never contacted). */
const NULL_WHEN_MISSING: Record<Exclude<MapMeasure, 'earlyWarning'>, boolean> = {
  signals: false,
  contactMoments: false,
  daysSinceContact: true,
  openActions: false,
  overdueActions: false,
};

export function mapMeasureSql(measure: Exclude<MapMeasure, 'earlyWarning'>): string {
  const missing = NULL_WHEN_MISSING[measure] ? 'f.value' : 'coalesce(f.value, 0)';
  return `WITH RECURSIVE ${FIGURES[measure]}
SELECT m.code, m.name, m.province_name AS provinceName, ${missing} AS value, f.detail AS detail
FROM municipalities m
LEFT JOIN figure f ON f.code = m.code
WHERE m.valid_to IS NULL
ORDER BY m.name COLLATE NOCASE, m.code`;
}

export interface MapFigureRow {
  code: string;
  name: string;
  provinceName: string;
  value: number | null;
  detail: string | null;
}

export interface MapFigureParams {
  from: string;
  to: string;
  /** The Netherlands date today: what is overdue. */
  today: string;
  /** min(to, today): the day "days since contact" counts to. */
  reference: string;
}

export function queryMapFigures(db: Db, measure: Exclude<MapMeasure, 'earlyWarning'>, params: MapFigureParams): MapFigureRow[] {
  return statement(db, mapMeasureSql(measure)).all(params) as MapFigureRow[];
}

/** The current municipalities by name, for a measure whose values come from elsewhere (early warning). */
export function currentMunicipalitiesByName(db: Db): { code: string; name: string; provinceName: string }[] {
  return statement(
    db,
    `SELECT code, name, province_name AS provinceName FROM municipalities WHERE valid_to IS NULL ORDER BY name COLLATE NOCASE, code`,
  ).all() as { code: string; name: string; provinceName: string }[];
}
