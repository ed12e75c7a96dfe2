import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { createAction, deleteAction, updateAction } from '../../electron/services/actions/writes';
import { createContactMoment, deleteContactMoment } from '../../electron/services/contactMoments/writes';
import { addJournalEntry, listJournal } from '../../electron/services/cases/journal';
import { caseTimeline } from '../../electron/services/cases/timeline';
import { addSignalsToCase, createCase, deleteCase, linkSignalToCase, updateCase } from '../../electron/services/cases/writes';
import { createSignal, setSignalStatus } from '../../electron/services/signals/writes';
import type { Case } from '../../shared/domain/case';
import { signalFieldsSchema } from '../../shared/domain/signal';
import {
  auditOf,
  changeTestSignalStatus,
  countRows,
  errorOf,
  insertTestSignal,
  newCase,
  openTestCaseFile,
  type TestCaseFile,
} from '../support/caseFixtures';
import { newAction, newContactMoment } from '../support/contactMoments';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

describe('the case timeline', () => {
  let dossier: Case;
  let first: { id: string; number: string };
  let second: { id: string; number: string };
  const label = () => file.actor.label;

  // Written out of date order on purpose: the timeline must order by date, not by insertion.
  beforeAll(() => {
    first = insertTestSignal(file.db, { title: 'Oproep tot demonstratie', receivedOn: '2026-03-02' });
    second = insertTestSignal(file.db, { title: 'Bekladding moskee', receivedOn: '2026-03-05' });
    const unrelated = insertTestSignal(file.db, { receivedOn: '2026-03-05' });
    const deleted = insertTestSignal(file.db, { receivedOn: '2026-03-04', deleted: true });
    dossier = createCase(file.ctx('2026-03-03T09:00:00.000Z'), newCase({ title: 'Spanning Noord', signalIds: [first.id] }));
    file.db.prepare('UPDATE signals SET case_id = ? WHERE id = ?').run(dossier.id, deleted.id);
    addJournalEntry(file.ctx('2026-03-09T12:00:00.000Z'), { caseId: dossier.id, entryOn: '2026-03-08', text: 'Overleg met de wijkagent.\nVervolg afgesproken.' });
    addJournalEntry(file.ctx('2026-03-09T12:00:00.000Z'), { caseId: dossier.id, entryOn: '2026-03-04', text: 'Gebeld met de gemeente.' });
    addSignalsToCase(file.ctx('2026-03-06T09:00:00.000Z'), dossier.id, [second.id]);
    updateCase(file.ctx('2026-03-07T10:00:00.000Z'), dossier.id, 2, {
      ...newCase({ title: 'Spanning Noord' }),
      ownerId: file.adviser.id,
      status: 'in-behandeling',
    });
    changeTestSignalStatus(file.ctx('2026-03-08T10:00:00.000Z'), first.id, 'in-duiding');
    changeTestSignalStatus(file.ctx('2026-03-08T11:00:00.000Z'), unrelated.id, 'gedeeld');
  });

  it('shows everything linked, oldest first, with who did it', () => {
    expect(caseTimeline(file.db, dossier.id, [])).toEqual([
      { kind: 'signal', at: '2026-03-02', refId: first.id, title: `${first.number} Oproep tot demonstratie`, detail: 'in-duiding', by: null },
      { kind: 'case', at: '2026-03-03T09:00:00.000Z', refId: dossier.id, title: `${dossier.number} Spanning Noord`, detail: 'create', by: label() },
      { kind: 'journal', at: '2026-03-04', refId: expect.any(String), title: 'Gebeld met de gemeente.', detail: 'Gebeld met de gemeente.', by: label() },
      { kind: 'signal', at: '2026-03-05', refId: second.id, title: `${second.number} Bekladding moskee`, detail: 'nieuw', by: null },
      { kind: 'case', at: '2026-03-06T09:00:00.000Z', refId: dossier.id, title: `${dossier.number} Spanning Noord`, detail: 'update:addedSignals', by: label() },
      { kind: 'status', at: '2026-03-07T10:00:00.000Z', refId: dossier.id, title: `${dossier.number} Spanning Noord`, detail: 'in-behandeling', by: label() },
      {
        kind: 'journal',
        at: '2026-03-08',
        refId: expect.any(String),
        title: 'Overleg met de wijkagent.',
        detail: 'Overleg met de wijkagent.\nVervolg afgesproken.',
        by: label(),
      },
      { kind: 'status', at: '2026-03-08T10:00:00.000Z', refId: first.id, title: `${first.number} Oproep tot demonstratie`, detail: 'in-duiding', by: label() },
    ]);
  });

  it('filters by kind', () => {
    const kinds = (only: Parameters<typeof caseTimeline>[2]) => caseTimeline(file.db, dossier.id, only).map((item) => item.kind);
    expect(kinds(['status'])).toEqual(['status', 'status']);
    expect(kinds(['journal', 'signal'])).toEqual(['signal', 'journal', 'signal', 'journal']);
    expect(kinds(['case'])).toEqual(['case', 'case']);
  });

  it('shows status changes made through the signals service', () => {
    const other = createCase(file.ctx(), newCase({ title: 'Via de signaalkant' }));
    const signal = createSignal(
      file.ctx('2026-03-10T08:00:00.000Z'),
      signalFieldsSchema.parse({
        title: 'Pamfletten bij school',
        description: 'Ouders melden pamfletten.',
        observedOn: '2026-03-09',
        receivedOn: '2026-03-10',
        municipalities: ['GM0363'],
        themes: ['polarisatie'],
        urgency: 'hoog',
      }),
    );
    linkSignalToCase(file.ctx('2026-03-10T09:00:00.000Z'), signal.id, other.id);
    setSignalStatus(file.ctx('2026-03-11T09:00:00.000Z'), signal.id, 'in-duiding');
    expect(caseTimeline(file.db, other.id, ['signal', 'status'])).toEqual([
      expect.objectContaining({ kind: 'signal', at: '2026-03-10', refId: signal.id, detail: 'in-duiding' }),
      expect.objectContaining({ kind: 'status', at: '2026-03-11T09:00:00.000Z', refId: signal.id, detail: 'in-duiding', by: label() }),
    ]);
  });

  it('is NOT_FOUND for an unknown case', () => {
    expect(errorOf(() => caseTimeline(file.db, randomUUID(), [])).code).toBe('NOT_FOUND');
  });
});

