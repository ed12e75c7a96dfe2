import type { OrganisationListQuery, OrganisationListRow } from '../../shared/domain/organisation';
import type { Db } from '../connection';
import { statement } from '../statements';
import { ORGANISATION_LAST_CONTACT_SQL, PERSON_COUNT_SQL } from './organisations';

/**
 * The organisations list: filtering, sorting, paging and the total in SQL, as
 * for signals and cases. The register holds hundreds of rows, not hundreds of
 * thousands, so free text is a plain LIKE (no FTS index to keep) and the
 * derived figures are computed per row. Every fragment is a fixed string;
 * user values only travel as bound parameters.
 */

/** A LIKE pattern for "contains": % and _ in the text match themselves (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const SORT_EXPRESSIONS: Record<OrganisationListQuery['sort']['column'], string> = {
  name: 'o.name COLLATE NOCASE',
  type: 'o.type',
  personCount: PERSON_COUNT_SQL,
  // Never contacted (NULL) sorts first ascending: the most neglected relation on top.
  lastContactOn: ORGANISATION_LAST_CONTACT_SQL,
  updatedAt: 'o.updated_at',
};

const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

interface Where {
  sql: string;
  params: unknown[];
}

function whereOf(filters: OrganisationListQuery['filters']): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  const addList = (sql: string, values: readonly string[]) => {
    if (values.length > 0) add(sql, JSON.stringify(values));
  };
  if (!filters.includeDeleted) add('o.deleted_at IS NULL');
  addList(inList('o.type'), filters.types);
  addList(
    `o.id IN (SELECT organisation_id FROM organisation_municipalities WHERE ${inList('municipality_code')})`,
    filters.municipalities,
  );
  addList(
    `o.id IN (SELECT om.organisation_id FROM organisation_municipalities om
              JOIN municipalities m ON m.code = om.municipality_code WHERE ${inList('m.province_code')})`,
    filters.provinces,
  );
  if (filters.text) {
    const pattern = containsPattern(filters.text);
    add(
      `(o.name LIKE ? ESCAPE '\\' OR o.notes LIKE ? ESCAPE '\\' OR o.number LIKE ? ESCAPE '\\')`,
      pattern,
      pattern,
      pattern,
    );
  }
  if (filters.noContactSince) {
    add(`COALESCE(${ORGANISATION_LAST_CONTACT_SQL}, '') < ?`, filters.noContactSince);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

interface ListRow extends Omit<OrganisationListRow, 'municipalityNames'> {
  municipalitiesJson: string;
}

/** One page of organisations and the total that matches. */
export function queryOrganisationList(db: Db, query: OrganisationListQuery): { rows: OrganisationListRow[]; total: number } {
  const where = whereOf(query.filters);
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = `${SORT_EXPRESSIONS[query.sort.column]} ${direction}, o.seq ${direction}`;
  const total = (statement(db, `SELECT count(*) AS n FROM organisations o ${where.sql}`).get(...where.params) as { n: number }).n;
  if (total <= query.page.offset) return { rows: [], total };
  const rows = statement(
    db,
    `SELECT o.id, o.number, o.name, o.type, o.updated_at AS updatedAt, o.deleted_at AS deletedAt,
       ${PERSON_COUNT_SQL} AS personCount,
       ${ORGANISATION_LAST_CONTACT_SQL} AS lastContactOn,
       (SELECT json_group_array(name) FROM (
          SELECT m.name FROM organisation_municipalities om JOIN municipalities m ON m.code = om.municipality_code
          WHERE om.organisation_id = o.id ORDER BY m.name)) AS municipalitiesJson
     FROM organisations o ${where.sql}
     ORDER BY ${orderBy}
     LIMIT ? OFFSET ?`,
  ).all(...where.params, query.page.limit, query.page.offset) as ListRow[];
  return {
    total,
    rows: rows.map(({ municipalitiesJson, ...row }) => ({
      ...row,
      municipalityNames: JSON.parse(municipalitiesJson) as string[],
    })),
  };
}
