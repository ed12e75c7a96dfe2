import type { NetworkOverviewQuery, NetworkOverviewRow } from '../../shared/domain/municipality';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The network overview: per current municipality the signals received and
 * contact moments held in a period, the last contact, and the open and
 * overdue actions. One set-based statement (an aggregate per source, joined
 * to the register once), never a query per municipality.
 *
 * "Days since contact" counts to the reference day, min(to, today): the
 * situation at the end of the period, and never a count into the future.
 * The last contact is the latest one held on or before that day, so for a
 * past period both columns describe that moment (with `to` today or later,
 * this is simply the last contact ever).
 *
 * An action belongs to a municipality through a live contact moment, signal
 * or case linked to it (UNION: counted once however many paths lead there).
 */

const SORT_EXPRESSIONS: Record<NetworkOverviewQuery['sort']['column'], string> = {
  // Whether a row needs attention is decided by the service (its threshold depends on all
  // municipalities); it puts those rows first and keeps this order within each part.
  attention: 'daysSinceContact IS NULL, daysSinceContact',
  name: 'm.name COLLATE NOCASE',
  provinceName: 'm.province_name COLLATE NOCASE',
  signals: 'signals',
  contactMoments: 'contactMoments',
  // Never contacted counts as longest ago: first when descending, last when ascending.
  daysSinceContact: 'daysSinceContact IS NULL, daysSinceContact',
  openActions: 'openActions',
  overdueActions: 'overdueActions',
};

const OPEN = "a.deleted_at IS NULL AND a.status IN ('open', 'lopend')";

const BODY = `
WITH
scope AS (
  SELECT code, name, province_name FROM municipalities
  WHERE valid_to IS NULL
    AND (json_array_length(@provinces) = 0 OR province_code IN (SELECT value FROM json_each(@provinces)))
    AND (json_array_length(@municipalities) = 0 OR code IN (SELECT value FROM json_each(@municipalities)))
),
signal_counts AS (
  SELECT l.municipality_code AS code, count(*) AS n
  FROM signals s JOIN signal_municipalities l ON l.signal_id = s.id
  WHERE s.deleted_at IS NULL AND s.received_on BETWEEN @from AND @to
  GROUP BY l.municipality_code
),
-- CROSS JOIN keeps contact_moments outside: one sequential pass over the
-- table (measured ~1.4x faster at 20,000 than probing it once per link).
contact_counts AS (
  SELECT l.municipality_code AS code,
    sum(c.held_on BETWEEN @from AND @to) AS n,
    max(CASE WHEN c.held_on <= @reference THEN c.held_on END) AS last
  FROM contact_moments c CROSS JOIN contact_moment_municipalities l ON l.contact_moment_id = c.id
  WHERE c.deleted_at IS NULL
  GROUP BY l.municipality_code
),
action_links AS (
  SELECT l.municipality_code AS code, a.id, a.due_on
  FROM follow_up_actions a
  JOIN contact_moments c ON c.id = a.contact_moment_id AND c.deleted_at IS NULL
  JOIN contact_moment_municipalities l ON l.contact_moment_id = c.id
  WHERE ${OPEN}
  UNION
  SELECT l.municipality_code, a.id, a.due_on
  FROM follow_up_actions a
  JOIN signals s ON s.id = a.signal_id AND s.deleted_at IS NULL
  JOIN signal_municipalities l ON l.signal_id = s.id
  WHERE ${OPEN}
  UNION
  SELECT l.municipality_code, a.id, a.due_on
  FROM follow_up_actions a
  JOIN cases k ON k.id = a.case_id AND k.deleted_at IS NULL
  JOIN case_municipalities l ON l.case_id = k.id
  WHERE ${OPEN}
),
action_counts AS (
  SELECT code, count(*) AS open, sum(due_on IS NOT NULL AND due_on < @today) AS overdue,
    sum(due_on IS NOT NULL AND due_on < @overdueBefore) AS longOverdue
  FROM action_links GROUP BY code
)
SELECT m.code, m.name, m.province_name AS provinceName,
  coalesce(sc.n, 0) AS signals,
  coalesce(cc.n, 0) AS contactMoments,
  cc.last AS lastContactOn,
  CAST(julianday(@reference) - julianday(cc.last) AS INTEGER) AS daysSinceContact,
  coalesce(ac.open, 0) AS openActions,
  coalesce(ac.overdue, 0) AS overdueActions,
  coalesce(ac.longOverdue, 0) AS longOverdueActions
FROM scope m
LEFT JOIN signal_counts sc ON sc.code = m.code
LEFT JOIN contact_counts cc ON cc.code = m.code
LEFT JOIN action_counts ac ON ac.code = m.code
WHERE @onlyActive = 0 OR sc.n > 0 OR cc.n > 0 OR ac.open > 0`;

/** The statement for one sort order; every fragment is a fixed string, values are bound. */
export function networkOverviewSql(sort: NetworkOverviewQuery['sort']): string {
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const order = SORT_EXPRESSIONS[sort.column]
    .split(', ')
    .map((expression) => `${expression} ${direction}`)
    // Ties read alphabetically whichever way the column sorts.
    .concat('m.name COLLATE NOCASE ASC', 'm.code ASC')
    .join(', ');
  return `${BODY}\nORDER BY ${order}`;
}

export type NetworkOverviewParams = Record<
  'from' | 'to' | 'today' | 'overdueBefore' | 'reference' | 'provinces' | 'municipalities',
  string
> & {
  onlyActive: 0 | 1;
};

const DAY_MS = 86_400_000;

/** The bound values of the statement; `today` is the Netherlands date; actions due before `overdueBefore` are long overdue. */
export function networkOverviewParams(query: NetworkOverviewQuery, today: string, overdueDays = 30): NetworkOverviewParams {
  return {
    from: query.from,
    to: query.to,
    today,
    overdueBefore: new Date(Date.parse(`${today}T00:00:00Z`) - overdueDays * DAY_MS).toISOString().slice(0, 10),
    reference: query.to < today ? query.to : today,
    provinces: JSON.stringify(query.provinces),
    municipalities: JSON.stringify(query.municipalities),
    onlyActive: query.onlyActive ? 1 : 0,
  };
}

/** A row as the statement gives it; the service adds whether it needs attention. */
export type NetworkOverviewFigures = Omit<NetworkOverviewRow, 'attention'>;

export function queryNetworkOverview(db: Db, query: NetworkOverviewQuery, today: string, overdueDays?: number): NetworkOverviewFigures[] {
  return statement(db, networkOverviewSql(query.sort)).all(networkOverviewParams(query, today, overdueDays)) as NetworkOverviewFigures[];
}

/** How many municipalities the register holds today: the population the attention thresholds are taken over. */
export function currentMunicipalityCount(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM municipalities WHERE valid_to IS NULL').get() as { n: number }).n;
}
