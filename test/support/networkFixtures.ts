import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { nextNumber } from '../../db/repositories/numbers';
import { FIXED_NOW } from './caseFixtures';

/**
 * Plain-SQL records for the network tests (municipality page, overview), so
 * these tests do not depend on the organisation, contact-moment and action
 * services. Rows satisfy the schema as real ones do; FTS triggers fire.
 */

const AT = FIXED_NOW;
const DELETED_AT = '2026-03-10T00:00:00.000Z';

export interface Created {
  id: string;
  number: string;
}

export function insertTestCase(db: Db, options: { municipalities?: string[]; startOn?: string; deleted?: boolean; title?: string } = {}): Created {
  const id = randomUUID();
  const number = nextNumber(db, 'CAS', 2026);
  db.prepare(
    `INSERT INTO cases (id, number, title, type, status, start_on, classification, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, 'lokale-spanning', 'open', ?, 'ongerubriceerd', ?, ?, ?)`,
  ).run(id, number, options.title ?? 'Spanningen in de wijk', options.startOn ?? '2026-02-01', AT, AT, options.deleted ? DELETED_AT : null);
  const link = db.prepare('INSERT INTO case_municipalities (case_id, municipality_code) VALUES (?, ?)');
  for (const code of options.municipalities ?? ['GM0363']) link.run(id, code);
  return { id, number };
}

export function insertTestOrganisation(
  db: Db,
  options: { name?: string; type?: string; municipalities?: string[]; deleted?: boolean } = {},
): Created {
  const id = randomUUID();
  const number = nextNumber(db, 'ORG', 2026);
  db.prepare(
    `INSERT INTO organisations (id, number, name, type, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, number, options.name ?? 'Stichting Samen Verder', options.type ?? 'zelforganisatie', AT, AT, options.deleted ? DELETED_AT : null);
  const link = db.prepare('INSERT INTO organisation_municipalities (organisation_id, municipality_code) VALUES (?, ?)');
  for (const code of options.municipalities ?? ['GM0363']) link.run(id, code);
  return { id, number };
}

export function insertTestPerson(
  db: Db,
  options: { name?: string; role?: string; organisationId?: string | null; deleted?: boolean } = {},
): Created {
  const id = randomUUID();
  const number = nextNumber(db, 'PER', 2026);
  db.prepare(
    `INSERT INTO contact_persons (id, number, name, role, organisation_id, legal_basis, review_on, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, 'publieke-taak', '2027-01-01', ?, ?, ?)`,
  ).run(id, number, options.name ?? 'Fatima El Amrani', options.role ?? 'sleutelfiguur', options.organisationId ?? null, AT, AT, options.deleted ? DELETED_AT : null);
  return { id, number };
}

export function insertTestContactMoment(
  db: Db,
  options: { heldOn?: string; municipalities?: string[]; subject?: string; caseId?: string | null; deleted?: boolean } = {},
): Created {
  const id = randomUUID();
  const number = nextNumber(db, 'CON', 2026);
  db.prepare(
    `INSERT INTO contact_moments (id, number, held_on, form, subject, case_id, classification, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, 'overleg', ?, ?, 'ongerubriceerd', ?, ?, ?)`,
  ).run(
    id,
    number,
    options.heldOn ?? '2026-03-01',
    options.subject ?? 'Overleg met de gemeente',
    options.caseId ?? null,
    AT,
    AT,
    options.deleted ? DELETED_AT : null,
  );
  const link = db.prepare('INSERT INTO contact_moment_municipalities (contact_moment_id, municipality_code) VALUES (?, ?)');
  for (const code of options.municipalities ?? ['GM0363']) link.run(id, code);
  return { id, number };
}

export interface TestAction {
  description?: string;
  status?: 'open' | 'lopend' | 'afgerond' | 'vervallen';
  dueOn?: string | null;
  signalId?: string | null;
  caseId?: string | null;
  contactMomentId?: string | null;
  ownerId?: string | null;
  deleted?: boolean;
}

export function insertTestAction(db: Db, action: TestAction = {}): Created {
  const id = randomUUID();
  const number = nextNumber(db, 'ACT', 2026);
  const done = action.status === 'afgerond';
  db.prepare(
    `INSERT INTO follow_up_actions (id, number, description, kind, owner_id, due_on, status, completed_on,
       signal_id, case_id, contact_moment_id, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, 'advies', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    number,
    action.description ?? 'Advies over de aanpak sturen',
    action.ownerId ?? null,
    action.dueOn === undefined ? '2026-03-20' : action.dueOn,
    action.status ?? 'open',
    done ? '2026-03-12' : null,
    action.signalId ?? null,
    action.caseId ?? null,
    action.contactMomentId ?? null,
    AT,
    AT,
    action.deleted ? DELETED_AT : null,
  );
  return { id, number };
}
