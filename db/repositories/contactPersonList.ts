import type { ContactPersonListQuery, ContactPersonListRow } from '../../shared/domain/contactPerson';
import type { Db } from '../connection';
import { statement } from '../statements';
import { PERSON_LAST_CONTACT_SQL } from './contactPersons';
import { containsPattern } from './organisationList';

/**
 * The contact persons list, and with `reviewDueBy` the privacy review list:
 * filtering, sorting, paging and the total in SQL. Fragments are fixed
 * strings; user values only travel as bound parameters.
 */

const SORT_EXPRESSIONS: Record<ContactPersonListQuery['sort']['column'], string> = {
  name: 'p.name COLLATE NOCASE',
  function: 'p.function COLLATE NOCASE',
  role: 'p.role',
  // Persons without an organisation sort last ascending, as an empty cell would; colleagues by name.
  organisationName: 'o.name IS NULL, o.name COLLATE NOCASE, p.name COLLATE NOCASE',
  lastContactOn: PERSON_LAST_CONTACT_SQL,
  reviewOn: 'p.review_on',
  updatedAt: 'p.updated_at',
};

const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

function whereOf(filters: ContactPersonListQuery['filters']): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  const addList = (sql: string, values: readonly string[]) => {
    if (values.length > 0) add(sql, JSON.stringify(values));
  };
  if (!filters.includeDeleted) add('p.deleted_at IS NULL');
  addList(inList('p.role'), filters.roles);
  addList(inList('p.organisation_id'), filters.organisationIds);
  // A person works where their organisation works.
  addList(
    `p.organisation_id IN (SELECT organisation_id FROM organisation_municipalities WHERE ${inList('municipality_code')})`,
    filters.municipalities,
  );
  if (filters.text) {
    const pattern = containsPattern(filters.text);
    add(
      `(p.name LIKE ? ESCAPE '\\' OR p.function LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\' OR p.number LIKE ? ESCAPE '\\')`,
      pattern,
      pattern,
      pattern,
      pattern,
    );
  }
  if (filters.reviewDueBy) add('p.review_on <= ?', filters.reviewDueBy);
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of persons and the total that matches. */
export function queryContactPersonList(db: Db, query: ContactPersonListQuery): { rows: ContactPersonListRow[]; total: number } {
  const where = whereOf(query.filters);
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = SORT_EXPRESSIONS[query.sort.column]
    .split(', ')
    .map((expression) => `${expression} ${direction}`)
    .concat(`p.seq ${direction}`)
    .join(', ');
  const total = (statement(db, `SELECT count(*) AS n FROM contact_persons p ${where.sql}`).get(...where.params) as { n: number }).n;
  if (total <= query.page.offset) return { rows: [], total };
  const rows = statement(
    db,
    `SELECT p.id, p.number, p.name, p.function, p.role, p.organisation_id AS organisationId, o.name AS organisationName,
       ${PERSON_LAST_CONTACT_SQL} AS lastContactOn, p.review_on AS reviewOn, p.updated_at AS updatedAt,
       p.deleted_at AS deletedAt
     FROM contact_persons p LEFT JOIN organisations o ON o.id = p.organisation_id
     ${where.sql}
     ORDER BY ${orderBy}
     LIMIT ? OFFSET ?`,
  ).all(...where.params, query.page.limit, query.page.offset) as ContactPersonListRow[];
  return { total, rows };
}
