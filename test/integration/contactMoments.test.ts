import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { getAction } from '../../electron/services/actions/reads';
import { createCase, deleteCase } from '../../electron/services/cases/writes';
import { getContactMoment, listContactMoments } from '../../electron/services/contactMoments/reads';
import { registerSignalFromContactMoment } from '../../electron/services/contactMoments/registerSignal';
import {
  createContactMoment,
  deleteContactMoment,
  restoreContactMoment,
  updateContactMoment,
} from '../../electron/services/contactMoments/writes';
import { getSignal } from '../../electron/services/signals/reads';
import type { Case } from '../../shared/domain/case';
import { contactMomentListQuerySchema, type ContactMomentInput } from '../../shared/domain/contactMoment';
import { signalFieldsSchema } from '../../shared/domain/signal';
import {
  auditOf,
  errorOf,
  insertTestAdviser,
  insertTestSignal,
  newCase,
  openTestCaseFile,
  type TestCaseFile,
} from '../support/caseFixtures';
import { insertTestOrganisation, insertTestPerson, lastNumber, networkCounts, newContactMoment } from '../support/contactMoments';

let file: TestCaseFile;
let dossier: Case;
beforeAll(() => {
  file = openTestCaseFile();
  dossier = createCase(file.ctx(), newCase({ title: 'Verkiezingen in Rotterdam' }));
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

const inputOf = (id: string): ContactMomentInput => {
  const { heldOn, form, subject, minutes, municipalities, organisationIds, personIds, staffIds, themes, signalIds, caseId, classification } =
    getContactMoment(file.db, id);
  return { heldOn, form, subject, minutes, municipalities, organisationIds, personIds, staffIds, themes, signalIds, caseId, classification };
};

describe('logging a contact moment', () => {
  it('stores every link and reads them back with labels; the adviser at work was there unless others are named', () => {
    const organisation = insertTestOrganisation(file.db, 'Gemeente Rotterdam', ['GM0599']);
    const person = insertTestPerson(file.db, 'Ayşe Yılmaz', organisation.id);
    const signal = insertTestSignal(file.db, { title: 'Campagnebezoek aangekondigd' });
    const colleague = insertTestAdviser(file.db, 'Bram Jansen', 'BJ');
    const moment = createContactMoment(
      file.ctx(),
      newContactMoment({
        municipalities: ['GM0599', 'GM0363', 'GM0599'],
        organisationIds: [organisation.id],
        personIds: [person.id],
        staffIds: [colleague.id, file.adviser.id],
        themes: ['polarisatie', 'buitenlandse-verkiezingen'],
        signalIds: [signal.id],
        caseId: dossier.id,
      }),
    );
    expect(moment.number).toBe('CON-2026-0001');
    expect(moment).toMatchObject({
      heldOn: '2026-03-10',
      form: 'overleg',
      municipalities: ['GM0363', 'GM0599'],
      municipalityNames: ['Amsterdam', 'Rotterdam'],
      organisations: [{ id: organisation.id, label: 'Gemeente Rotterdam' }],
      persons: [{ id: person.id, label: 'Ayşe Yılmaz' }],
      staff: [
        { id: colleague.id, label: 'Bram Jansen (BJ)' },
        { id: file.adviser.id, label: `${file.adviser.name} (${file.adviser.initials})` },
      ],
      themes: ['buitenlandse-verkiezingen', 'polarisatie'],
      signals: [{ id: signal.id, label: `${signal.number} Campagnebezoek aangekondigd` }],
      caseId: dossier.id,
      caseLabel: `${dossier.number} Verkiezingen in Rotterdam`,
      actionIds: [],
      version: 1,
      deletedAt: null,
    });

    const alone = createContactMoment(file.ctx(), newContactMoment({ form: 'telefoon' }));
    expect(alone.staffIds).toEqual([file.adviser.id]);
  });

  it('refuses each bad field with its own message and writes nothing', () => {
    const gone = insertTestSignal(file.db, { deleted: true });
    const removed = createCase(file.ctx(), newCase());
    deleteCase(file.ctx(), removed.id, 'Dubbel aangemaakt');
    const formerOrganisation = insertTestOrganisation(file.db, 'Opgeheven stichting', [], { deleted: true });
    const before = networkCounts(file.db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ heldOn: '2026-03-16' }, 'heldOn', 'validation.dateInFuture'],
      [{ heldOn: '2026-02-30' }, 'heldOn', 'validation.date'],
      [{ form: 'brief' }, 'form', 'validation.contactForm'],
      [{ subject: '  ' }, 'subject', 'validation.required'],
      [{ municipalities: ['GM9999'] }, 'municipalities', 'validation.unknownMunicipality'],
      [{ organisationIds: [formerOrganisation.id] }, 'organisationIds', 'validation.unknownOrganisation'],
      [{ personIds: [randomUUID()] }, 'personIds', 'validation.unknownContactPerson'],
      [{ staffIds: [randomUUID()] }, 'staffIds', 'validation.unknownAdviser'],
      [{ themes: ['bestaat-niet'] }, 'themes', 'validation.unknownTheme'],
      [{ signalIds: [gone.id] }, 'signalIds', 'validation.unknownSignalId'],
      [{ caseId: removed.id }, 'caseId', 'validation.unknownCase'],
      [{ classification: 'geheim' }, 'classification', 'validation.classification'],
      [{ actions: [{ description: '', kind: 'advies' }] }, 'actions.0.description', 'validation.required'],
      [{ actions: [{ description: 'Nabellen', kind: 'bellen' }] }, 'actions.0.kind', 'validation.actionKind'],
      [{ actions: [{ description: 'Nabellen', kind: 'advies', ownerId: randomUUID() }] }, 'actions.0.ownerId', 'validation.unknownAdviser'],
      [
        { actions: [{ description: 'Nabellen', kind: 'advies', status: 'afgerond' }] },
        'actions.0.completedOn',
        'validation.completedNeedsDate',
      ],
    ];
    for (const [overrides, path, message] of cases) {
      const raw = { ...newContactMoment(), ...overrides };
      const error = errorOf(() => createContactMoment(file.ctx(), raw as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues, JSON.stringify(overrides)).toEqual([{ path, message }]);
    }
    // Several problems at once come back together, each with its field.
    const many = errorOf(() =>
      createContactMoment(file.ctx(), { ...newContactMoment(), subject: '', themes: ['onbekend'], heldOn: '2030-01-01' }),
    );
    expect(many.issues?.map((issue) => issue.path).sort()).toEqual(['heldOn', 'subject', 'themes']);
    expect(networkCounts(file.db)).toEqual(before);
  });

  it('creates the follow-up actions logged with it in the same transaction, linked to it and to its case', () => {
    const colleague = insertTestAdviser(file.db, 'Noor Bakker', 'NB');
    const moment = createContactMoment(
      file.ctx(),
      newContactMoment({
        caseId: dossier.id,
        actions: [
          { description: 'Handreiking sturen aan de gemeente', kind: 'kennisproduct', dueOn: '2026-03-20' },
          { description: 'Ministerie informeren over het bezoek', kind: 'ministerie-informeren', ownerId: colleague.id },
        ],
      }),
    );
    expect(moment.actionIds).toHaveLength(2);
    const [first, second] = moment.actionIds.map((id) => getAction(file.db, id, '2026-03-15'));
    expect(first).toMatchObject({
      description: 'Handreiking sturen aan de gemeente',
      kind: 'kennisproduct',
      status: 'open',
      dueOn: '2026-03-20',
      ownerId: file.adviser.id,
      contactMomentId: moment.id,
      contactMomentLabel: `${moment.number} Overleg over spanningen in de wijk`,
      caseId: dossier.id,
      signalId: null,
    });
    expect(first!.number).toMatch(/^ACT-2026-\d{4}$/);
    expect(second).toMatchObject({ ownerId: colleague.id, ownerName: 'Noor Bakker', contactMomentId: moment.id });
    expect(auditOf(file.db, 'action', first!.id)).toEqual([
      expect.objectContaining({ action: 'create', after: expect.objectContaining({ number: first!.number, contactMomentId: moment.id }) }),
    ]);

    // One bad action refuses the whole moment: no contact moment, no actions, no numbers used.
    const before = networkCounts(file.db);
    const numbers = [lastNumber(file.db, 'CON'), lastNumber(file.db, 'ACT')];
    const error = errorOf(() =>
      createContactMoment(
        file.ctx(),
        newContactMoment({
          actions: [
            { description: 'Goed', kind: 'advies' },
            { description: 'Afgerond zonder datum', kind: 'advies', status: 'open', completedOn: '2026-03-01' },
          ],
        }),
      ),
    );
    expect(error.issues).toEqual([{ path: 'actions.1.completedOn', message: 'validation.completedOnlyWhenDone' }]);
    expect(networkCounts(file.db)).toEqual(before);
    expect([lastNumber(file.db, 'CON'), lastNumber(file.db, 'ACT')]).toEqual(numbers);
  });
});

describe('registering a signal from a contact moment', () => {
  const signalInput = (overrides: Record<string, unknown> = {}) =>
    signalFieldsSchema.parse({
      title: 'Oproep tot demonstratie bij consulaat',
      description: 'Gehoord tijdens het overleg.',
      observedOn: '2026-03-10',
      receivedOn: '2026-03-10',
      municipalities: ['GM0363'],
      themes: ['polarisatie'],
      urgency: 'hoog',
      ...overrides,
    });

  it('creates the signal and links both ways, auditing the link on the contact moment', () => {
    const moment = createContactMoment(file.ctx(), newContactMoment({ subject: 'Netwerkoverleg Oost' }));
    const signal = registerSignalFromContactMoment(file.ctx('2026-03-11T09:00:00.000Z'), moment.id, signalInput());
    expect(signal.number).toMatch(/^SIG-2026-\d{4}$/);
    expect(getSignal(file.db, signal.id)).toMatchObject({ title: 'Oproep tot demonstratie bij consulaat', ownerId: file.adviser.id });

    const linked = getContactMoment(file.db, moment.id);
    expect(linked.signals).toEqual([{ id: signal.id, label: `${signal.number} Oproep tot demonstratie bij consulaat` }]);
    expect(linked.version).toBe(2);
    // The other direction: the signal's contact moments.
    const bySignal = listContactMoments(file.db, contactMomentListQuerySchema.parse({ filters: { signalId: signal.id } }));
    expect(bySignal.rows.map((row) => row.id)).toEqual([moment.id]);

    expect(auditOf(file.db, 'contactMoment', moment.id).map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ['create', null, expect.objectContaining({ number: moment.number })],
      ['update', { signalIds: [] }, { signalIds: [signal.id] }],
    ]);
    expect(auditOf(file.db, 'signal', signal.id).map((entry) => entry.action)).toEqual(['create']);
  });

  it('writes neither the signal nor the link when either side refuses', () => {
    const moment = createContactMoment(file.ctx(), newContactMoment());
    const before = networkCounts(file.db);
    const bad = errorOf(() => registerSignalFromContactMoment(file.ctx(), moment.id, signalInput({ observedOn: '2026-04-01' })));
    expect(bad.issues).toContainEqual({ path: 'observedOn', message: 'validation.dateInFuture' });
    deleteContactMoment(file.ctx(), moment.id, 'Verkeerd vastgelegd');
    const afterDelete = networkCounts(file.db);
    expect(errorOf(() => registerSignalFromContactMoment(file.ctx(), moment.id, signalInput())).code).toBe('NOT_FOUND');
    expect(errorOf(() => registerSignalFromContactMoment(file.ctx(), randomUUID(), signalInput())).code).toBe('NOT_FOUND');
    expect(networkCounts(file.db)).toEqual(afterDelete);
    expect(afterDelete.signals).toBe(before.signals);
    expect(getContactMoment(file.db, moment.id).signals).toEqual([]);
  });
});

