import type { ContactMomentListQuery, ContactMomentListRow } from '../../shared/domain/contactMoment';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The contact moment list: filtering, sorting, paging and the total all run
 * in SQL, so the renderer never holds more than one page. Every fragment below
 * is a fixed string; user values only ever travel as bound parameters.
 */

const SORT_EXPRESSIONS: Record<ContactMomentListQuery['sort']['column'], string> = {
  number: 'm.number',
  heldOn: 'm.held_on',
  form: 'm.form',
  subject: 'm.subject COLLATE NOCASE',
  updatedAt: 'm.updated_at',
};

const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;
const linked = (table: string, condition: string) =>
  `EXISTS (SELECT 1 FROM ${table} l WHERE l.contact_moment_id = m.id AND ${condition})`;

function whereFor(filters: ContactMomentListQuery['filters'], ftsQuery: string | null): { where: string; params: string[] } {
  const clauses = ['m.deleted_at IS NULL'];
  const params: string[] = [];
  const list = (values: readonly string[], clause: string) => {
    if (values.length === 0) return;
    clauses.push(clause);
    params.push(JSON.stringify(values));
  };
  const one = (value: string | undefined, clause: string) => {
    if (value === undefined) return;
    clauses.push(clause);
    params.push(value);
  };
  list(filters.forms, inList('m.form'));
  list(filters.themes, linked('contact_moment_themes', inList('l.theme_code')));
  list(filters.municipalities, linked('contact_moment_municipalities', inList('l.municipality_code')));
  list(
    filters.provinces,
    `EXISTS (SELECT 1 FROM contact_moment_municipalities l JOIN municipalities mu ON mu.code = l.municipality_code
             WHERE l.contact_moment_id = m.id AND ${inList('mu.province_code')})`,
  );
  list(filters.organisationIds, linked('contact_moment_organisations', inList('l.organisation_id')));
  list(filters.personIds, linked('contact_moment_persons', inList('l.person_id')));
  list(filters.staffIds, linked('contact_moment_staff', inList('l.adviser_id')));
  one(filters.caseId, 'm.case_id = ?');
  one(filters.signalId, linked('contact_moment_signals', 'l.signal_id = ?'));
  one(filters.from, 'm.held_on >= ?');
  one(filters.to, 'm.held_on <= ?');
  if (ftsQuery) one(ftsQuery, 'm.seq IN (SELECT rowid FROM contact_moments_fts WHERE contact_moments_fts MATCH ?)');
  return { where: clauses.join(' AND '), params };
}

interface ListRow extends Omit<ContactMomentListRow, 'municipalityNames' | 'organisationNames' | 'themes'> {
  municipalityNamesJson: string;
  organisationNamesJson: string;
  themesJson: string;
}

/** One page of live contact moments and the total that matches; `ftsQuery` is already a safe MATCH expression. */
export function queryContactMomentList(
  db: Db,
  query: ContactMomentListQuery,
  ftsQuery: string | null,
): { rows: ContactMomentListRow[]; total: number } {
  const { where, params } = whereFor(query.filters, ftsQuery);
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = `${SORT_EXPRESSIONS[query.sort.column]} ${direction}, m.seq ${direction}`;
  const total = (statement(db, `SELECT count(*) AS n FROM contact_moments m WHERE ${where}`).get(...params) as { n: number }).n;
  // The page first, then the link lists for that page only (as in the case list).
  const rows = statement(
    db,
    `WITH page AS (SELECT m.seq FROM contact_moments m WHERE ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?)
     SELECT m.id, m.number, m.held_on AS heldOn, m.form, m.subject, m.classification, m.updated_at AS updatedAt,
       (SELECT json_group_array(name) FROM (
          SELECT mu.name FROM contact_moment_municipalities l JOIN municipalities mu ON mu.code = l.municipality_code
          WHERE l.contact_moment_id = m.id ORDER BY mu.name)) AS municipalityNamesJson,
       (SELECT json_group_array(name) FROM (
          SELECT o.name FROM contact_moment_organisations l JOIN organisations o ON o.id = l.organisation_id
          WHERE l.contact_moment_id = m.id ORDER BY o.name COLLATE NOCASE)) AS organisationNamesJson,
       (SELECT json_group_array(theme_code) FROM (
          SELECT theme_code FROM contact_moment_themes WHERE contact_moment_id = m.id ORDER BY theme_code)) AS themesJson
     FROM page JOIN contact_moments m ON m.seq = page.seq
     ORDER BY ${orderBy}`,
  ).all(...params, query.page.limit, query.page.offset) as ListRow[];
  return {
    total,
    rows: rows.map(({ municipalityNamesJson, organisationNamesJson, themesJson, ...row }) => ({
      ...row,
      municipalityNames: JSON.parse(municipalityNamesJson) as string[],
      organisationNames: JSON.parse(organisationNamesJson) as string[],
      themes: JSON.parse(themesJson) as string[],
    })),
  };
}
