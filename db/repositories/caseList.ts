import type { CaseListQuery, CaseListRow } from '../../shared/domain/case';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The case list: filtering, sorting, paging and the total all run in SQL, so
 * the renderer never holds more than one page. Every fragment below is a fixed
 * string; user values only ever travel as bound parameters.
 */

const SIGNAL_COUNT = '(SELECT count(*) FROM signals s WHERE s.case_id = c.id AND s.deleted_at IS NULL)';

const SORT_EXPRESSIONS: Record<CaseListQuery['sort']['column'], string> = {
  number: 'c.number',
  title: 'c.title COLLATE NOCASE',
  type: 'c.type',
  status: 'c.status',
  startOn: 'c.start_on',
  // Cases without an owner sort last in ascending order, as an empty cell would.
  ownerName: 'o.name IS NULL, o.name COLLATE NOCASE',
  signalCount: SIGNAL_COUNT,
  updatedAt: 'c.updated_at',
};

const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

interface Where {
  clauses: string[];
  params: (string | number)[];
}

function whereFor(filters: CaseListQuery['filters'], ftsQuery: string | null): Where {
  const clauses = ['c.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  const list = (values: readonly string[], clause: string) => {
    if (values.length === 0) return;
    clauses.push(clause);
    params.push(JSON.stringify(values));
  };
  list(filters.statuses, inList('c.status'));
  list(filters.types, inList('c.type'));
  list(filters.classifications, inList('c.classification'));
  list(filters.ownerIds, inList('c.owner_id'));
  list(filters.themes, `EXISTS (SELECT 1 FROM case_themes t WHERE t.case_id = c.id AND ${inList('t.theme_code')})`);
  list(
    filters.municipalities,
    `EXISTS (SELECT 1 FROM case_municipalities cm WHERE cm.case_id = c.id AND ${inList('cm.municipality_code')})`,
  );
  list(
    filters.provinces,
    `EXISTS (SELECT 1 FROM case_municipalities cm JOIN municipalities m ON m.code = cm.municipality_code
             WHERE cm.case_id = c.id AND ${inList('m.province_code')})`,
  );
  if (filters.from) {
    clauses.push('c.start_on >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    clauses.push('c.start_on <= ?');
    params.push(filters.to);
  }
  if (ftsQuery) {
    clauses.push('c.seq IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)');
    params.push(ftsQuery);
  }
  return { clauses, params };
}

interface ListRow extends Omit<CaseListRow, 'themes' | 'municipalities'> {
  themesJson: string;
  municipalitiesJson: string;
}

/** One page of live cases and the total that matches; `ftsQuery` is already a safe MATCH expression. */
export function queryCaseList(
  db: Db,
  query: CaseListQuery,
  ftsQuery: string | null,
): { rows: CaseListRow[]; total: number } {
  const { clauses, params } = whereFor(query.filters, ftsQuery);
  const where = clauses.join(' AND ');
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = SORT_EXPRESSIONS[query.sort.column]
    .split(', ')
    .map((expression) => `${expression} ${direction}`)
    .concat(`c.seq ${direction}`)
    .join(', ');

  const total = (
    statement(db, `SELECT count(*) AS n FROM cases c WHERE ${where}`).get(...params) as { n: number }
  ).n;
  // Pick the page first, then read the costly columns (counts, link lists) for
  // that page only: when a sort needs a sorter, SQLite computes every result
  // column of every matching row before it can cut off the page.
  const rows = statement(
    db,
    `WITH page AS (
       SELECT c.seq FROM cases c LEFT JOIN advisers o ON o.id = c.owner_id
       WHERE ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?)
     SELECT c.id, c.number, c.title, c.type, c.status, c.start_on AS startOn, c.end_on AS endOn,
       o.name AS ownerName, ${SIGNAL_COUNT} AS signalCount, c.classification, c.updated_at AS updatedAt,
       (SELECT json_group_array(theme_code) FROM (
          SELECT theme_code FROM case_themes WHERE case_id = c.id ORDER BY theme_code)) AS themesJson,
       (SELECT json_group_array(municipality_code) FROM (
          SELECT municipality_code FROM case_municipalities WHERE case_id = c.id ORDER BY municipality_code)) AS municipalitiesJson
     FROM page JOIN cases c ON c.seq = page.seq LEFT JOIN advisers o ON o.id = c.owner_id
     ORDER BY ${orderBy}`,
  ).all(...params, query.page.limit, query.page.offset) as ListRow[];

  return {
    total,
    rows: rows.map(({ themesJson, municipalitiesJson, ...row }) => ({
      ...row,
      themes: JSON.parse(themesJson) as string[],
      municipalities: JSON.parse(municipalitiesJson) as string[],
    })),
  };
}
