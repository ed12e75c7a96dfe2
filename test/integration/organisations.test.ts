import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { getContactPerson } from '../../electron/services/contactPersons/reads';
import { createContactPerson, deleteContactPerson } from '../../electron/services/contactPersons/writes';
import { getOrganisation, listOrganisations, organisationOptions } from '../../electron/services/organisations/reads';
import {
  createOrganisation,
  deleteOrganisation,
  restoreOrganisation,
  updateOrganisation,
} from '../../electron/services/organisations/writes';
import type { OrganisationInput } from '../../shared/domain/organisation';
import { auditOf, errorOf, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import {
  insertTestContactMoment,
  networkTableCounts,
  organisationDraft,
  personDraft,
  softDeleteTestContactMoment,
} from '../support/network';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

describe('creating an organisation', () => {
  it('refuses each bad field with its own message and writes nothing', () => {
    const cases: [Record<string, unknown>, { path: string; message: string }][] = [
      [{ name: '   ' }, { path: 'name', message: 'validation.required' }],
      [{ name: 'x'.repeat(201) }, { path: 'name', message: 'validation.tooLong' }],
      [{ type: 'vereniging' }, { path: 'type', message: 'validation.organisationType' }],
      [{ municipalities: ['GM9999'] }, { path: 'municipalities', message: 'validation.unknownMunicipality' }],
      [{ municipalities: ['Amsterdam'] }, { path: 'municipalities.0', message: 'validation.municipalityCode' }],
      [{ notes: 'x'.repeat(5001) }, { path: 'notes', message: 'validation.tooLong' }],
    ];
    const before = networkTableCounts(file.db);
    for (const [overrides, issue] of cases) {
      const error = errorOf(() => createOrganisation(file.ctx(), { ...organisationDraft(), ...overrides } as OrganisationInput));
      expect(error.code, JSON.stringify(overrides)).toBe('INVALID_INPUT');
      expect(error.issues).toEqual([issue]);
    }
    expect(networkTableCounts(file.db)).toEqual(before);
  });

  it('reports every problem at once', () => {
    const error = errorOf(() =>
      createOrganisation(file.ctx(), { ...organisationDraft(), name: '', municipalities: ['GM9999'] } as OrganisationInput),
    );
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['municipalities', 'name']);
    expect(error.message).toContain('municipalities: Unknown municipality');
  });

  it('numbers organisations per Dutch calendar year and records the creation', () => {
    const created = createOrganisation(
      file.ctx('2026-12-31T23:30:00.000Z'),
      organisationDraft({ name: 'Moskee Al Nour', type: 'gebedshuis', municipalities: ['GM0599', 'GM0363', 'GM0599'] }),
    );
    expect(created.number).toMatch(/^ORG-2027-\d{4}$/);
    expect(created).toMatchObject({
      name: 'Moskee Al Nour',
      type: 'gebedshuis',
      // Codes in name order, with names alongside; the repeat is gone.
      municipalities: ['GM0363', 'GM0599'],
      municipalityNames: ['Amsterdam', 'Rotterdam'],
      personCount: 0,
      lastContactOn: null,
      version: 1,
      updatedBy: file.adviser.name,
      deletedAt: null,
      deletedReason: null,
    });
    expect(auditOf(file.db, 'organisation', created.id)).toEqual([
      expect.objectContaining({
        action: 'create',
        before: null,
        after: expect.objectContaining({ number: created.number, name: 'Moskee Al Nour', municipalities: ['GM0363', 'GM0599'] }),
      }),
    ]);
  });
});