describe('changing a contact moment', () => {
  it('audits only the changed fields, refuses a stale version, and deletes and restores with a reason', () => {
    const moment = createContactMoment(file.ctx(), newContactMoment());
    const changed = updateContactMoment(file.ctx(), moment.id, 1, {
      ...inputOf(moment.id),
      subject: 'Overleg met de burgemeester',
      municipalities: ['GM0599', 'GM0363'],
    });
    expect(changed).toMatchObject({ version: 2, subject: 'Overleg met de burgemeester', municipalities: ['GM0363', 'GM0599'] });
    // Saving without changes writes nothing.
    expect(updateContactMoment(file.ctx(), moment.id, 2, inputOf(moment.id)).version).toBe(2);
    expect(errorOf(() => updateContactMoment(file.ctx(), moment.id, 1, inputOf(moment.id))).code).toBe('CONFLICT');
    expect(errorOf(() => updateContactMoment(file.ctx(), moment.id, 2, { ...inputOf(moment.id), heldOn: '2026-03-20' })).issues).toEqual([
      { path: 'heldOn', message: 'validation.dateInFuture' },
    ]);

    expect(errorOf(() => deleteContactMoment(file.ctx(), moment.id, 'x')).code).toBe('INVALID_INPUT');
    const deleted = deleteContactMoment(file.ctx(), moment.id, 'Dubbel vastgelegd');
    expect(deleted).toMatchObject({ deletedReason: 'Dubbel vastgelegd', version: 3 });
    expect(deleted.deletedAt).not.toBeNull();
    expect(errorOf(() => updateContactMoment(file.ctx(), moment.id, 3, inputOf(moment.id))).code).toBe('NOT_FOUND');
    expect(listContactMoments(file.db, contactMomentListQuerySchema.parse({ filters: { text: 'burgemeester' } })).total).toBe(0);
    const restored = restoreContactMoment(file.ctx(), moment.id);
    expect(restored).toMatchObject({ deletedAt: null, deletedReason: null, version: 4 });
    expect(listContactMoments(file.db, contactMomentListQuerySchema.parse({ filters: { text: 'burgemeester' } })).total).toBe(1);

    expect(auditOf(file.db, 'contactMoment', moment.id).map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ['create', null, expect.objectContaining({ subject: 'Overleg over spanningen in de wijk' })],
      [
        'update',
        { subject: 'Overleg over spanningen in de wijk', municipalities: ['GM0363'] },
        { subject: 'Overleg met de burgemeester', municipalities: ['GM0363', 'GM0599'] },
      ],
      ['delete', null, { reason: 'Dubbel vastgelegd' }],
      ['restore', { deletedAt: deleted.deletedAt, reason: 'Dubbel vastgelegd' }, null],
    ]);
    expect(errorOf(() => getContactMoment(file.db, randomUUID())).code).toBe('NOT_FOUND');
  });
});

