import type { FollowUpActionListQuery, FollowUpActionListRow } from '../../shared/domain/followUpAction';
import type { Db } from '../connection';
import { statement } from '../statements';
import { OVERDUE_SQL } from './followUpActions';

/**
 * The action list and its ready-made views ("Mijn acties", "Verlopen",
 * "Deze week"), filtered, sorted and paged in SQL. Fragments are fixed
 * strings; user values travel as named parameters only.
 */

export interface ActionListContext {
  /** The adviser at work ('mine'); null matches nobody. */
  adviserId: string | null;
  /** Today in the Netherlands and the Sunday ending this ISO week, YYYY-MM-DD. */
  today: string;
  weekEnd: string;
}

const STATUS_ORDER = `CASE f.status WHEN 'open' THEN 1 WHEN 'lopend' THEN 2 WHEN 'afgerond' THEN 3 ELSE 4 END`;

const SORT_EXPRESSIONS: Record<FollowUpActionListQuery['sort']['column'], string> = {
  number: 'f.number',
  // Actions without a due date sort last in ascending order, as an empty cell would.
  dueOn: 'f.due_on IS NULL, f.due_on',
  status: STATUS_ORDER,
  kind: 'f.kind',
  ownerName: 'o.name IS NULL, o.name COLLATE NOCASE',
  description: 'f.description COLLATE NOCASE',
  updatedAt: 'f.updated_at',
};

const OPEN = `f.status IN ('open', 'lopend')`;

const VIEWS: Record<FollowUpActionListQuery['filters']['view'], string | null> = {
  all: null,
  mine: `${OPEN} AND f.owner_id = @adviserId`,
  overdue: OVERDUE_SQL,
  thisWeek: `${OPEN} AND f.due_on >= @today AND f.due_on <= @weekEnd`,
};

const inList = (column: string, parameter: string) => `${column} IN (SELECT value FROM json_each(@${parameter}))`;

function whereFor(filters: FollowUpActionListQuery['filters'], ftsQuery: string | null): { where: string; params: Record<string, string> } {
  const clauses = ['f.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  const view = VIEWS[filters.view];
  if (view) clauses.push(view);
  const list = (values: readonly string[], name: string, column: string) => {
    if (values.length === 0) return;
    clauses.push(inList(column, name));
    params[name] = JSON.stringify(values);
  };
  const one = (value: string | undefined, name: string, clause: string) => {
    if (value === undefined) return;
    clauses.push(clause);
    params[name] = value;
  };
  list(filters.statuses, 'statuses', 'f.status');
  list(filters.kinds, 'kinds', 'f.kind');
  list(filters.ownerIds, 'ownerIds', 'f.owner_id');
  one(filters.signalId, 'signalId', 'f.signal_id = @signalId');
  one(filters.caseId, 'caseId', 'f.case_id = @caseId');
  one(filters.contactMomentId, 'contactMomentId', 'f.contact_moment_id = @contactMomentId');
  one(ftsQuery ?? undefined, 'match', 'f.seq IN (SELECT rowid FROM follow_up_actions_fts WHERE follow_up_actions_fts MATCH @match)');
  return { where: clauses.join(' AND '), params };
}

/**
 * One page of live actions and the total that matches. `linkedTo` names the
 * record the action follows from: its contact moment, else its signal, else its case.
 */
export function queryActionList(
  db: Db,
  query: FollowUpActionListQuery,
  ftsQuery: string | null,
  context: ActionListContext,
): { rows: FollowUpActionListRow[]; total: number } {
  const { where, params } = whereFor(query.filters, ftsQuery);
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = SORT_EXPRESSIONS[query.sort.column]
    .split(', ')
    .map((expression) => `${expression} ${direction}`)
    .concat(`f.seq ${direction}`)
    .join(', ');
  // Both statements get every parameter; better-sqlite3 ignores the names a statement does not use.
  const bound = { ...params, adviserId: context.adviserId, today: context.today, weekEnd: context.weekEnd };
  const total = (statement(db, `SELECT count(*) AS n FROM follow_up_actions f WHERE ${where}`).get(bound) as { n: number }).n;
  const pageSql = `
    WITH page AS (
      SELECT f.seq FROM follow_up_actions f LEFT JOIN advisers o ON o.id = f.owner_id
      WHERE ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset)
    SELECT f.id, f.number, f.description, f.kind, f.status, f.due_on AS dueOn, o.name AS ownerName,
      ${OVERDUE_SQL} AS overdue,
      COALESCE(m.number, s.number, c.number) AS linkedTo, f.updated_at AS updatedAt
    FROM page JOIN follow_up_actions f ON f.seq = page.seq
    LEFT JOIN advisers o ON o.id = f.owner_id
    LEFT JOIN contact_moments m ON m.id = f.contact_moment_id
    LEFT JOIN signals s ON s.id = f.signal_id
    LEFT JOIN cases c ON c.id = f.case_id
    ORDER BY ${orderBy}`;
  const rows = statement(db, pageSql).all({ ...bound, limit: query.page.limit, offset: query.page.offset }) as (Omit<FollowUpActionListRow, 'overdue'> & { overdue: number })[];
  return { total, rows: rows.map((row) => ({ ...row, overdue: row.overdue === 1 })) };
}
