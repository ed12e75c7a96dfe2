import type { Db } from '../connection';
import { statement } from '../statements';
import { NATIONAL_ROW } from '../../shared/domain/overview';
import { OVERDUE_SQL } from './followUpActions';

/**
 * The overview's figures (see shared/domain/overview.ts for the counting
 * rules). Each is one set-based statement. A merged-away signal carries a
 * tombstone (deleted_at) like a deleted one, so `deleted_at IS NULL` leaves
 * out both. The SQL texts are exported so the bench can run the very same
 * statements raw as the floor.
 */

export const ATTENTION_SQL = `
SELECT
  (SELECT count(*) FROM signals s WHERE s.deleted_at IS NULL AND s.status IN ('nieuw', 'in-duiding')) AS triage,
  (SELECT count(*) FROM signals s WHERE s.deleted_at IS NULL AND s.urgency IN ('acuut', 'hoog') AND s.status <> 'afgesloten') AS openUrgent,
  (SELECT count(*) FROM follow_up_actions f WHERE f.deleted_at IS NULL AND ${OVERDUE_SQL}) AS overdueActions`;

/** Live signals per ISO week of their observed date, between two dates. */
export const WEEK_COUNTS_SQL = `
SELECT strftime('%G-W%V', observed_on) AS week, count(*) AS count
FROM signals
WHERE deleted_at IS NULL AND observed_on BETWEEN @from AND @to
GROUP BY week`;

/** The first observed date of a live signal: before it the case file has no data. */
export const FIRST_OBSERVED_SQL = `SELECT min(observed_on) AS first FROM signals WHERE deleted_at IS NULL`;

/**
 * Per theme: live signals observed in the period and in the previous period
 * (both in one pass over the signals of both periods).
 */
export const THEME_COUNTS_SQL = `
SELECT t.theme_code AS code,
  sum(s.observed_on >= @from) AS count,
  sum(s.observed_on < @from) AS previous
FROM signals s JOIN signal_themes t ON t.signal_id = s.id
WHERE s.deleted_at IS NULL AND s.observed_on BETWEEN @previousFrom AND @to
GROUP BY t.theme_code`;

/**
 * Per province, and national signals as a row of their own. A municipality
 * that merged away counts under the one it joined (the chain followed to a
 * municipality that did not merge), and so under that one's province. A
 * signal in two municipalities of one province counts once there (DISTINCT).
 */
export const PROVINCE_COUNTS_SQL = `
WITH RECURSIVE home(code, target) AS (
  SELECT code, code FROM municipalities WHERE merged_into IS NULL
  UNION
  SELECT m.code, h.target FROM municipalities m JOIN home h ON m.merged_into = h.code
),
province_of(code, province_code) AS (
  SELECT h.code, t.province_code FROM home h JOIN municipalities t ON t.code = h.target
),
signal_provinces AS (
  SELECT DISTINCT p.province_code AS code, s.id, s.observed_on
  FROM signals s
  JOIN signal_municipalities l ON l.signal_id = s.id
  JOIN province_of p ON p.code = l.municipality_code
  WHERE s.deleted_at IS NULL AND s.observed_on BETWEEN @previousFrom AND @to
  UNION ALL
  SELECT '${NATIONAL_ROW}', s.id, s.observed_on
  FROM signals s
  WHERE s.deleted_at IS NULL AND s.is_national = 1 AND s.observed_on BETWEEN @previousFrom AND @to
)
SELECT code, sum(observed_on >= @from) AS count, sum(observed_on < @from) AS previous
FROM signal_provinces GROUP BY code`;

/** Every province of the register (current municipalities), so a province without signals still shows as 0. */
export const PROVINCES_SQL = `
SELECT DISTINCT province_code AS code, province_name AS name FROM municipalities WHERE valid_to IS NULL ORDER BY name`;

export interface AttentionCounts {
  triage: number;
  openUrgent: number;
  overdueActions: number;
}

export function attentionCounts(db: Db, today: string): AttentionCounts {
  return statement(db, ATTENTION_SQL).get({ today }) as AttentionCounts;
}

export function weekCounts(db: Db, from: string, to: string): Map<string, number> {
  const rows = statement(db, WEEK_COUNTS_SQL).all({ from, to }) as { week: string; count: number }[];
  return new Map(rows.map((row) => [row.week, row.count]));
}

export function firstObservedOn(db: Db): string | null {
  return (statement(db, FIRST_OBSERVED_SQL).get() as { first: string | null }).first;
}

export interface PeriodBounds {
  from: string;
  to: string;
  previousFrom: string;
}

export interface CodeCount {
  code: string;
  count: number;
  previous: number;
}

export function themeCounts(db: Db, period: PeriodBounds): CodeCount[] {
  return statement(db, THEME_COUNTS_SQL).all(period) as CodeCount[];
}

export function provinceCounts(db: Db, period: PeriodBounds): CodeCount[] {
  return statement(db, PROVINCE_COUNTS_SQL).all(period) as CodeCount[];
}

export function provinces(db: Db): { code: string; name: string }[] {
  return statement(db, PROVINCES_SQL).all() as { code: string; name: string }[];
}

/** Every theme with both labels; retired themes too, since old signals still carry them. */
export const THEMES_SQL = `SELECT code, label_nl AS nl, label_en AS en, active FROM themes ORDER BY sort_order, code`;

export function themes(db: Db): { code: string; nl: string; en: string; active: 0 | 1 }[] {
  return statement(db, THEMES_SQL).all() as { code: string; nl: string; en: string; active: 0 | 1 }[];
}