describe('contact moments and actions on the timeline', () => {
  it('shows a contact moment on the day it was held and an action when agreed and when completed', () => {
    const dossier = createCase(file.ctx('2026-03-02T09:00:00.000Z'), newCase({ title: 'Netwerk Zuid' }));
    const meeting = createContactMoment(
      file.ctx('2026-03-05T15:00:00.000Z'),
      newContactMoment({
        heldOn: '2026-03-04',
        form: 'werkbezoek',
        subject: 'Werkbezoek aan de moskee',
        caseId: dossier.id,
        actions: [{ description: 'Terugkoppeling aan de burgemeester', kind: 'advies', dueOn: '2026-03-12' }],
      }),
    );
    const followUp = createAction(file.ctx('2026-03-06T10:00:00.000Z'), newAction({ description: 'Kennissessie plannen', caseId: dossier.id }));
    updateAction(file.ctx('2026-03-09T10:00:00.000Z'), followUp.id, 1, {
      ...newAction({ description: 'Kennissessie plannen', caseId: dossier.id }),
      ownerId: file.adviser.id,
      status: 'afgerond',
      completedOn: '2026-03-09',
      result: 'Sessie op 2 april',
    });
    // Deleted records and records of other cases stay off this timeline.
    const elsewhere = createContactMoment(file.ctx(), newContactMoment({ subject: 'Ergens anders' }));
    const removed = createContactMoment(file.ctx(), newContactMoment({ caseId: dossier.id, subject: 'Weggegooid' }));
    deleteContactMoment(file.ctx(), removed.id, 'Dubbel');
    const removedAction = createAction(file.ctx(), newAction({ caseId: dossier.id }));
    deleteAction(file.ctx(), removedAction.id, 'Dubbel');
    expect(elsewhere.caseId).toBeNull();

    const agreed = meeting.actionIds[0]!;
    const by = file.actor.label;
    expect(caseTimeline(file.db, dossier.id, ['contactMoment', 'action'])).toEqual([
      { kind: 'contactMoment', at: '2026-03-04', refId: meeting.id, title: `${meeting.number} Werkbezoek aan de moskee`, detail: 'werkbezoek', by },
      { kind: 'action', at: '2026-03-05T15:00:00.000Z', refId: agreed, title: expect.stringMatching(/^ACT-2026-\d{4} Terugkoppeling aan de burgemeester$/), detail: 'created:2026-03-12', by },
      { kind: 'action', at: '2026-03-06T10:00:00.000Z', refId: followUp.id, title: `${followUp.number} Kennissessie plannen`, detail: 'created:', by },
      { kind: 'action', at: '2026-03-09', refId: followUp.id, title: `${followUp.number} Kennissessie plannen`, detail: 'completed:Sessie op 2 april', by },
    ]);
    // Every kind together, in date order: the case's creation comes first.
    expect(caseTimeline(file.db, dossier.id, []).map((item) => item.kind)).toEqual(['case', 'contactMoment', 'action', 'action', 'action']);
  });
});

