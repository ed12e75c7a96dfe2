import type { Organisation, OrganisationInput } from '../../shared/domain/organisation';
import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/** The stored state of an organisation: enough to check a write (version, tombstone) and diff it. */
export interface OrganisationState extends OrganisationInput {
  id: string;
  number: string;
  version: number;
  deletedAt: string | null;
}

export interface NewOrganisationRecord extends OrganisationInput {
  id: string;
  number: string;
}

/** Live persons of the organisation; a soft-deleted person no longer counts. */
export const PERSON_COUNT_SQL = `(SELECT count(*) FROM contact_persons p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL)`;

/** The latest live contact moment the organisation took part in (DESIGN: last contact is derived, never stored). */
export const ORGANISATION_LAST_CONTACT_SQL = `(SELECT max(cm.held_on) FROM contact_moment_organisations cmo
  JOIN contact_moments cm ON cm.id = cmo.contact_moment_id
  WHERE cmo.organisation_id = o.id AND cm.deleted_at IS NULL)`;

const DETAIL_SQL = `
SELECT o.id, o.number, o.name, o.type, o.notes, o.created_at AS createdAt, o.updated_at AS updatedAt,
  COALESCE(u.name, o.updated_by) AS updatedBy, o.version, o.deleted_at AS deletedAt, o.deleted_reason AS deletedReason,
  ${PERSON_COUNT_SQL} AS personCount,
  ${ORGANISATION_LAST_CONTACT_SQL} AS lastContactOn,
  (SELECT json_group_array(json_array(code, name)) FROM (
     SELECT m.code, m.name FROM organisation_municipalities om JOIN municipalities m ON m.code = om.municipality_code
     WHERE om.organisation_id = o.id ORDER BY m.name, m.code)) AS municipalitiesJson
FROM organisations o
LEFT JOIN advisers u ON u.id = o.updated_by
WHERE o.id = ?`;

type DetailRow = Omit<Organisation, 'municipalities' | 'municipalityNames' | 'type'> & {
  type: Organisation['type'];
  municipalitiesJson: string;
};

/** An organisation with its municipalities and derived figures, also when soft-deleted. */
export function findOrganisation(db: Db, id: string): Organisation | undefined {
  const row = statement(db, DETAIL_SQL).get(id) as DetailRow | undefined;
  if (!row) return undefined;
  const { municipalitiesJson, ...rest } = row;
  const municipalities = JSON.parse(municipalitiesJson) as [string, string][];
  return {
    ...rest,
    municipalities: municipalities.map(([code]) => code),
    municipalityNames: municipalities.map(([, name]) => name),
  };
}

/** The editable fields plus what a write checks; municipality codes in code order, so diffs are stable. */
export function findOrganisationState(db: Db, id: string): OrganisationState | undefined {
  const found = findOrganisation(db, id);
  if (!found) return undefined;
  return {
    id: found.id,
    number: found.number,
    version: found.version,
    deletedAt: found.deletedAt,
    name: found.name,
    type: found.type,
    municipalities: [...found.municipalities].sort(),
    notes: found.notes,
  };
}

function replaceMunicipalities(db: Db, id: string, codes: readonly string[]): void {
  statement(db, 'DELETE FROM organisation_municipalities WHERE organisation_id = ?').run(id);
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO organisation_municipalities (organisation_id, municipality_code) VALUES (?, ?)',
  );
  for (const code of codes) insert.run(id, code);
}

export function insertOrganisation(db: Db, record: NewOrganisationRecord, stamp: Stamp): void {
  statement(
    db,
    `INSERT INTO organisations (id, number, name, type, notes, created_at, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(record.id, record.number, record.name, record.type, record.notes, stamp.at, stamp.at, stamp.by);
  replaceMunicipalities(db, record.id, record.municipalities);
}

export function updateOrganisationFields(db: Db, id: string, input: OrganisationInput, stamp: Stamp): void {
  statement(
    db,
    `UPDATE organisations SET name = ?, type = ?, notes = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(input.name, input.type, input.notes, stamp.at, stamp.by, id);
  replaceMunicipalities(db, id, input.municipalities);
}

/** Sets or clears the tombstone; the reason stays only while deleted. */
export function setOrganisationDeleted(db: Db, id: string, deleted: { reason: string } | null, stamp: Stamp): void {
  statement(
    db,
    `UPDATE organisations SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(deleted ? stamp.at : null, deleted?.reason ?? null, stamp.at, stamp.by, id);
}

export interface OrganisationOptionRow {
  id: string;
  name: string;
  type: string;
  municipalitiesJson: string;
}

/** Every live organisation for pickers, by name; the municipality codes help prefill a contact moment. */
export function organisationOptionRows(db: Db): OrganisationOptionRow[] {
  return statement(
    db,
    `SELECT o.id, o.name, o.type,
       (SELECT json_group_array(municipality_code) FROM (
          SELECT municipality_code FROM organisation_municipalities WHERE organisation_id = o.id
          ORDER BY municipality_code)) AS municipalitiesJson
     FROM organisations o WHERE o.deleted_at IS NULL
     ORDER BY o.name COLLATE NOCASE, o.seq`,
  ).all() as OrganisationOptionRow[];
}
