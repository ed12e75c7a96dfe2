import type { ContactPerson, ContactPersonInput } from '../../shared/domain/contactPerson';
import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/** The stored state of a person: enough to check a write (version, tombstone) and diff it. */
export interface ContactPersonState extends ContactPersonInput {
  id: string;
  number: string;
  version: number;
  deletedAt: string | null;
}

export interface NewContactPersonRecord extends ContactPersonInput {
  id: string;
  number: string;
}

/** The latest live contact moment the person took part in. */
export const PERSON_LAST_CONTACT_SQL = `(SELECT max(cm.held_on) FROM contact_moment_persons cmp
  JOIN contact_moments cm ON cm.id = cmp.contact_moment_id
  WHERE cmp.person_id = p.id AND cm.deleted_at IS NULL)`;

const DETAIL_SQL = `
SELECT p.id, p.number, p.name, p.function, p.role, p.organisation_id AS organisationId, p.email, p.phone,
  p.legal_basis AS legalBasis, p.review_on AS reviewOn, p.notes, p.created_at AS createdAt, p.updated_at AS updatedAt,
  COALESCE(u.name, p.updated_by) AS updatedBy, p.version, p.deleted_at AS deletedAt, p.deleted_reason AS deletedReason,
  o.name AS organisationName, o.deleted_at IS NOT NULL AS organisationDeleted,
  ${PERSON_LAST_CONTACT_SQL} AS lastContactOn,
  (SELECT json_group_array(json_array(code, name)) FROM (
     SELECT m.code, m.name FROM organisation_municipalities om JOIN municipalities m ON m.code = om.municipality_code
     WHERE om.organisation_id = p.organisation_id ORDER BY m.name, m.code)) AS municipalitiesJson
FROM contact_persons p
LEFT JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN advisers u ON u.id = p.updated_by
WHERE p.id = ?`;

type DetailRow = Omit<ContactPerson, 'municipalities' | 'municipalityNames' | 'organisationDeleted' | 'role' | 'legalBasis'> & {
  role: ContactPerson['role'];
  legalBasis: ContactPerson['legalBasis'];
  organisationDeleted: 0 | 1 | null;
  municipalitiesJson: string;
};

/** A person with organisation, its municipalities and last contact; also when soft-deleted. */
export function findContactPerson(db: Db, id: string): ContactPerson | undefined {
  const row = statement(db, DETAIL_SQL).get(id) as DetailRow | undefined;
  if (!row) return undefined;
  const { municipalitiesJson, organisationDeleted, ...rest } = row;
  const municipalities = JSON.parse(municipalitiesJson) as [string, string][];
  return {
    ...rest,
    organisationDeleted: organisationDeleted === 1,
    municipalities: municipalities.map(([code]) => code),
    municipalityNames: municipalities.map(([, name]) => name),
  };
}

export function findContactPersonState(db: Db, id: string): ContactPersonState | undefined {
  const found = findContactPerson(db, id);
  if (!found) return undefined;
  return {
    id: found.id,
    number: found.number,
    version: found.version,
    deletedAt: found.deletedAt,
    name: found.name,
    function: found.function,
    role: found.role,
    organisationId: found.organisationId,
    email: found.email,
    phone: found.phone,
    legalBasis: found.legalBasis,
    reviewOn: found.reviewOn,
    notes: found.notes,
  };
}

export function insertContactPerson(db: Db, record: NewContactPersonRecord, stamp: Stamp): void {
  statement(
    db,
    `INSERT INTO contact_persons (id, number, name, function, role, organisation_id, email, phone, legal_basis, review_on,
       notes, created_at, updated_at, updated_by, version)
     VALUES (@id, @number, @name, @function, @role, @organisationId, @email, @phone, @legalBasis, @reviewOn,
       @notes, @at, @at, @by, 1)`,
  ).run({
    id: record.id,
    number: record.number,
    name: record.name,
    function: record.function,
    role: record.role,
    organisationId: record.organisationId,
    email: record.email,
    phone: record.phone,
    legalBasis: record.legalBasis,
    reviewOn: record.reviewOn,
    notes: record.notes,
    at: stamp.at,
    by: stamp.by,
  });
}

export function updateContactPersonFields(db: Db, id: string, input: ContactPersonInput, stamp: Stamp): void {
  statement(
    db,
    `UPDATE contact_persons SET name = @name, function = @function, role = @role, organisation_id = @organisationId,
       email = @email, phone = @phone, legal_basis = @legalBasis, review_on = @reviewOn, notes = @notes,
       updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({
    id,
    name: input.name,
    function: input.function,
    role: input.role,
    organisationId: input.organisationId,
    email: input.email,
    phone: input.phone,
    legalBasis: input.legalBasis,
    reviewOn: input.reviewOn,
    notes: input.notes,
    at: stamp.at,
    by: stamp.by,
  });
}

/** Sets or clears the tombstone; the reason stays only while deleted. */
export function setContactPersonDeleted(db: Db, id: string, deleted: { reason: string } | null, stamp: Stamp): void {
  statement(
    db,
    `UPDATE contact_persons SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(deleted ? stamp.at : null, deleted?.reason ?? null, stamp.at, stamp.by, id);
}

export interface ContactPersonOptionRow {
  id: string;
  name: string;
  organisationName: string | null;
  municipalitiesJson: string;
}

/** Every live person for pickers, by name, with the organisation as a second line. */
export function contactPersonOptionRows(db: Db): ContactPersonOptionRow[] {
  return statement(
    db,
    `SELECT p.id, p.name, o.name AS organisationName,
       (SELECT json_group_array(municipality_code) FROM (
          SELECT municipality_code FROM organisation_municipalities WHERE organisation_id = p.organisation_id
          ORDER BY municipality_code)) AS municipalitiesJson
     FROM contact_persons p LEFT JOIN organisations o ON o.id = p.organisation_id
     WHERE p.deleted_at IS NULL
     ORDER BY p.name COLLATE NOCASE, p.seq`,
  ).all() as ContactPersonOptionRow[];
}

/** Removes the person for good (AVG erasure); links to contact moments cascade. */
export function deleteContactPersonRow(db: Db, id: string): void {
  statement(db, 'DELETE FROM contact_persons WHERE id = ?').run(id);
}

/** A person's id by number, soft-deleted ones included (they can still be exported or erased). */
export function contactPersonIdByNumber(db: Db, number: string): string | undefined {
  const row = statement(db, 'SELECT id FROM contact_persons WHERE number = ?').get(number) as { id: string } | undefined;
  return row?.id;
}