describe('the contact moment list', () => {
  let list: TestCaseFile;
  const ids: Record<string, string> = {};
  const query = (raw: Record<string, unknown>) => listContactMoments(list.db, contactMomentListQuerySchema.parse(raw));
  const numbersOf = (raw: Record<string, unknown>) => query(raw).rows.map((row) => row.subject);

  beforeAll(() => {
    list = openTestCaseFile();
    const organisation = insertTestOrganisation(list.db, 'Moskee Al-Fath', ['GM0599']);
    const person = insertTestPerson(list.db, 'Jan de Wit');
    const colleague = insertTestAdviser(list.db, 'Bram Jansen', 'BJ');
    const dossierInList = createCase(list.ctx(), newCase());
    ids.colleague = colleague.id;
    ids.organisation = organisation.id;
    ids.person = person.id;
    ids.case = dossierInList.id;
    const make = (overrides: Record<string, unknown>) => createContactMoment(list.ctx(), newContactMoment(overrides));
    make({ heldOn: '2026-01-05', subject: 'Kennissessie polarisatie', form: 'kennissessie', municipalities: ['GM0363'] });
    make({
      heldOn: '2026-02-10',
      subject: 'Werkbezoek Rotterdam-Zuid',
      form: 'werkbezoek',
      municipalities: ['GM0599'],
      organisationIds: [organisation.id],
      themes: ['gebedshuizen'],
      minutes: 'Gesproken over de Turkíje-verkiezingen en de moskee.',
    });
    make({ heldOn: '2026-03-01', subject: 'Telefoon met wijkagent', form: 'telefoon', municipalities: ['GM0014'], personIds: [person.id] });
    make({ heldOn: '2026-03-12', subject: 'Afstemming met collega', form: 'overleg', municipalities: [], staffIds: [colleague.id], caseId: dossierInList.id });
  });
  afterAll(() => list.close());

  it('filters by form, theme, place, province, participants, case and period', () => {
    expect(numbersOf({ filters: { forms: ['werkbezoek', 'telefoon'] } })).toEqual(['Telefoon met wijkagent', 'Werkbezoek Rotterdam-Zuid']);
    expect(numbersOf({ filters: { themes: ['gebedshuizen'] } })).toEqual(['Werkbezoek Rotterdam-Zuid']);
    expect(numbersOf({ filters: { municipalities: ['GM0363'] } })).toEqual(['Kennissessie polarisatie']);
    // Groningen (GM0014) lies in province PV20, Rotterdam in Zuid-Holland (PV28).
    expect(numbersOf({ filters: { provinces: ['PV20'] } })).toEqual(['Telefoon met wijkagent']);
    expect(numbersOf({ filters: { provinces: ['PV28'] } })).toEqual(['Werkbezoek Rotterdam-Zuid']);
    expect(numbersOf({ filters: { organisationIds: [ids.organisation] } })).toEqual(['Werkbezoek Rotterdam-Zuid']);
    expect(numbersOf({ filters: { personIds: [ids.person] } })).toEqual(['Telefoon met wijkagent']);
    expect(numbersOf({ filters: { staffIds: [ids.colleague] } })).toEqual(['Afstemming met collega']);
    expect(numbersOf({ filters: { caseId: ids.case } })).toEqual(['Afstemming met collega']);
    expect(numbersOf({ filters: { from: '2026-02-01', to: '2026-03-01' } })).toEqual(['Telefoon met wijkagent', 'Werkbezoek Rotterdam-Zuid']);
  });

  it('finds text in number, subject and minutes by word prefix, folding diacritics', () => {
    expect(numbersOf({ filters: { text: 'turkije moske' } })).toEqual(['Werkbezoek Rotterdam-Zuid']);
    expect(numbersOf({ filters: { text: 'kennis' } })).toEqual(['Kennissessie polarisatie']);
    expect(numbersOf({ filters: { text: 'CON-2026-0003' } })).toEqual(['Telefoon met wijkagent']);
    expect(query({ filters: { text: '" -' } }).total).toBe(4);
  });

  it('sorts and pages in SQL and returns the names for the table', () => {
    expect(numbersOf({ sort: { column: 'heldOn', direction: 'asc' } })).toEqual([
      'Kennissessie polarisatie',
      'Werkbezoek Rotterdam-Zuid',
      'Telefoon met wijkagent',
      'Afstemming met collega',
    ]);
    expect(numbersOf({ sort: { column: 'subject', direction: 'asc' }, page: { offset: 1, limit: 2 } })).toEqual([
      'Kennissessie polarisatie',
      'Telefoon met wijkagent',
    ]);
    const page = query({ sort: { column: 'heldOn', direction: 'desc' }, page: { offset: 0, limit: 2 } });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
    const [visit] = query({ filters: { forms: ['werkbezoek'] } }).rows;
    expect(visit).toMatchObject({
      heldOn: '2026-02-10',
      form: 'werkbezoek',
      municipalityNames: ['Rotterdam'],
      organisationNames: ['Moskee Al-Fath'],
      themes: ['gebedshuizen'],
      classification: 'ongerubriceerd',
    });
    expect(errorOf(() => listContactMoments(list.db, { filters: { provinces: ['Holland'] } } as never)).code).toBe('INVALID_INPUT');
  });
});

describe('the staff default', () => {
  it('leaves staff empty when nobody is at work (the CLI) and nobody is named', () => {
    const moment = createContactMoment({ ...file.ctx(), actor: { adviserId: null, label: 'ess CLI' } }, newContactMoment());
    expect(moment.staffIds).toEqual([]);
  });
});
