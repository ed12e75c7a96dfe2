import type { Db } from '../connection';
import { toFtsQuery } from '../ftsQuery';
import { statement } from '../statements';
import type { SignalFilters, SignalListQuery, SignalListRow, SignalSortColumn } from '../../shared/domain/signal';

/**
 * The signals list: filtering, sorting and paging all happen here in SQL, so
 * the list stays fast with 100,000 signals and no caller ever holds all rows.
 */

type Join = 'case' | 'owner';

/**
 * Sort column → SQL keys (a whitelist: nothing from the request reaches the SQL
 * text). Every sort ends on s.seq, so equal keys page in a stable order. Keys
 * follow the migration's indexes where one exists: urgency and status sort
 * within their level by received_on (signals_urgency, signals_status), so the
 * first page is read straight from the index instead of sorting every row.
 * Urgency reads as triage does: the most urgent level first, and within a
 * level the oldest received first (waiting longest), so its received_on key
 * runs against the urgency direction ('against').
 * Number sorts by seq: numbers are handed out in insertion order, and a text
 * sort would put SIG-2026-10000 before SIG-2026-9999.
 */
interface SortKey {
  sql: string;
  /** Sorts opposite to the chosen direction. */
  against?: boolean;
}

const SORTS: Record<SignalSortColumn, { keys: (string | SortKey)[]; join?: Join }> = {
  number: { keys: [] },
  title: { keys: ['s.title COLLATE NOCASE'] },
  observedOn: { keys: ['s.observed_on'] },
  receivedOn: { keys: ['s.received_on'] },
  urgency: { keys: ['s.urgency_rank', { sql: 's.received_on', against: true }] },
  status: { keys: ['s.status', 's.received_on'] },
  phase: { keys: ['s.phase'] },
  caseNumber: { keys: ['c.number'], join: 'case' },
  ownerName: { keys: ['a.name COLLATE NOCASE'], join: 'owner' },
  classification: { keys: ['s.classification'] },
  updatedAt: { keys: ['s.updated_at'] },
};

const JOINS: Record<Join, string> = {
  case: 'LEFT JOIN cases c ON c.id = s.case_id',
  owner: 'LEFT JOIN advisers a ON a.id = s.owner_id',
};

const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

interface Where {
  sql: string;
  params: unknown[];
}

/**
 * The triage page's statuses. Their signals have an index of their own in
 * triage order (signals_triage, a partial index on exactly this IN list), so
 * the triage page reads its first page in order instead of sorting every new
 * signal. SQLite uses a partial index only when the query repeats its WHERE
 * term literally, and without statistics it prefers the status index and a
 * sort, so this one preset is written out and named (measured at 100,000
 * signals: test/bench/attentionFigures.ts).
 */
export const TRIAGE_STATUSES = ['nieuw', 'in-duiding'] as const;
const TRIAGE_STATUS_SQL = "s.status IN ('nieuw', 'in-duiding')";

function isTriage(query: SignalListQuery): boolean {
  const statuses = query.filters.statuses;
  return (
    query.sort.column === 'urgency' &&
    !query.filters.includeDeleted &&
    statuses.length === TRIAGE_STATUSES.length &&
    TRIAGE_STATUSES.every((status) => statuses.includes(status))
  );
}

