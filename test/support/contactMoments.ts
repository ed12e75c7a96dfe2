import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { nextNumber } from '../../db/repositories/numbers';
import { createContactMomentSchema, type CreateContactMomentInput } from '../../shared/domain/contactMoment';
import { followUpActionInputSchema, type FollowUpActionInput } from '../../shared/domain/followUpAction';

/**
 * Test-only helpers for the contact moment and action tests. Organisations
 * and contact persons are inserted with plain SQL, so these tests do not
 * depend on the organisations service; the rows satisfy the schema like
 * real ones.
 */

export function insertTestOrganisation(
  db: Db,
  name: string,
  municipalities: string[] = [],
  options: { deleted?: boolean } = {},
): { id: string; number: string } {
  const id = randomUUID();
  const number = nextNumber(db, 'ORG', 2026);
  const at = '2026-03-01T09:00:00.000Z';
  db.prepare(
    `INSERT INTO organisations (id, number, name, type, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, 'gemeente', ?, ?, ?)`,
  ).run(id, number, name, at, at, options.deleted ? at : null);
  const link = db.prepare('INSERT INTO organisation_municipalities (organisation_id, municipality_code) VALUES (?, ?)');
  for (const code of municipalities) link.run(id, code);
  return { id, number };
}

export function insertTestPerson(db: Db, name: string, organisationId: string | null = null): { id: string; number: string } {
  const id = randomUUID();
  const number = nextNumber(db, 'PER', 2026);
  const at = '2026-03-01T09:00:00.000Z';
  db.prepare(
    `INSERT INTO contact_persons (id, number, name, role, organisation_id, legal_basis, review_on, created_at, updated_at)
     VALUES (?, ?, ?, 'beleidsambtenaar', ?, 'publieke-taak', '2027-03-01', ?, ?)`,
  ).run(id, number, name, organisationId, at, at);
  return { id, number };
}

/** A valid contact moment (a meeting in Amsterdam), with overrides taken as they come. */
export function newContactMoment(overrides: Record<string, unknown> = {}): CreateContactMomentInput {
  return createContactMomentSchema.parse({
    heldOn: '2026-03-10',
    form: 'overleg',
    subject: 'Overleg over spanningen in de wijk',
    minutes: 'Afgesproken om samen op te trekken.',
    municipalities: ['GM0363'],
    themes: ['polarisatie'],
    ...overrides,
  });
}

/** A valid follow-up action (advice, open, no links), with overrides taken as they come. */
export function newAction(overrides: Record<string, unknown> = {}): FollowUpActionInput {
  return followUpActionInputSchema.parse({ description: 'Gemeente adviseren over de aanpak', kind: 'advies', ...overrides });
}

const TABLES = ['contact_moments', 'contact_moment_signals', 'follow_up_actions', 'signals', 'audit_log', 'number_sequences'] as const;

/** Row counts of the tables a contact moment or action write touches, to show that a refused write left them alone. */
export function networkCounts(db: Db): Record<(typeof TABLES)[number], number> {
  return Object.fromEntries(
    TABLES.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  ) as Record<(typeof TABLES)[number], number>;
}

/** The last number handed out for a prefix this year, so a test can see a refused write used none. */
export function lastNumber(db: Db, prefix: string): number {
  const row = db.prepare('SELECT last FROM number_sequences WHERE prefix = ? AND year = 2026').get(prefix) as { last: number } | undefined;
  return row?.last ?? 0;
}