describe('changing an organisation', () => {
  it('records only the changed fields, and nothing when nothing changed', () => {
    const created = createOrganisation(file.ctx(), organisationDraft({ name: 'Platform Samenleven' }));
    const changed = updateOrganisation(file.ctx('2026-03-16T09:00:00.000Z'), created.id, 1, {
      ...organisationDraft({ name: 'Platform Samen Leven' }),
      municipalities: ['GM0344', 'GM0363'],
    });
    expect(changed).toMatchObject({ name: 'Platform Samen Leven', version: 2, municipalityNames: ['Amsterdam', 'Utrecht'] });
    expect(auditOf(file.db, 'organisation', created.id).at(-1)).toMatchObject({
      action: 'update',
      before: { name: 'Platform Samenleven', municipalities: ['GM0363'] },
      after: { name: 'Platform Samen Leven', municipalities: ['GM0344', 'GM0363'] },
    });
    const entries = auditOf(file.db, 'organisation', created.id).length;
    const same = updateOrganisation(file.ctx(), created.id, 2, { ...organisationDraft({ name: 'Platform Samen Leven' }), municipalities: ['GM0363', 'GM0344'] });
    expect(same.version).toBe(2);
    expect(auditOf(file.db, 'organisation', created.id)).toHaveLength(entries);
  });

  it('refuses a stale version (CONFLICT), an unknown id (NOT_FOUND) and bad input, writing nothing', () => {
    const created = createOrganisation(file.ctx(), organisationDraft({ name: 'Versiestichting' }));
    updateOrganisation(file.ctx(), created.id, 1, organisationDraft({ name: 'Versiestichting 2' }));
    const before = networkTableCounts(file.db);
    expect(errorOf(() => updateOrganisation(file.ctx(), created.id, 1, organisationDraft({ name: 'Oud' }))).code).toBe('CONFLICT');
    expect(errorOf(() => updateOrganisation(file.ctx(), randomUUID(), 1, organisationDraft())).code).toBe('NOT_FOUND');
    expect(errorOf(() => updateOrganisation(file.ctx(), created.id, 2, { ...organisationDraft(), type: 'club' } as unknown as OrganisationInput)).code).toBe(
      'INVALID_INPUT',
    );
    expect(networkTableCounts(file.db)).toEqual(before);
    expect(getOrganisation(file.db, created.id).name).toBe('Versiestichting 2');
  });
});

describe('derived figures', () => {
  it('takes the last contact from live contact moments and counts live persons', () => {
    const organisation = createOrganisation(file.ctx(), organisationDraft({ name: 'Wijkteam Noord' }));
    const other = createOrganisation(file.ctx(), organisationDraft({ name: 'Wijkteam Zuid' }));
    expect(getOrganisation(file.db, organisation.id).lastContactOn).toBeNull();
    insertTestContactMoment(file.db, { heldOn: '2026-02-01', organisationIds: [organisation.id] });
    const latest = insertTestContactMoment(file.db, { heldOn: '2026-03-05', organisationIds: [organisation.id, other.id] });
    insertTestContactMoment(file.db, { heldOn: '2026-03-12', organisationIds: [organisation.id], deleted: true });
    insertTestContactMoment(file.db, { heldOn: '2026-03-14', organisationIds: [other.id] });
    expect(getOrganisation(file.db, organisation.id).lastContactOn).toBe('2026-03-05');
    expect(getOrganisation(file.db, other.id).lastContactOn).toBe('2026-03-14');
    softDeleteTestContactMoment(file.db, latest.id);
    expect(getOrganisation(file.db, organisation.id).lastContactOn).toBe('2026-02-01');

    createContactPerson(file.ctx(), personDraft({ organisationId: organisation.id }));
    const leaving = createContactPerson(file.ctx(), personDraft({ name: 'Piet Bakker', organisationId: organisation.id }));
    deleteContactPerson(file.ctx(), leaving.id, 'Werkt hier niet meer');
    expect(getOrganisation(file.db, organisation.id).personCount).toBe(1);
  });
});