function whereOf(filters: SignalFilters, triage = false): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  const addList = (sql: string, values: readonly unknown[]) => {
    if (values.length > 0) add(sql, JSON.stringify(values));
  };
  if (!filters.includeDeleted) add('s.deleted_at IS NULL');
  if (triage) add(TRIAGE_STATUS_SQL);
  else addList(inList('s.status'), filters.statuses);
  addList(inList('s.urgency'), filters.urgencies);
  addList(inList('s.classification'), filters.classifications);
  addList(inList('s.owner_id'), filters.ownerIds);
  // Link filters as uncorrelated IN subqueries rather than EXISTS: SQLite runs them once,
  // and can then drive the count from the (code, signal_id) indexes instead of probing every signal.
  addList(`s.id IN (SELECT signal_id FROM signal_themes WHERE ${inList('theme_code')})`, filters.themes);
  addList(`s.id IN (SELECT signal_id FROM signal_municipalities WHERE ${inList('municipality_code')})`, filters.municipalities);
  addList(
    `s.id IN (SELECT sm.signal_id FROM municipalities m JOIN signal_municipalities sm ON sm.municipality_code = m.code
              WHERE ${inList('m.province_code')})`,
    filters.provinces,
  );
  if (filters.national !== undefined) add('s.is_national = ?', filters.national ? 1 : 0);
  if (filters.from) add('s.received_on >= ?', filters.from);
  if (filters.to) add('s.received_on <= ?', filters.to);
  if (filters.observedFrom) add('s.observed_on >= ?', filters.observedFrom);
  if (filters.observedTo) add('s.observed_on <= ?', filters.observedTo);
  if (filters.caseId) add('s.case_id = ?', filters.caseId);
  const match = filters.text ? toFtsQuery(filters.text) : null;
  if (match) add('s.seq IN (SELECT rowid FROM signals_fts WHERE signals_fts MATCH ?)', match);
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function orderOf(sort: SignalListQuery['sort']): { sql: string; join?: Join } {
  const { keys, join } = SORTS[sort.column];
  const descending = sort.direction === 'desc';
  const terms = keys.map((key) => (typeof key === 'string' ? { sql: key, against: false } : { sql: key.sql, against: key.against === true }));
  // The seq tie-break follows the last key, so an index ending on that key still serves the order.
  const last = terms[terms.length - 1];
  terms.push({ sql: 's.seq', against: last?.against ?? false });
  const order = terms.map((term) => `${term.sql} ${descending !== term.against ? 'DESC' : 'ASC'}`);
  return { sql: `ORDER BY ${order.join(', ')}`, join };
}

interface ListRow extends Omit<SignalListRow, 'themes' | 'municipalities' | 'isNational'> {
  themesJson: string;
  municipalitiesJson: string;
  isNational: 0 | 1;
}

/**
 * Two steps in one statement: the inner query picks the page's seqs (using the
 * indexes, touching only sort keys), and only those rows are joined to their
 * case, owner, themes and municipality names. The outer ORDER BY re-sorts just
 * the page. (A LIMIT subquery in a join is never flattened by SQLite; CROSS
 * JOIN keeps the page as the outer loop, where the planner would otherwise
 * walk every signal in sort order to skip the final 50-row sort.)
 */
function pageSql(query: SignalListQuery, where: Where): string {
  const order = orderOf(query.sort);
  const index = isTriage(query) ? 'INDEXED BY signals_triage' : '';
  return `
SELECT s.id, s.number, s.title, s.observed_on AS observedOn, s.received_on AS receivedOn, s.urgency, s.status,
  s.phase, s.is_national AS isNational, s.case_id AS caseId, c.number AS caseNumber, a.name AS ownerName,
  s.classification, s.updated_at AS updatedAt, s.deleted_at AS deletedAt,
  (SELECT json_group_array(theme_code) FROM signal_themes WHERE signal_id = s.id) AS themesJson,
  (SELECT json_group_array(name) FROM (
     SELECT m.name FROM signal_municipalities sm JOIN municipalities m ON m.code = sm.municipality_code
     WHERE sm.signal_id = s.id ORDER BY m.name)) AS municipalitiesJson
FROM (SELECT s.seq FROM signals s ${index} ${order.join ? JOINS[order.join] : ''} ${where.sql} ${order.sql} LIMIT ? OFFSET ?) page
CROSS JOIN signals s ON s.seq = page.seq
${JOINS.case}
${JOINS.owner}
${order.sql}`;
}

export function listSignalRows(db: Db, query: SignalListQuery): { rows: SignalListRow[]; total: number } {
  const where = whereOf(query.filters, isTriage(query));
  const total = (statement(db, `SELECT count(*) AS n FROM signals s ${where.sql}`).get(...where.params) as { n: number }).n;
  if (total <= query.page.offset) return { rows: [], total };
  const rows = statement(db, pageSql(query, where)).all(...where.params, query.page.limit, query.page.offset) as ListRow[];
  return {
    total,
    rows: rows.map(({ themesJson, municipalitiesJson, isNational, ...row }) => ({
      ...row,
      isNational: isNational === 1,
      themes: JSON.parse(themesJson) as string[],
      municipalities: JSON.parse(municipalitiesJson) as string[],
    })),
  };
}

export interface PlanStep {
  id: number;
  parent: number;
  detail: string;
}

/** EXPLAIN QUERY PLAN of the page query, so tests (and benches) can see which indexes it uses. */
export function signalListPlan(db: Db, query: SignalListQuery): PlanStep[] {
  const where = whereOf(query.filters, isTriage(query));
  return db
    .prepare(`EXPLAIN QUERY PLAN ${pageSql(query, where)}`)
    .all(...where.params, query.page.limit, query.page.offset) as PlanStep[];
}
