import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../db/ftsQuery';
import { countKind } from '../../db/repositories/search';
import { createBriefing } from '../../electron/services/briefings/writes';
import { eraseContactPerson } from '../../electron/services/contactPersons/erase';
import { listOrganisations } from '../../electron/services/organisations/reads';
import { globalSearch, searchGroups } from '../../electron/services/search';
import { SEARCH_GROUPS } from '../../shared/domain/search';
import { marchDraft } from '../support/briefings';
import { insertTestSignal, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestContactMoment, insertTestOrganisation, insertTestPerson } from '../support/networkFixtures';

/**
 * Ctrl+K's groups: each with its first hits and a total that equals what the
 * group's list shows with the same text (so "alle n resultaten" keeps its word).
 */
describe('the grouped global search', () => {
  let file: TestCaseFile;
  const ids: Record<string, string> = {};

  beforeAll(() => {
    file = openTestCaseFile();
    const { db } = file;
    for (let i = 0; i < 7; i += 1) insertTestOrganisation(db, { name: `Stichting Wijkkracht ${i + 1}` });
    insertTestOrganisation(db, { name: 'Stichting Wijkkracht verwijderd', deleted: true });
    ids.organisation = insertTestOrganisation(db, { name: 'Moskeevereniging Al Nour', municipalities: ['GM0518'] }).id;
    ids.person = insertTestPerson(db, { name: 'Fatima Bakkali', organisationId: ids.organisation }).id;
    ids.erased = insertTestPerson(db, { name: 'Yusuf Bakkali' }).id;
    eraseContactPerson(file.ctx(), ids.erased, 'Yusuf Bakkali');
    insertTestPerson(db, { name: 'Deleted Bakkali', deleted: true });
    ids.signal = insertTestSignal(db, { title: 'Onrust rond moskeevereniging', receivedOn: '2026-03-02' }).id;
    ids.moment = insertTestContactMoment(db, { subject: 'Overleg met de moskeevereniging', heldOn: '2026-03-10' }).id;
    ids.briefing = createBriefing(file.ctx(), marchDraft('informatienota', { subject: 'Moskeevereniging en de wijk' })).id;
  });
  afterAll(() => file.close());

  it('answers every group, at most `limit` hits each, with the total of all matches', () => {
    const result = searchGroups(file.db, 'wijkkracht', { limit: 5 });
    expect(Object.keys(result)).toEqual([...SEARCH_GROUPS]);
    expect(result.organisation.hits).toHaveLength(5);
    expect(result.organisation.total).toBe(7);
    // The total is what the organisations list shows for the same text.
    expect(listOrganisations(file.db, { filters: { text: 'wijkkracht' } }).total).toBe(7);
    expect(result.signal).toEqual({ hits: [], total: 0 });
  });

  it('finds an organisation, a person, a signal, a contact moment and a note by one word', () => {
    const result = searchGroups(file.db, 'moskeevereniging', { limit: 5 });
    expect(result.organisation.hits.map((hit) => hit.id)).toEqual([ids.organisation]);
    expect(result.signal.hits.map((hit) => hit.id)).toEqual([ids.signal]);
    expect(result.contactMoment.hits[0]).toMatchObject({ id: ids.moment, date: '2026-03-10', reference: expect.stringMatching(/^CON-/) });
    expect(result.briefing.hits[0]).toMatchObject({ id: ids.briefing, kind: 'briefing', title: 'Moskeevereniging en de wijk' });
    expect(result.briefing.total).toBe(1);
  });

  it('finds contact persons, never erased or deleted ones', () => {
    const result = searchGroups(file.db, 'Bakkali', { limit: 5 });
    expect(result.person.hits.map((hit) => hit.title)).toEqual(['Fatima Bakkali']);
    expect(result.person.total).toBe(1);
    expect(result.person.hits[0]!.snippet).toContain('Moskeevereniging Al Nour');
  });

  it('finds municipalities by the names people use, with a note when the name is not the official one', () => {
    const haag = searchGroups(file.db, 'Den Haag', { limit: 5 }).municipality;
    expect(haag.hits[0]).toMatchObject({ id: 'GM0518', title: "'s-Gravenhage", note: { kind: 'nickname', alias: 'Den Haag' } });
    const weesp = searchGroups(file.db, 'Weesp', { limit: 5 }).municipality;
    expect(weesp.hits[0]).toMatchObject({ id: 'GM0363', title: 'Amsterdam', note: { kind: 'merged', alias: 'Weesp', year: 2022 } });
    const many = searchGroups(file.db, 'berg', { limit: 5 }).municipality;
    expect(many.hits).toHaveLength(5);
    expect(many.total).toBeGreaterThan(5);
  });

  it('counts FTS totals only up to a cap, so a common word costs no more than its first hits', () => {
    for (let i = 0; i < 3; i += 1) insertTestSignal(file.db, { title: `Spanning bij de markt ${i + 1}` });
    expect(countKind(file.db, 'signal', toFtsQuery('markt')!, 10)).toBe(3);
    // Capped at 2: one more than the cap says "more than 2".
    expect(countKind(file.db, 'signal', toFtsQuery('markt')!, 2)).toBe(3);
    expect(countKind(file.db, 'signal', toFtsQuery('markt')!, 1)).toBe(2);
  });

  it('keeps search.global as it was: the day inside the reference', () => {
    const hits = globalSearch(file.db, 'moskeevereniging', { kinds: ['contactMoment'], limit: 5 });
    expect(hits.contactMoment[0]!.reference).toMatch(/^CON-\d{4}-\d{4} · 2026-03-10$/);
    expect(hits.contactMoment[0]).not.toHaveProperty('date');
  });

  it('treats text that is all FTS syntax as no FTS query, never an error', () => {
    const result = searchGroups(file.db, '" * -:( ^', { limit: 5 });
    expect(result.signal.total).toBe(0);
    expect(searchGroups(file.db, '   ', { limit: 5 }).organisation.total).toBe(0);
  });
});
