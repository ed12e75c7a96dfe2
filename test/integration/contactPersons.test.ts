import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { contactPersonOptions, getContactPerson, listContactPersons } from '../../electron/services/contactPersons/reads';
import {
  createContactPerson,
  deleteContactPerson,
  restoreContactPerson,
  updateContactPerson,
} from '../../electron/services/contactPersons/writes';
import { createOrganisation, deleteOrganisation } from '../../electron/services/organisations/writes';
import { defaultReviewOn, type ContactPersonInput } from '../../shared/domain/contactPerson';
import { auditOf, errorOf, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestContactMoment, networkTableCounts, organisationDraft, personDraft } from '../support/network';

let file: TestCaseFile;
let organisationId: string;
beforeAll(() => {
  file = openTestCaseFile();
  organisationId = createOrganisation(file.ctx(), organisationDraft({ municipalities: ['GM0599', 'GM0363'] })).id;
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

describe('creating a contact person', () => {
  it('refuses each bad field with its own message and writes nothing', () => {
    const cases: [Record<string, unknown>, { path: string; message: string }][] = [
      [{ name: '' }, { path: 'name', message: 'validation.required' }],
      [{ role: 'buurman' }, { path: 'role', message: 'validation.contactRole' }],
      [{ email: 'jan@' }, { path: 'email', message: 'validation.email' }],
      [{ phone: 'bel me' }, { path: 'phone', message: 'validation.phone' }],
      [{ legalBasis: 'omdat het kan' }, { path: 'legalBasis', message: 'validation.legalBasis' }],
      [{ reviewOn: '2027-02-30' }, { path: 'reviewOn', message: 'validation.date' }],
      [{ organisationId: 'ORG-2026-0001' }, { path: 'organisationId', message: 'validation.id' }],
      [{ organisationId: randomUUID() }, { path: 'organisationId', message: 'validation.unknownOrganisation' }],
      [{ function: 'x'.repeat(201) }, { path: 'function', message: 'validation.tooLong' }],
    ];
    const before = networkTableCounts(file.db);
    for (const [overrides, issue] of cases) {
      const error = errorOf(() => createContactPerson(file.ctx(), { ...personDraft(), ...overrides } as ContactPersonInput));
      expect(error.code, JSON.stringify(overrides)).toBe('INVALID_INPUT');
      expect(error.issues).toEqual([issue]);
    }
    expect(networkTableCounts(file.db)).toEqual(before);
  });

  it('links the organisation, takes its municipalities, numbers and audits the person', () => {
    const person = createContactPerson(file.ctx(), personDraft({ name: 'Aylin Demir', organisationId, email: ' aylin@example.org ' }));
    expect(person.number).toMatch(/^PER-2026-\d{4}$/);
    expect(person).toMatchObject({
      name: 'Aylin Demir',
      email: 'aylin@example.org',
      legalBasis: 'publieke-taak',
      organisationId,
      organisationName: 'Stichting Buurtverbinding',
      organisationDeleted: false,
      municipalities: ['GM0363', 'GM0599'],
      municipalityNames: ['Amsterdam', 'Rotterdam'],
      lastContactOn: null,
      version: 1,
      updatedBy: file.adviser.name,
    });
    expect(auditOf(file.db, 'contactPerson', person.id)).toEqual([
      expect.objectContaining({ action: 'create', after: expect.objectContaining({ number: person.number, name: 'Aylin Demir', organisationId }) }),
    ]);
    const loose = createContactPerson(file.ctx(), personDraft({ name: 'Zonder Organisatie' }));
    expect(loose).toMatchObject({ organisationId: null, organisationName: null, municipalities: [] });
  });

  it('defaults the review date to one year ahead, also from a leap day', () => {
    expect(defaultReviewOn('2026-03-15')).toBe('2027-03-15');
    expect(defaultReviewOn('2028-02-29')).toBe('2029-02-28');
  });
});

describe('changing a contact person', () => {
  it('records only changed fields, refuses stale versions, and writes nothing without changes', () => {
    const person = createContactPerson(file.ctx(), personDraft({ name: 'Karim Aziz' }));
    const changed = updateContactPerson(file.ctx('2026-03-16T08:00:00.000Z'), person.id, 1, {
      ...personDraft({ name: 'Karim Aziz' }),
      phone: '010-1234567',
      organisationId,
    });
    expect(changed).toMatchObject({ version: 2, phone: '010-1234567', organisationName: 'Stichting Buurtverbinding' });
    expect(auditOf(file.db, 'contactPerson', person.id).at(-1)).toMatchObject({
      action: 'update',
      before: { phone: '+31 6 1234 5678', organisationId: null },
      after: { phone: '010-1234567', organisationId },
    });
    const before = networkTableCounts(file.db);
    expect(errorOf(() => updateContactPerson(file.ctx(), person.id, 1, personDraft({ name: 'Oud' }))).code).toBe('CONFLICT');
    expect(errorOf(() => updateContactPerson(file.ctx(), randomUUID(), 1, personDraft())).code).toBe('NOT_FOUND');
    expect(
      errorOf(() => updateContactPerson(file.ctx(), person.id, 2, { ...personDraft(), email: 'geen-adres' })).issues,
    ).toEqual([{ path: 'email', message: 'validation.email' }]);
    updateContactPerson(file.ctx(), person.id, 2, { ...changed });
    expect(networkTableCounts(file.db)).toEqual(before);
  });

  it('keeps a link to an organisation that was deleted meanwhile, but refuses a new link to it', () => {
    const closing = createOrganisation(file.ctx(), organisationDraft({ name: 'Sluitende Stichting' }));
    const person = createContactPerson(file.ctx(), personDraft({ name: 'Noor Haddad', organisationId: closing.id }));
    const other = createContactPerson(file.ctx(), personDraft({ name: 'Ander Persoon' }));
    deleteOrganisation(file.ctx(), closing.id, 'Opgeheven');
    const saved = updateContactPerson(file.ctx(), person.id, 1, { ...personDraft({ name: 'Noor Haddad', organisationId: closing.id }), phone: '' });
    expect(saved).toMatchObject({ phone: '', organisationId: closing.id, organisationDeleted: true });
    expect(errorOf(() => updateContactPerson(file.ctx(), other.id, 1, personDraft({ organisationId: closing.id }))).issues).toEqual([
      { path: 'organisationId', message: 'validation.unknownOrganisation' },
    ]);
  });
});

describe('last contact', () => {
  it('is the latest live contact moment the person took part in', () => {
    const person = createContactPerson(file.ctx(), personDraft({ name: 'Laatste Contact' }));
    insertTestContactMoment(file.db, { heldOn: '2026-01-20', personIds: [person.id] });
    insertTestContactMoment(file.db, { heldOn: '2026-02-20', personIds: [person.id] });
    insertTestContactMoment(file.db, { heldOn: '2026-03-01', personIds: [person.id], deleted: true });
    // A contact moment with the organisation alone is not contact with this person.
    insertTestContactMoment(file.db, { heldOn: '2026-03-10', organisationIds: [organisationId] });
    expect(getContactPerson(file.db, person.id).lastContactOn).toBe('2026-02-20');
    expect(listContactPersons(file.db, { filters: { text: 'Laatste Contact' } }).rows[0]?.lastContactOn).toBe('2026-02-20');
  });
});

describe('deleting and restoring', () => {
  it('needs a reason, hides the person from lists and pickers, and restores', () => {
    const person = createContactPerson(file.ctx(), personDraft({ name: 'Verwijder Mij' }));
    expect(errorOf(() => deleteContactPerson(file.ctx(), person.id, '')).issues).toEqual([{ path: 'reason', message: 'validation.reason' }]);
    const deleted = deleteContactPerson(file.ctx('2026-03-16T10:00:00.000Z'), person.id, 'Dubbel ingevoerd');
    expect(deleted).toMatchObject({ deletedAt: '2026-03-16T10:00:00.000Z', deletedReason: 'Dubbel ingevoerd', version: 2 });
    expect(deleteContactPerson(file.ctx(), person.id, 'Nogmaals').version).toBe(2);
    expect(listContactPersons(file.db, { filters: { text: 'Verwijder Mij' } }).total).toBe(0);
    expect(listContactPersons(file.db, { filters: { text: 'Verwijder Mij', includeDeleted: true } }).total).toBe(1);
    expect(contactPersonOptions(file.db).map((option) => option.id)).not.toContain(person.id);
    expect(errorOf(() => updateContactPerson(file.ctx(), person.id, 2, personDraft())).code).toBe('NOT_FOUND');

    expect(restoreContactPerson(file.ctx(), person.id)).toMatchObject({ deletedAt: null, version: 3 });
    expect(contactPersonOptions(file.db).find((option) => option.id === person.id)).toMatchObject({ label: 'Verwijder Mij' });
    expect(auditOf(file.db, 'contactPerson', person.id).map((entry) => entry.action)).toEqual(['create', 'delete', 'restore']);
  });
});

describe('the contact persons list and the review list', () => {
  let list: TestCaseFile;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    list = openTestCaseFile();
    const mosque = createOrganisation(list.ctx(), organisationDraft({ name: 'Moskee Mevlana', municipalities: ['GM0599'] })).id;
    const police = createOrganisation(list.ctx(), organisationDraft({ name: 'Politie Utrecht', type: 'politie', municipalities: ['GM0344'] })).id;
    ids.mosque = mosque;
    ids.police = police;
    const add = (key: string, draft: ContactPersonInput) => {
      ids[key] = createContactPerson(list.ctx(), draft).id;
    };
    add('imam', personDraft({ name: 'Hasan Kaya', function: 'Imam', role: 'sleutelfiguur', organisationId: mosque, email: 'h.kaya@example.org', reviewOn: '2026-03-15' }));
    add('agent', personDraft({ name: 'Eva Jansen', function: 'Wijkagent Overvecht', role: 'wijkagent', organisationId: police, email: '', reviewOn: '2026-01-01' }));
    add('bestuur', personDraft({ name: 'bram de Wit', function: 'Secretaris', role: 'bestuurder', organisationId: mosque, email: 'bram_wit@example.org', reviewOn: '2027-06-01' }));
    add('los', personDraft({ name: 'Anna Smit', function: 'Jongerenwerker', role: 'professional', email: 'anna@example.org', reviewOn: '2026-03-16' }));
    add('weg', personDraft({ name: 'Weg Persoon', reviewOn: '2020-01-01' }));
    deleteContactPerson(list.ctx(), ids.weg!, 'Vertrokken');
    insertTestContactMoment(list.db, { heldOn: '2026-02-02', personIds: [ids.agent!] });
    insertTestContactMoment(list.db, { heldOn: '2026-03-03', personIds: [ids.imam!, ids.agent!] });
  });
  afterAll(() => list.close());

  const names = (query: Parameters<typeof listContactPersons>[1]) => listContactPersons(list.db, query).rows.map((row) => row.name);

  it('sorts by name (ignoring case) and gives organisation and last contact', () => {
    const page = listContactPersons(list.db, {});
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.name)).toEqual(['Anna Smit', 'bram de Wit', 'Eva Jansen', 'Hasan Kaya']);
    expect(page.rows[2]).toMatchObject({ role: 'wijkagent', organisationId: ids.police, organisationName: 'Politie Utrecht', lastContactOn: '2026-03-03', reviewOn: '2026-01-01' });
  });

  it('filters by role, organisation, municipality of the organisation, and text in name, function or email', () => {
    expect(names({ filters: { roles: ['wijkagent', 'professional'] } })).toEqual(['Anna Smit', 'Eva Jansen']);
    expect(names({ filters: { organisationIds: [ids.mosque!] } })).toEqual(['bram de Wit', 'Hasan Kaya']);
    expect(names({ filters: { municipalities: ['GM0344'] } })).toEqual(['Eva Jansen']);
    expect(names({ filters: { text: 'imam' } })).toEqual(['Hasan Kaya']);
    expect(names({ filters: { text: 'overvecht' } })).toEqual(['Eva Jansen']);
    expect(names({ filters: { text: 'anna@' } })).toEqual(['Anna Smit']);
    expect(names({ filters: { text: '_' } })).toEqual(['bram de Wit']);
  });

  it('lists persons due for review: review date today or earlier, live ones only', () => {
    expect(names({ filters: { reviewDueBy: '2026-03-15' }, sort: { column: 'reviewOn', direction: 'asc' } })).toEqual(['Eva Jansen', 'Hasan Kaya']);
    expect(names({ filters: { reviewDueBy: '2026-03-15', includeDeleted: true }, sort: { column: 'reviewOn', direction: 'asc' } })).toEqual([
      'Weg Persoon',
      'Eva Jansen',
      'Hasan Kaya',
    ]);
  });

  it('sorts by organisation (none last), last contact and review date, and pages', () => {
    expect(names({ sort: { column: 'organisationName', direction: 'asc' } })).toEqual(['bram de Wit', 'Hasan Kaya', 'Eva Jansen', 'Anna Smit']);
    // Both last met on 3 March; never contacted sorts first ascending (the most neglected on top).
    expect(names({ sort: { column: 'lastContactOn', direction: 'desc' } }).slice(0, 2).sort()).toEqual(['Eva Jansen', 'Hasan Kaya']);
    expect(names({ sort: { column: 'lastContactOn', direction: 'asc' } }).slice(0, 2).sort()).toEqual(['Anna Smit', 'bram de Wit']);
    expect(names({ sort: { column: 'reviewOn', direction: 'desc' } })[0]).toBe('bram de Wit');
    const page = listContactPersons(list.db, { page: { offset: 1, limit: 2 } });
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.name)).toEqual(['bram de Wit', 'Eva Jansen']);
  });

  it('offers live persons for pickers with their organisation', () => {
    expect(contactPersonOptions(list.db)).toEqual([
      { id: ids.los, label: 'Anna Smit', detail: '', municipalities: [] },
      { id: ids.bestuur, label: 'bram de Wit', detail: 'Moskee Mevlana', municipalities: ['GM0599'] },
      { id: ids.agent, label: 'Eva Jansen', detail: 'Politie Utrecht', municipalities: ['GM0344'] },
      { id: ids.imam, label: 'Hasan Kaya', detail: 'Moskee Mevlana', municipalities: ['GM0599'] },
    ]);
  });
});