describe('the journal', () => {
  it('keeps dated notes by the adviser at work, newest first, each audited', () => {
    const dossier = createCase(file.ctx(), newCase());
    const older = addJournalEntry(file.ctx(), { caseId: dossier.id, entryOn: '2026-03-01', text: '  Eerste notitie  ' });
    const newer = addJournalEntry(file.ctx(), { caseId: dossier.id, entryOn: '2026-03-15', text: 'Tweede notitie' });
    expect(older).toMatchObject({ caseId: dossier.id, entryOn: '2026-03-01', text: 'Eerste notitie', authorName: file.adviser.name });
    expect(listJournal(file.db, dossier.id).map((entry) => entry.id)).toEqual([newer.id, older.id]);
    expect(auditOf(file.db, 'journal', older.id)).toEqual([
      expect.objectContaining({ action: 'create', after: { caseId: dossier.id, entryOn: '2026-03-01', text: 'Eerste notitie' } }),
    ]);
  });

  it('refuses a date in the future, an empty note and an unknown or deleted case, writing nothing', () => {
    const dossier = createCase(file.ctx(), newCase());
    const removed = createCase(file.ctx(), newCase());
    deleteCase(file.ctx(), removed.id, 'Opgeheven');
    const before = countRows(file.db, 'journal_entries');
    expect(errorOf(() => addJournalEntry(file.ctx(), { caseId: dossier.id, entryOn: '2026-03-16', text: 'Morgen' })).issues).toEqual([
      { path: 'entryOn', message: 'validation.dateInFuture' },
    ]);
    expect(errorOf(() => addJournalEntry(file.ctx(), { caseId: dossier.id, entryOn: '2026-03-01', text: ' ' })).issues).toEqual([
      { path: 'text', message: 'validation.required' },
    ]);
    expect(errorOf(() => addJournalEntry(file.ctx(), { caseId: randomUUID(), entryOn: '2026-03-01', text: 'x' })).code).toBe('NOT_FOUND');
    expect(errorOf(() => addJournalEntry(file.ctx(), { caseId: removed.id, entryOn: '2026-03-01', text: 'x' })).code).toBe('NOT_FOUND');
    expect(errorOf(() => listJournal(file.db, randomUUID())).code).toBe('NOT_FOUND');
    expect(countRows(file.db, 'journal_entries')).toBe(before);
  });
});