describe('deleting and restoring', () => {
  it('needs a reason, keeps the persons linked, and hides the organisation from lists and pickers until restored', () => {
    const organisation = createOrganisation(file.ctx(), organisationDraft({ name: 'Tijdelijk Netwerk' }));
    const person = createContactPerson(file.ctx(), personDraft({ name: 'Fatma Yilmaz', organisationId: organisation.id }));
    expect(errorOf(() => deleteOrganisation(file.ctx(), organisation.id, ' x ')).issues).toEqual([
      { path: 'reason', message: 'validation.reason' },
    ]);

    const deleted = deleteOrganisation(file.ctx('2026-03-16T10:00:00.000Z'), organisation.id, '  Opgeheven  ');
    expect(deleted).toMatchObject({ deletedAt: '2026-03-16T10:00:00.000Z', deletedReason: 'Opgeheven', version: 2 });
    // Deleting twice changes nothing.
    expect(deleteOrganisation(file.ctx(), organisation.id, 'Nogmaals').version).toBe(2);
    expect(getContactPerson(file.db, person.id)).toMatchObject({
      organisationId: organisation.id,
      organisationName: 'Tijdelijk Netwerk',
      organisationDeleted: true,
    });
    expect(listOrganisations(file.db, { filters: { text: 'Tijdelijk' } }).total).toBe(0);
    expect(listOrganisations(file.db, { filters: { text: 'Tijdelijk', includeDeleted: true } }).rows[0]?.deletedAt).not.toBeNull();
    expect(organisationOptions(file.db).map((option) => option.id)).not.toContain(organisation.id);
    // A new person cannot be linked to it, but the linked person can still be saved with it.
    expect(errorOf(() => createContactPerson(file.ctx(), personDraft({ organisationId: organisation.id }))).issues).toEqual([
      { path: 'organisationId', message: 'validation.unknownOrganisation' },
    ]);
    expect(errorOf(() => updateOrganisation(file.ctx(), organisation.id, 2, organisationDraft())).code).toBe('NOT_FOUND');

    const restored = restoreOrganisation(file.ctx(), organisation.id);
    expect(restored).toMatchObject({ deletedAt: null, deletedReason: null, version: 3, personCount: 1 });
    expect(restoreOrganisation(file.ctx(), organisation.id).version).toBe(3);
    expect(getContactPerson(file.db, person.id).organisationDeleted).toBe(false);
    expect(auditOf(file.db, 'organisation', organisation.id).map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ['create', null, expect.objectContaining({ name: 'Tijdelijk Netwerk' })],
      ['delete', null, { reason: 'Opgeheven' }],
      ['restore', { deletedAt: '2026-03-16T10:00:00.000Z' }, null],
    ]);
  });

  it('refuses an unknown organisation', () => {
    expect(errorOf(() => deleteOrganisation(file.ctx(), randomUUID(), 'Bestaat niet')).code).toBe('NOT_FOUND');
    expect(errorOf(() => getOrganisation(file.db, randomUUID())).code).toBe('NOT_FOUND');
  });
});

