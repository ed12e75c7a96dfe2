import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { actionDigest } from '../../electron/services/actions/digest';
import { getAction, listActions } from '../../electron/services/actions/reads';
import { createAction, deleteAction, restoreAction, updateAction } from '../../electron/services/actions/writes';
import { createCase, deleteCase } from '../../electron/services/cases/writes';
import { createContactMoment } from '../../electron/services/contactMoments/writes';
import {
  endOfIsoWeek,
  followUpActionListQuerySchema,
  type FollowUpAction,
  type FollowUpActionInput,
} from '../../shared/domain/followUpAction';
import {
  auditOf,
  errorOf,
  insertTestAdviser,
  insertTestSignal,
  newCase,
  openTestCaseFile,
  type TestCaseFile,
} from '../support/caseFixtures';
import { networkCounts, newAction, newContactMoment } from '../support/contactMoments';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

const inputOf = (action: FollowUpAction): FollowUpActionInput => {
  const { description, kind, ownerId, dueOn, status, result, completedOn, signalId, caseId, contactMomentId } = action;
  return { description, kind, ownerId, dueOn, status, result, completedOn, signalId, caseId, contactMomentId };
};

describe('creating an action', () => {
  it('links it to a signal, a case and a contact moment in any combination, owned by the adviser at work', () => {
    const signal = insertTestSignal(file.db, { title: 'Pamfletten bij school' });
    const dossier = createCase(file.ctx(), newCase({ title: 'Spanning Zuid' }));
    const moment = createContactMoment(file.ctx(), newContactMoment({ subject: 'Overleg met de school' }));
    const action = createAction(
      file.ctx(),
      newAction({ signalId: signal.id, caseId: dossier.id, contactMomentId: moment.id, dueOn: '2026-03-20' }),
    );
    expect(action).toMatchObject({
      number: 'ACT-2026-0001',
      ownerId: file.adviser.id,
      ownerName: file.adviser.name,
      signalLabel: `${signal.number} Pamfletten bij school`,
      caseLabel: `${dossier.number} Spanning Zuid`,
      contactMomentLabel: `${moment.number} Overleg met de school`,
      status: 'open',
      overdue: false,
      version: 1,
    });
    const alone = createAction(file.ctx(), newAction({ description: 'Kennisproduct schrijven', kind: 'kennisproduct' }));
    expect(alone).toMatchObject({ signalId: null, caseId: null, contactMomentId: null, signalLabel: null });
    expect(auditOf(file.db, 'action', alone.id)).toEqual([
      expect.objectContaining({ action: 'create', after: expect.objectContaining({ number: alone.number, kind: 'kennisproduct' }) }),
    ]);
  });

  it('refuses each bad field with its own message and writes nothing', () => {
    const removed = createCase(file.ctx(), newCase());
    deleteCase(file.ctx(), removed.id, 'Dubbel aangemaakt');
    const before = networkCounts(file.db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ description: '' }, 'description', 'validation.required'],
      [{ kind: 'bellen' }, 'kind', 'validation.actionKind'],
      [{ status: 'klaar' }, 'status', 'validation.status'],
      [{ dueOn: '2026-13-01' }, 'dueOn', 'validation.date'],
      [{ ownerId: randomUUID() }, 'ownerId', 'validation.unknownAdviser'],
      [{ signalId: randomUUID() }, 'signalId', 'validation.unknownSignalId'],
      [{ caseId: removed.id }, 'caseId', 'validation.unknownCase'],
      [{ contactMomentId: randomUUID() }, 'contactMomentId', 'validation.unknownContactMoment'],
      [{ ownerId: 'iemand' }, 'ownerId', 'validation.id'],
    ];
    for (const [overrides, path, message] of cases) {
      const error = errorOf(() => createAction(file.ctx(), { ...newAction(), ...overrides } as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues, JSON.stringify(overrides)).toEqual([{ path, message }]);
    }
    expect(networkCounts(file.db)).toEqual(before);
  });

  it('asks a completion date of a finished action, and of no other, and not in the future', () => {
    const rule = (overrides: Record<string, unknown>) => errorOf(() => createAction(file.ctx(), newAction(overrides))).issues;
    expect(rule({ status: 'afgerond' })).toEqual([{ path: 'completedOn', message: 'validation.completedNeedsDate' }]);
    expect(rule({ status: 'lopend', completedOn: '2026-03-10' })).toEqual([
      { path: 'completedOn', message: 'validation.completedOnlyWhenDone' },
    ]);
    expect(rule({ status: 'vervallen', completedOn: '2026-03-10' })).toEqual([
      { path: 'completedOn', message: 'validation.completedOnlyWhenDone' },
    ]);
    expect(rule({ status: 'afgerond', completedOn: '2026-03-16' })).toEqual([{ path: 'completedOn', message: 'validation.dateInFuture' }]);
    const done = createAction(file.ctx(), newAction({ status: 'afgerond', completedOn: '2026-03-15', result: 'Advies gegeven' }));
    expect(done).toMatchObject({ status: 'afgerond', completedOn: '2026-03-15', result: 'Advies gegeven' });
  });
});

