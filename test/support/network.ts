import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { nextNumber } from '../../db/repositories/numbers';
import { contactPersonInputSchema, type ContactPersonInput, type ContactPersonInputDraft } from '../../shared/domain/contactPerson';
import { organisationInputSchema, type OrganisationInput, type OrganisationInputDraft } from '../../shared/domain/organisation';

/**
 * Test-only helpers for organisations and contact persons. Contact moments
 * and actions are inserted with plain SQL, so these tests do not depend on
 * the contact moments service; the rows satisfy the schema like real ones
 * (FTS triggers fire as usual).
 */

/** A valid organisation (a community organisation in Amsterdam) with overrides taken as they come. */
export function organisationDraft(overrides: Partial<OrganisationInputDraft> = {}): OrganisationInput {
  return organisationInputSchema.parse({
    name: 'Stichting Buurtverbinding',
    type: 'zelforganisatie',
    municipalities: ['GM0363'],
    notes: 'Actief in Nieuw-West (fictief).',
    ...overrides,
  });
}

/** A valid contact person; review date a year after the fixed clock. */
export function personDraft(overrides: Partial<ContactPersonInputDraft> = {}): ContactPersonInput {
  return contactPersonInputSchema.parse({
    name: 'Jan de Vries',
    function: 'Voorzitter',
    role: 'sleutelfiguur',
    email: 'jan@example.org',
    phone: '+31 6 1234 5678',
    reviewOn: '2027-03-15',
    ...overrides,
  });
}

export interface TestContactMoment {
  heldOn?: string;
  form?: string;
  subject?: string;
  minutes?: string;
  organisationIds?: string[];
  personIds?: string[];
  signalIds?: string[];
  municipalities?: string[];
  deleted?: boolean;
}

export function insertTestContactMoment(db: Db, moment: TestContactMoment = {}): { id: string; number: string } {
  const id = randomUUID();
  const heldOn = moment.heldOn ?? '2026-03-10';
  const number = nextNumber(db, 'CON', Number(heldOn.slice(0, 4)));
  const at = `${heldOn}T12:00:00.000Z`;
  db.prepare(
    `INSERT INTO contact_moments (id, number, held_on, form, subject, minutes, classification, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, 'ongerubriceerd', ?, ?, ?)`,
  ).run(
    id,
    number,
    heldOn,
    moment.form ?? 'overleg',
    moment.subject ?? 'Overleg over de wijk',
    moment.minutes ?? '',
    at,
    at,
    moment.deleted ? at : null,
  );
  const link = (sql: string, values: string[] | undefined) => {
    const statement = db.prepare(sql);
    for (const value of values ?? []) statement.run(id, value);
  };
  link('INSERT INTO contact_moment_organisations (contact_moment_id, organisation_id) VALUES (?, ?)', moment.organisationIds);
  link('INSERT INTO contact_moment_persons (contact_moment_id, person_id) VALUES (?, ?)', moment.personIds);
  link('INSERT INTO contact_moment_signals (contact_moment_id, signal_id) VALUES (?, ?)', moment.signalIds);
  link('INSERT INTO contact_moment_municipalities (contact_moment_id, municipality_code) VALUES (?, ?)', moment.municipalities);
  return { id, number };
}

export function softDeleteTestContactMoment(db: Db, id: string): void {
  db.prepare("UPDATE contact_moments SET deleted_at = '2026-03-12T00:00:00.000Z' WHERE id = ?").run(id);
}

export interface TestAction {
  contactMomentId?: string | null;
  description?: string;
  result?: string;
  kind?: string;
  status?: string;
  dueOn?: string | null;
}

export function insertTestAction(db: Db, action: TestAction = {}): { id: string; number: string } {
  const id = randomUUID();
  const number = nextNumber(db, 'ACT', 2026);
  const at = '2026-03-10T12:00:00.000Z';
  db.prepare(
    `INSERT INTO follow_up_actions (id, number, description, kind, due_on, status, result, contact_moment_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    number,
    action.description ?? 'Terugkoppeling aan de gemeente',
    action.kind ?? 'advies',
    action.dueOn === undefined ? '2026-03-20' : action.dueOn,
    action.status ?? 'open',
    action.result ?? '',
    action.contactMomentId ?? null,
    at,
    at,
  );
  return { id, number };
}

/** Row counts of everything an organisation or person write touches, to prove a refused write wrote nothing. */
export function networkTableCounts(db: Db): Record<string, number> {
  const tables = ['organisations', 'organisation_municipalities', 'contact_persons', 'number_sequences', 'audit_log', 'audit_payload'];
  return Object.fromEntries(
    tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}

/** Text and version of a row, to check a redaction. */
export function rowOf(db: Db, table: 'contact_moments' | 'follow_up_actions' | 'signals', id: string): Record<string, unknown> {
  return db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;
}
