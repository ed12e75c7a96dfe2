import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseContactPerson } from '../../electron/services/contactPersons/erase';
import { createContactPerson } from '../../electron/services/contactPersons/writes';
import { listAdviserDrafts, saveDraft } from '../../electron/services/drafts';
import { eraseSignal } from '../../electron/services/signals/erase';
import { insertTestSignal, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { personDraft } from '../support/network';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => file.close());

const keys = () => listAdviserDrafts(file.ctx()).map((draft) => draft.formKey).sort();

describe('erasure also removes drafts that hold what was erased', () => {
  it('a signal: the draft of its edit form and drafts naming its number or id go; others stay', () => {
    const signal = insertTestSignal(file.db, { title: 'Te wissen signaal' });
    const ctx = file.ctx();
    saveDraft(ctx, { formKey: `signal:edit:${signal.id}`, route: { name: 'signalForm', id: signal.id }, title: 'Signaal', values: { title: 'x' } });
    saveDraft(ctx, { formKey: 'case:new:signals', route: { name: 'caseForm', signalIds: [signal.id] }, title: 'Casus', values: { signalIds: [signal.id] } });
    saveDraft(ctx, { formKey: 'contactMoment:new', route: { name: 'contactMomentForm' }, title: 'Gesprek', values: { minutes: `Zie ${signal.number}.` } });
    saveDraft(ctx, { formKey: 'organisation:new', route: { name: 'organisationForm' }, title: 'Los hiervan', values: { name: 'Buurthuis' } });

    eraseSignal(file.ctx('2026-03-16T09:00:00Z'), signal.id, signal.number);
    expect(keys()).toEqual(['organisation:new']);
  });

  it('a contact person: drafts naming the person (in any case) go', () => {
    const ctx = file.ctx();
    const person = createContactPerson(ctx, personDraft({ name: 'Yusuf Demirtaş' }));
    saveDraft(ctx, { formKey: `contactPerson:edit:${person.id}`, route: { name: 'contactPersonForm', id: person.id }, title: 'Persoon', values: {} });
    saveDraft(ctx, { formKey: 'signal:new', route: { name: 'signalForm' }, title: 'Nieuw signaal', values: { description: 'Volgens yusuf demirtaş neemt de spanning toe.' } });
    saveDraft(ctx, { formKey: 'case:new', route: { name: 'caseForm' }, title: 'Casus', values: { title: 'Iets anders' } });

    eraseContactPerson(file.ctx('2026-03-17T09:00:00Z'), person.id, 'Yusuf Demirtaş');
    expect(keys()).toEqual(['case:new', 'organisation:new']);
  });
});
