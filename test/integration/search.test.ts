import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction, deleteAction } from '../../electron/services/actions/writes';
import { addJournalEntry } from '../../electron/services/cases/journal';
import { createCase, deleteCase } from '../../electron/services/cases/writes';
import { createContactMoment, deleteContactMoment } from '../../electron/services/contactMoments/writes';
import { globalSearch } from '../../electron/services/search';
import type { Case, SearchKind } from '../../shared/domain/case';
import type { ContactMoment } from '../../shared/domain/contactMoment';
import type { FollowUpAction } from '../../shared/domain/followUpAction';
import { insertTestSignal, newCase, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { newAction, newContactMoment } from '../support/contactMoments';

let file: TestCaseFile;
let dossier: Case;
let meeting: ContactMoment;
let action: FollowUpAction;
const signals: Record<string, { id: string; number: string }> = {};

const search = (text: string, kinds: SearchKind[] = [], limit = 10) => globalSearch(file.db, text, { kinds, limit });
const ids = (text: string, kind: SearchKind = 'signal') => search(text)[kind].map((hit) => hit.id);

beforeAll(() => {
  file = openTestCaseFile();
  signals.once = insertTestSignal(file.db, {
    title: 'Zorgen in de wijk',
    description:
      'Na een bijeenkomst in het buurthuis over de woningmarkt en de nieuwe opvang in de wijk spraken bewoners over ' +
      'oplopende polarisatie, terwijl jongerenwerkers juist rust zagen op straat en op school.',
  });
  signals.often = insertTestSignal(file.db, { title: 'Polarisatie', description: 'Polarisatie na polarisatie.' });
  signals.turkey = insertTestSignal(file.db, {
    title: 'Campagnebezoek',
    description: 'Een minister uit Turkije bezocht een moskee in Rotterdam voor de verkiezingen.',
  });
  signals.accented = insertTestSignal(file.db, { title: 'Spanning in de diaspora', description: 'Berichten over Turkíje en de diaspora.' });
  signals.html = insertTestSignal(file.db, { title: 'Opmaak <img src=x onerror=alert(1)>', description: 'Polarisatie online.' });
  signals.deleted = insertTestSignal(file.db, { title: 'Polarisatie verwijderd', description: 'Polarisatie', deleted: true });

  dossier = createCase(file.ctx(), newCase({ title: 'Polarisatie rond de verkiezingen', summary: 'Zorgen over Turkije.' }));
  addJournalEntry(file.ctx(), { caseId: dossier.id, entryOn: '2026-03-10', text: 'Overleg over polarisatie met de gemeente.' });
  const removed = createCase(file.ctx(), newCase({ title: 'Polarisatie weg' }));
  addJournalEntry(file.ctx(), { caseId: removed.id, entryOn: '2026-03-10', text: 'Polarisatie in een verwijderde casus.' });
  deleteCase(file.ctx(), removed.id, 'Dubbel');

  meeting = createContactMoment(
    file.ctx(),
    newContactMoment({ subject: 'Netwerkoverleg Schilderswijk', minutes: 'Zorgen over polarisatie na de verkiezingen in Turkíje.' }),
  );
  const gone = createContactMoment(file.ctx(), newContactMoment({ subject: 'Polarisatie verwijderd overleg' }));
  deleteContactMoment(file.ctx(), gone.id, 'Dubbel');
  action = createAction(
    file.ctx('2026-03-15T11:00:00.000Z'),
    newAction({ description: 'Handreiking polarisatie sturen', status: 'afgerond', completedOn: '2026-03-15', result: 'Verstuurd naar de wijkregisseur' }),
  );
  const goneAction = createAction(file.ctx(), newAction({ description: 'Polarisatie actie weg' }));
  deleteAction(file.ctx(), goneAction.id, 'Dubbel');
});
afterAll(() => file.close());

describe('global search', () => {
  it('folds diacritics both ways', () => {
    expect(ids('Turkíje').sort()).toEqual([signals.turkey!.id, signals.accented!.id].sort());
    expect(ids('turkije').sort()).toEqual([signals.turkey!.id, signals.accented!.id].sort());
    expect(ids('Turkíje', 'case')).toEqual([dossier.id]);
  });

  it('finds words by their beginning', () => {
    expect(ids('polari')).toContain(signals.once!.id);
    expect(ids('moske')).toEqual([signals.turkey!.id]);
  });

  it('requires every word (AND)', () => {
    expect(ids('turkije moskee')).toEqual([signals.turkey!.id]);
    expect(ids('turkije buurthuis')).toEqual([]);
  });

  it('groups hits by kind, ranks each kind by relevance and leaves out deleted records', () => {
    const hits = search('polarisatie');
    expect(hits.signal.map((hit) => hit.id)).toEqual([signals.often!.id, signals.html!.id, signals.once!.id]);
    expect(hits.case).toEqual([
      { kind: 'case', id: dossier.id, parentId: null, reference: dossier.number, title: dossier.title, snippet: expect.any(String) },
    ]);
    expect(hits.journal).toEqual([
      {
        kind: 'journal',
        id: expect.any(String),
        parentId: dossier.id,
        reference: `${dossier.number} · 2026-03-10`,
        title: dossier.title,
        snippet: 'Overleg over \u0002polarisatie\u0003 met de gemeente.',
      },
    ]);
    expect(hits.signal[0]).toMatchObject({ kind: 'signal', reference: signals.often!.number, parentId: null });
  });

  it('marks matches in snippets with control characters and shortens long text with an ellipsis', () => {
    const [hit] = search('oplopende').signal;
    expect(hit!.snippet).toContain('\u0002oplopende\u0003');
    expect(hit!.snippet).toMatch(/^…|…$/);
    // Text is returned as text: nothing is escaped or interpreted here; the UI renders it as plain text.
    expect(search('opmaak').signal[0]!.title).toBe('Opmaak <img src=x onerror=alert(1)>');
  });

  it('limits per kind, searches only the chosen kinds, and ignores text without words', () => {
    expect(search('polarisatie', [], 2).signal).toHaveLength(2);
    expect(search('polarisatie', [], 2).case).toHaveLength(1);
    const onlyCases = search('polarisatie', ['case']);
    expect([onlyCases.signal.length, onlyCases.case.length, onlyCases.journal.length]).toEqual([0, 1, 0]);
    expect([onlyCases.contactMoment.length, onlyCases.action.length]).toEqual([0, 0]);
    expect(search('" * -')).toEqual({ signal: [], case: [], journal: [], contactMoment: [], action: [] });
  });

  it('finds records by their number', () => {
    expect(ids(signals.turkey!.number)).toEqual([signals.turkey!.id]);
    expect(ids(dossier.number, 'case')).toEqual([dossier.id]);
  });

  it('finds contact moments by number, subject and minutes, and actions by number, description and result', () => {
    const hits = search('polarisatie');
    expect(hits.contactMoment).toEqual([
      {
        kind: 'contactMoment',
        id: meeting.id,
        parentId: null,
        reference: `${meeting.number} · 2026-03-10`,
        title: 'Netwerkoverleg Schilderswijk',
        snippet: 'Zorgen over \u0002polarisatie\u0003 na de verkiezingen in Turkíje.',
      },
    ]);
    expect(hits.action).toEqual([
      {
        kind: 'action',
        id: action.id,
        parentId: null,
        reference: action.number,
        title: 'Handreiking polarisatie sturen',
        snippet: expect.stringContaining('\u0002polarisatie\u0003'),
      },
    ]);
    expect(ids('schildersw', 'contactMoment')).toEqual([meeting.id]);
    expect(ids('turkije verkiez', 'contactMoment')).toEqual([meeting.id]);
    expect(ids(meeting.number, 'contactMoment')).toEqual([meeting.id]);
    expect(ids('wijkregisseur', 'action')).toEqual([action.id]);
    expect(ids(action.number, 'action')).toEqual([action.id]);
    expect(search('schilderswijk', ['action']).contactMoment).toEqual([]);
  });
});