describe('the organisations list', () => {
  let list: TestCaseFile;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    list = openTestCaseFile();
    const add = (key: string, draft: OrganisationInput) => {
      ids[key] = createOrganisation(list.ctx(), draft).id;
    };
    add('gemeente', organisationDraft({ name: 'Gemeente Utrecht', type: 'gemeente', municipalities: ['GM0344'], notes: '' }));
    add('moskee', organisationDraft({ name: 'Moskee Mevlana', type: 'gebedshuis', municipalities: ['GM0599'], notes: '50% vrijwilligers' }));
    add('politie', organisationDraft({ name: 'Politie Eenheid Amsterdam', type: 'politie', municipalities: ['GM0363'], notes: '' }));
    add('stichting', organisationDraft({ name: 'stichting_brug', type: 'zelforganisatie', municipalities: ['GM0518'], notes: '' }));
    add('weg', organisationDraft({ name: 'Opgeheven Platform', type: 'overig', municipalities: [] }));
    deleteOrganisation(list.ctx(), ids.weg!, 'Bestaat niet meer');
    createContactPerson(list.ctx(), personDraft({ organisationId: ids.moskee! }));
    createContactPerson(list.ctx(), personDraft({ name: 'Tweede', organisationId: ids.moskee! }));
    createContactPerson(list.ctx(), personDraft({ name: 'Derde', organisationId: ids.politie! }));
    insertTestContactMoment(list.db, { heldOn: '2026-01-10', organisationIds: [ids.gemeente!] });
    insertTestContactMoment(list.db, { heldOn: '2026-03-01', organisationIds: [ids.moskee!] });
  });
  afterAll(() => list.close());

  const names = (query: Parameters<typeof listOrganisations>[1]) => listOrganisations(list.db, query).rows.map((row) => row.name);

  it('sorts by name by default, live ones only, with derived figures', () => {
    const page = listOrganisations(list.db, {});
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.name)).toEqual(['Gemeente Utrecht', 'Moskee Mevlana', 'Politie Eenheid Amsterdam', 'stichting_brug']);
    expect(page.rows[1]).toMatchObject({ type: 'gebedshuis', municipalityNames: ['Rotterdam'], personCount: 2, lastContactOn: '2026-03-01' });
  });

  it('filters by type, municipality, province, text (with % and _ taken literally) and deleted', () => {
    expect(names({ filters: { types: ['politie', 'gemeente'] } })).toEqual(['Gemeente Utrecht', 'Politie Eenheid Amsterdam']);
    expect(names({ filters: { municipalities: ['GM0599'] } })).toEqual(['Moskee Mevlana']);
    expect(names({ filters: { provinces: ['PV28'] } })).toEqual(['Moskee Mevlana', 'stichting_brug']);
    expect(names({ filters: { text: 'MOSKEE' } })).toEqual(['Moskee Mevlana']);
    expect(names({ filters: { text: '50%' } })).toEqual(['Moskee Mevlana']);
    expect(names({ filters: { text: '%' } })).toEqual(['Moskee Mevlana']);
    expect(names({ filters: { text: '_' } })).toEqual(['stichting_brug']);
    expect(names({ filters: { text: 'ORG-2026-0003' } })).toEqual(['Politie Eenheid Amsterdam']);
    expect(names({ filters: { includeDeleted: true } })).toContain('Opgeheven Platform');
  });

  it('finds organisations without contact since a date, including those never contacted', () => {
    expect(names({ filters: { noContactSince: '2026-02-01' } })).toEqual(['Gemeente Utrecht', 'Politie Eenheid Amsterdam', 'stichting_brug']);
    expect(names({ filters: { noContactSince: '2026-01-01' } })).toEqual(['Politie Eenheid Amsterdam', 'stichting_brug']);
  });

  it('sorts by person count, last contact and type, and pages with a stable total', () => {
    expect(names({ sort: { column: 'personCount', direction: 'desc' } }).slice(0, 2)).toEqual(['Moskee Mevlana', 'Politie Eenheid Amsterdam']);
    expect(names({ sort: { column: 'lastContactOn', direction: 'desc' } }).slice(0, 2)).toEqual(['Moskee Mevlana', 'Gemeente Utrecht']);
    expect(names({ sort: { column: 'type', direction: 'asc' } })[0]).toBe('Moskee Mevlana');
    const second = listOrganisations(list.db, { page: { offset: 2, limit: 2 } });
    expect(second).toMatchObject({ total: 4 });
    expect(second.rows.map((row) => row.name)).toEqual(['Politie Eenheid Amsterdam', 'stichting_brug']);
    expect(listOrganisations(list.db, { page: { offset: 10, limit: 2 } })).toEqual({ rows: [], total: 4 });
  });

  it('refuses a bad query', () => {
    expect(errorOf(() => listOrganisations(list.db, { filters: { noContactSince: 'gisteren' } })).code).toBe('INVALID_INPUT');
  });

  it('offers live organisations for pickers with their type and municipalities', () => {
    expect(organisationOptions(list.db)).toEqual([
      { id: ids.gemeente, label: 'Gemeente Utrecht', detail: 'Gemeente', municipalities: ['GM0344'] },
      { id: ids.moskee, label: 'Moskee Mevlana', detail: 'Gebedshuis', municipalities: ['GM0599'] },
      { id: ids.politie, label: 'Politie Eenheid Amsterdam', detail: 'Politie', municipalities: ['GM0363'] },
      { id: ids.stichting, label: 'stichting_brug', detail: 'Zelforganisatie', municipalities: ['GM0518'] },
    ]);
  });
});
