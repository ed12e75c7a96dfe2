import type { ContactMoment, ContactMomentInput, NamedRef } from '../../shared/domain/contactMoment';
import type { Db } from '../connection';
import { statement } from '../statements';

/** The stored state of a contact moment: enough to check a write (existence, version, tombstone) and diff it. */
export interface ContactMomentState extends ContactMomentInput {
  id: string;
  number: string;
  version: number;
  deletedAt: string | null;
}

export interface NewContactMomentRecord extends ContactMomentInput {
  id: string;
  number: string;
  createdAt: string;
  updatedBy: string | null;
}

export interface Stamp {
  at: string;
  by: string | null;
}

const adviserLabel = `a.name || ' (' || a.initials || ')'`;

// Link lists come back as JSON arrays [id, label] ordered by label, so a contact moment reads in one statement.
const DETAIL_SQL = `
SELECT m.id, m.number, m.held_on AS heldOn, m.form, m.subject, m.minutes, m.case_id AS caseId, m.classification,
  m.created_at AS createdAt, m.updated_at AS updatedAt, COALESCE(u.name, m.updated_by) AS updatedBy, m.version,
  m.deleted_at AS deletedAt, m.deleted_reason AS deletedReason,
  CASE WHEN c.id IS NULL THEN NULL ELSE c.number || ' ' || c.title END AS caseLabel,
  (SELECT json_group_array(json_array(code, name)) FROM (
     SELECT mu.code, mu.name FROM contact_moment_municipalities cm JOIN municipalities mu ON mu.code = cm.municipality_code
     WHERE cm.contact_moment_id = m.id ORDER BY mu.name, mu.code)) AS municipalitiesJson,
  (SELECT json_group_array(json_array(id, name)) FROM (
     SELECT o.id, o.name FROM contact_moment_organisations co JOIN organisations o ON o.id = co.organisation_id
     WHERE co.contact_moment_id = m.id ORDER BY o.name COLLATE NOCASE, o.id)) AS organisationsJson,
  (SELECT json_group_array(json_array(id, name)) FROM (
     SELECT p.id, p.name FROM contact_moment_persons cp JOIN contact_persons p ON p.id = cp.person_id
     WHERE cp.contact_moment_id = m.id ORDER BY p.name COLLATE NOCASE, p.id)) AS personsJson,
  (SELECT json_group_array(json_array(id, label)) FROM (
     SELECT a.id, ${adviserLabel} AS label FROM contact_moment_staff cs JOIN advisers a ON a.id = cs.adviser_id
     WHERE cs.contact_moment_id = m.id ORDER BY a.name COLLATE NOCASE, a.id)) AS staffJson,
  (SELECT json_group_array(theme_code) FROM (
     SELECT theme_code FROM contact_moment_themes WHERE contact_moment_id = m.id ORDER BY theme_code)) AS themesJson,
  (SELECT json_group_array(json_array(id, label)) FROM (
     SELECT s.id, s.number || ' ' || s.title AS label FROM contact_moment_signals cs JOIN signals s ON s.id = cs.signal_id
     WHERE cs.contact_moment_id = m.id ORDER BY s.seq)) AS signalsJson,
  (SELECT json_group_array(id) FROM (
     SELECT f.id FROM follow_up_actions f WHERE f.contact_moment_id = m.id AND f.deleted_at IS NULL ORDER BY f.seq)) AS actionIdsJson
FROM contact_moments m
LEFT JOIN cases c ON c.id = m.case_id
LEFT JOIN advisers u ON u.id = m.updated_by
WHERE m.id = ?`;

type DetailRow = Pick<
  ContactMoment,
  | 'id'
  | 'number'
  | 'heldOn'
  | 'form'
  | 'subject'
  | 'minutes'
  | 'caseId'
  | 'classification'
  | 'createdAt'
  | 'updatedAt'
  | 'updatedBy'
  | 'version'
  | 'deletedAt'
  | 'deletedReason'
  | 'caseLabel'
> & {
  municipalitiesJson: string;
  organisationsJson: string;
  personsJson: string;
  staffJson: string;
  themesJson: string;
  signalsJson: string;
  actionIdsJson: string;
};

const refs = (json: string): NamedRef[] => (JSON.parse(json) as [string, string][]).map(([id, label]) => ({ id, label }));

/** A contact moment with its links and their labels, including a soft-deleted one (its page offers restore). */
export function findContactMoment(db: Db, id: string): ContactMoment | undefined {
  const row = statement(db, DETAIL_SQL).get(id) as DetailRow | undefined;
  if (!row) return undefined;
  const { municipalitiesJson, organisationsJson, personsJson, staffJson, themesJson, signalsJson, actionIdsJson, ...rest } = row;
  const municipalities = JSON.parse(municipalitiesJson) as [string, string][];
  const organisations = refs(organisationsJson);
  const persons = refs(personsJson);
  const staff = refs(staffJson);
  const signals = refs(signalsJson);
  return {
    ...rest,
    municipalities: municipalities.map(([code]) => code),
    municipalityNames: municipalities.map(([, name]) => name),
    organisationIds: organisations.map((ref) => ref.id),
    organisations,
    personIds: persons.map((ref) => ref.id),
    persons,
    staffIds: staff.map((ref) => ref.id),
    staff,
    themes: JSON.parse(themesJson) as string[],
    signalIds: signals.map((ref) => ref.id),
    signals,
    actionIds: JSON.parse(actionIdsJson) as string[],
  };
}