describe('changing an action', () => {
  it('records a status change as its own entry, the other fields as one update', () => {
    const action = createAction(file.ctx(), newAction({ dueOn: '2026-03-20' }));
    const started = updateAction(file.ctx(), action.id, 1, { ...inputOf(action), status: 'lopend' });
    expect(started.version).toBe(2);
    const done = updateAction(file.ctx('2026-03-16T10:00:00.000Z'), action.id, 2, {
      ...inputOf(started),
      status: 'afgerond',
      completedOn: '2026-03-16',
      result: 'Handreiking gestuurd',
    });
    expect(done).toMatchObject({ status: 'afgerond', completedOn: '2026-03-16', version: 3 });
    expect(auditOf(file.db, 'action', action.id).map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ['create', null, expect.objectContaining({ status: 'open' })],
      ['status', { status: 'open' }, { status: 'lopend' }],
      ['update', { result: '', completedOn: null }, { result: 'Handreiking gestuurd', completedOn: '2026-03-16' }],
      ['status', { status: 'lopend' }, { status: 'afgerond' }],
    ]);
    // Saving without changes writes nothing.
    expect(updateAction(file.ctx('2026-03-16T10:00:00.000Z'), action.id, 3, inputOf(done)).version).toBe(3);
  });

  it('refuses a stale version and leaves the action as it was', () => {
    const action = createAction(file.ctx(), newAction());
    updateAction(file.ctx(), action.id, 1, { ...inputOf(action), description: 'Eerste wijziging' });
    const error = errorOf(() => updateAction(file.ctx(), action.id, 1, { ...inputOf(action), description: 'Tweede wijziging' }));
    expect(error.code).toBe('CONFLICT');
    expect(getAction(file.db, action.id, '2026-03-15')).toMatchObject({ description: 'Eerste wijziging', version: 2 });
  });

  it('keeps a link to a record deleted since, but refuses a new link to one', () => {
    const dossier = createCase(file.ctx(), newCase());
    const action = createAction(file.ctx(), newAction({ caseId: dossier.id }));
    deleteCase(file.ctx(), dossier.id, 'Opgeheven');
    const edited = updateAction(file.ctx(), action.id, 1, { ...inputOf(action), description: 'Nog steeds gekoppeld' });
    expect(edited.caseId).toBe(dossier.id);
    const other = createAction(file.ctx(), newAction());
    expect(errorOf(() => updateAction(file.ctx(), other.id, 1, { ...inputOf(other), caseId: dossier.id })).issues).toEqual([
      { path: 'caseId', message: 'validation.unknownCase' },
    ]);
  });

  it('deletes with a reason and restores', () => {
    const action = createAction(file.ctx(), newAction({ description: 'Te verwijderen actie zeldzaamwoord' }));
    const listed = () =>
      listActions(file.db, followUpActionListQuerySchema.parse({ filters: { text: 'zeldzaamwoord' } }), {
        adviserId: file.adviser.id,
        today: '2026-03-15',
      }).total;
    expect(listed()).toBe(1);
    expect(errorOf(() => deleteAction(file.ctx(), action.id, ' ')).code).toBe('INVALID_INPUT');
    const deleted = deleteAction(file.ctx(), action.id, 'Niet meer nodig');
    expect(deleted).toMatchObject({ deletedReason: 'Niet meer nodig', version: 2 });
    expect(listed()).toBe(0);
    expect(errorOf(() => updateAction(file.ctx(), action.id, 2, inputOf(action))).code).toBe('NOT_FOUND');
    expect(restoreAction(file.ctx(), action.id)).toMatchObject({ deletedAt: null, version: 3 });
    expect(listed()).toBe(1);
    expect(auditOf(file.db, 'action', action.id).map((entry) => entry.action)).toEqual(['create', 'delete', 'restore']);
    expect(errorOf(() => getAction(file.db, randomUUID(), '2026-03-15')).code).toBe('NOT_FOUND');
  });
});