/** The input fields as stored, every list in one canonical (sorted) order, for version checks and audit diffs. */
export function findContactMomentState(db: Db, id: string): ContactMomentState | undefined {
  const found = findContactMoment(db, id);
  if (!found) return undefined;
  const sorted = (values: readonly string[]) => [...values].sort();
  return {
    id: found.id,
    number: found.number,
    version: found.version,
    deletedAt: found.deletedAt,
    heldOn: found.heldOn,
    form: found.form,
    subject: found.subject,
    minutes: found.minutes,
    municipalities: sorted(found.municipalities),
    organisationIds: sorted(found.organisationIds),
    personIds: sorted(found.personIds),
    staffIds: sorted(found.staffIds),
    themes: sorted(found.themes),
    signalIds: sorted(found.signalIds),
    caseId: found.caseId,
    classification: found.classification,
  };
}

const LINKS = {
  municipalities: { table: 'contact_moment_municipalities', column: 'municipality_code' },
  organisationIds: { table: 'contact_moment_organisations', column: 'organisation_id' },
  personIds: { table: 'contact_moment_persons', column: 'person_id' },
  staffIds: { table: 'contact_moment_staff', column: 'adviser_id' },
  themes: { table: 'contact_moment_themes', column: 'theme_code' },
  signalIds: { table: 'contact_moment_signals', column: 'signal_id' },
} as const;

export type ContactMomentLink = keyof typeof LINKS;

/** Replaces one kind of link; table and column names come from the fixed list above. */
export function replaceContactMomentLinks(db: Db, id: string, link: ContactMomentLink, values: readonly string[]): void {
  const { table, column } = LINKS[link];
  statement(db, `DELETE FROM ${table} WHERE contact_moment_id = ?`).run(id);
  const insert = statement(db, `INSERT OR IGNORE INTO ${table} (contact_moment_id, ${column}) VALUES (?, ?)`);
  for (const value of values) insert.run(id, value);
}

/** Adds one signal to a contact moment (a signal registered from it); a repeat changes nothing. */
export function addContactMomentSignal(db: Db, id: string, signalId: string): void {
  statement(db, 'INSERT OR IGNORE INTO contact_moment_signals (contact_moment_id, signal_id) VALUES (?, ?)').run(id, signalId);
}

const LINK_NAMES = Object.keys(LINKS) as ContactMomentLink[];

export function insertContactMoment(db: Db, record: NewContactMomentRecord): void {
  statement(
    db,
    `INSERT INTO contact_moments (id, number, held_on, form, subject, minutes, case_id, classification,
       created_at, updated_at, updated_by, version)
     VALUES (@id, @number, @heldOn, @form, @subject, @minutes, @caseId, @classification, @createdAt, @createdAt, @updatedBy, 1)`,
  ).run({
    id: record.id,
    number: record.number,
    heldOn: record.heldOn,
    form: record.form,
    subject: record.subject,
    minutes: record.minutes,
    caseId: record.caseId,
    classification: record.classification,
    createdAt: record.createdAt,
    updatedBy: record.updatedBy,
  });
  for (const link of LINK_NAMES) replaceContactMomentLinks(db, record.id, link, record[link]);
}

/** Stores the changed columns and replaces only the link lists named in `links`. */
export function updateContactMomentFields(
  db: Db,
  id: string,
  input: ContactMomentInput,
  links: readonly ContactMomentLink[],
  stamp: Stamp,
): void {
  statement(
    db,
    `UPDATE contact_moments SET held_on = @heldOn, form = @form, subject = @subject, minutes = @minutes, case_id = @caseId,
       classification = @classification, updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({
    id,
    heldOn: input.heldOn,
    form: input.form,
    subject: input.subject,
    minutes: input.minutes,
    caseId: input.caseId,
    classification: input.classification,
    at: stamp.at,
    by: stamp.by,
  });
  for (const link of links) replaceContactMomentLinks(db, id, link, input[link]);
}

/** A change to what belongs to the contact moment (a new signal) is a change of it: new version. */
export function touchContactMoment(db: Db, id: string, stamp: Stamp): void {
  statement(db, 'UPDATE contact_moments SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
    stamp.at,
    stamp.by,
    id,
  );
}

/** Sets or clears the tombstone; the reason stays only while deleted. */
export function setContactMomentDeleted(db: Db, id: string, deleted: { reason: string } | null, stamp: Stamp): void {
  statement(
    db,
    `UPDATE contact_moments SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(deleted ? stamp.at : null, deleted?.reason ?? null, stamp.at, stamp.by, id);
}

export interface ContactMomentHeader {
  id: string;
  number: string;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
}

/** Just enough to tell whether a contact moment exists and is live, without reading its links. */
export function findContactMomentHeader(db: Db, id: string): ContactMomentHeader | undefined {
  return statement(
    db,
    'SELECT id, number, version, deleted_at AS deletedAt, deleted_reason AS deletedReason FROM contact_moments WHERE id = ?',
  ).get(id) as ContactMomentHeader | undefined;
}