describe('the views, overdue and the digest (fixed clock)', () => {
  let views: TestCaseFile;
  const made: Record<string, string> = {};
  let colleague: string;
  // 2026-03-18 is a Wednesday; its ISO week ends on Sunday 2026-03-22.
  const WEDNESDAY = '2026-03-18';
  const SUNDAY = '2026-03-22';
  const descriptions = (view: string, today: string, adviserId: string | null = views.adviser.id, extra: object = {}) =>
    listActions(
      views.db,
      followUpActionListQuerySchema.parse({ filters: { view, ...extra }, sort: { column: 'dueOn', direction: 'asc' } }),
      { adviserId, today },
    ).rows.map((row) => row.description);

  beforeAll(() => {
    views = openTestCaseFile();
    colleague = insertTestAdviser(views.db, 'Bram Jansen', 'BJ').id;
    const ctx = views.ctx('2026-03-01T09:00:00.000Z');
    const make = (description: string, overrides: Record<string, unknown>) => {
      made[description] = createAction(ctx, newAction({ description, ...overrides })).id;
    };
    make('verlopen gisteren', { dueOn: '2026-03-17' });
    make('vandaag', { dueOn: '2026-03-18', status: 'lopend' });
    make('zondag', { dueOn: '2026-03-22' });
    make('volgende maandag', { dueOn: '2026-03-23' });
    make('zonder datum', {});
    make('afgerond te laat', { dueOn: '2026-03-10', status: 'afgerond', completedOn: '2026-03-01' });
    make('vervallen', { dueOn: '2026-03-11', status: 'vervallen' });
    make('collega verlopen', { dueOn: '2026-03-16', ownerId: colleague });
    make('collega deze week', { dueOn: '2026-03-20', ownerId: colleague });
  });
  afterAll(() => views.close());

  it('computes the end of the ISO week', () => {
    expect(endOfIsoWeek('2026-03-16')).toBe(SUNDAY);
    expect(endOfIsoWeek(WEDNESDAY)).toBe(SUNDAY);
    expect(endOfIsoWeek(SUNDAY)).toBe(SUNDAY);
    expect(endOfIsoWeek('2026-12-31')).toBe('2027-01-03');
  });

  it('"Verlopen": open or in progress with a due date before today, whoever owns it', () => {
    expect(descriptions('overdue', WEDNESDAY)).toEqual(['collega verlopen', 'verlopen gisteren']);
    expect(descriptions('overdue', SUNDAY)).toEqual(['collega verlopen', 'verlopen gisteren', 'vandaag', 'collega deze week']);
  });

  it('"Deze week": open work due from today up to and including Sunday', () => {
    expect(descriptions('thisWeek', WEDNESDAY)).toEqual(['vandaag', 'collega deze week', 'zondag']);
    // On Sunday the week is that one day; Monday's action belongs to next week.
    expect(descriptions('thisWeek', SUNDAY)).toEqual(['zondag']);
  });

  it('"Mijn acties": the open work of the adviser at work', () => {
    expect(descriptions('mine', WEDNESDAY)).toEqual(['verlopen gisteren', 'vandaag', 'zondag', 'volgende maandag', 'zonder datum']);
    expect(descriptions('mine', WEDNESDAY, colleague)).toEqual(['collega verlopen', 'collega deze week']);
    expect(descriptions('mine', WEDNESDAY, null)).toEqual([]);
    expect(descriptions('all', WEDNESDAY, null, { ownerIds: [colleague] })).toEqual(['collega verlopen', 'collega deze week']);
  });

  it('flags overdue rows and names what an action follows from', () => {
    const page = listActions(views.db, followUpActionListQuerySchema.parse({}), { adviserId: null, today: WEDNESDAY });
    const overdue = page.rows.filter((row) => row.overdue).map((row) => row.description);
    expect(overdue.sort()).toEqual(['collega verlopen', 'verlopen gisteren']);
    expect(getAction(views.db, made['verlopen gisteren']!, WEDNESDAY).overdue).toBe(true);
    expect(getAction(views.db, made['afgerond te laat']!, WEDNESDAY).overdue).toBe(false);

    const moment = createContactMoment(views.ctx(), newContactMoment({ actions: [{ description: 'uit overleg', kind: 'advies' }] }));
    const [fromMoment] = listActions(views.db, followUpActionListQuerySchema.parse({ filters: { contactMomentId: moment.id } }), {
      adviserId: null,
      today: WEDNESDAY,
    }).rows;
    expect(fromMoment).toMatchObject({ description: 'uit overleg', linkedTo: moment.number, ownerName: views.adviser.name });
  });

  it('filters by status, kind and text, sorts and pages', () => {
    const query = (raw: Record<string, unknown>) =>
      listActions(views.db, followUpActionListQuerySchema.parse(raw), { adviserId: null, today: WEDNESDAY });
    expect(query({ filters: { statuses: ['afgerond', 'vervallen'] } }).rows.map((row) => row.description).sort()).toEqual([
      'afgerond te laat',
      'vervallen',
    ]);
    expect(query({ filters: { kinds: ['kennisproduct'] } }).total).toBe(0);
    expect(query({ filters: { text: 'collega verl' } }).rows.map((row) => row.description)).toEqual(['collega verlopen']);
    const byStatus = query({ sort: { column: 'status', direction: 'desc' }, page: { offset: 0, limit: 2 } });
    expect(byStatus.rows.map((row) => row.status)).toEqual(['vervallen', 'afgerond']);
    expect(byStatus.total).toBeGreaterThanOrEqual(9);
    // Without a due date sorts last going up, first going down.
    expect(query({ sort: { column: 'dueOn', direction: 'asc' } }).rows.at(-1)?.dueOn).toBeNull();
    expect(query({ sort: { column: 'dueOn', direction: 'desc' } }).rows[0]?.dueOn).toBeNull();
  });

  it('the digest shows the adviser\u2019s own overdue actions and those due this week, soonest first', () => {
    const digest = actionDigest(views.db, views.adviser.id, new Date(`${WEDNESDAY}T08:00:00.000Z`));
    expect(digest.today).toBe(WEDNESDAY);
    expect(digest.weekEndsOn).toBe(SUNDAY);
    expect(digest.overdue.map((row) => row.description)).toEqual(['verlopen gisteren']);
    expect(digest.dueThisWeek.map((row) => row.description)).toEqual(['vandaag', 'zondag']);
    expect(digest.overdue[0]).toMatchObject({ overdue: true, dueOn: '2026-03-17' });
    // Late on Sunday evening in UTC it is already Monday in the Netherlands.
    const monday = actionDigest(views.db, views.adviser.id, new Date('2026-03-22T23:30:00.000Z'));
    expect(monday.today).toBe('2026-03-23');
    expect(monday.dueThisWeek.map((row) => row.description)).toEqual(['volgende maandag']);
    expect(actionDigest(views.db, null, new Date(`${WEDNESDAY}T08:00:00.000Z`))).toMatchObject({ overdue: [], dueThisWeek: [] });
  });
});
