import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import {
  createCampaignVisit,
  deleteCampaignVisit,
  listCampaignVisits,
  updateCampaignVisit,
} from '../../electron/services/elections/campaignVisits';
import { electionsOf, linkToElection, unlinkFromElection } from '../../electron/services/elections/links';
import { getElection, listElections, upcomingElections } from '../../electron/services/elections/reads';
import { electionTimeline } from '../../electron/services/elections/timeline';
import { createElection, deleteElection, updateElection } from '../../electron/services/elections/writes';
import { ELECTION_STARTER_LIST } from '../../shared/domain/data/electionStarterList';
import type { CampaignVisitFieldsDraft, ElectionFieldsDraft } from '../../shared/domain/election';
import { auditOf, errorOf, insertTestSignal, openTestCaseFile, softDeleteTestSignal, type TestCaseFile } from '../support/caseFixtures';
import { insertTestAction } from '../support/network';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

// The fixture's clock: 2026-03-15.
const TODAY = '2026-03-15';

const electionDraft = (overrides: Partial<ElectionFieldsDraft> = {}): ElectionFieldsDraft => ({
  country: 'TR',
  kind: 'presidentieel',
  date: '2026-05-31',
  precision: 'day',
  status: 'aangekondigd',
  source: 'YSK, besluit verkiezingskalender',
  verifiedOn: '2026-03-01',
  ...overrides,
});

const visitDraft = (electionId: string, overrides: Partial<CampaignVisitFieldsDraft> = {}): CampaignVisitFieldsDraft => ({
  electionId,
  visitor: 'Minister van Buitenlandse Zaken',
  government: 'TR',
  date: '2026-04-10',
  place: 'Ahoy',
  municipalityCode: 'GM0599',
  ...overrides,
});

const electionCount = () => (file.db.prepare('SELECT count(*) AS n FROM elections').get() as { n: number }).n;

describe('the starter list', () => {
  it('is loaded into a new case file by migration 010, each entry with a source and a verified-on date', () => {
    const rows = file.db
      .prepare("SELECT number, country, precision, status, source, verified_on AS verifiedOn FROM elections WHERE number LIKE 'VK-%' ORDER BY seq")
      .all() as { number: string; country: string; precision: string; status: string; source: string; verifiedOn: string }[];
    expect(rows.length).toBe(ELECTION_STARTER_LIST.length);
    for (const row of rows) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Only a held or announced election carries a day; an expected one is known to the year or month.
      if (row.status === 'verwacht') expect(row.precision).not.toBe('day');
    }
    expect(rows.map((row) => row.country)).toEqual(expect.arrayContaining(['TR', 'SR', 'PL', 'RO', 'GH', 'IR', 'RU']));
  });
});

describe('an election', () => {
  it('is created with its window: 31 May gives the last day of February', () => {
    const election = createElection(file.ctx(), electionDraft());
    expect(election.number).toMatch(/^VK-2026-\d{4}$/);
    expect(election).toMatchObject({
      countryName: 'Turkije',
      isEu: false,
      campaignWindowFrom: '2026-02-28',
      campaignWindowTo: '2026-05-31',
      campaignWindowApproximate: false,
      windowOpen: true,
      round: 1,
      votingPlaces: [],
      version: 1,
    });
    expect(auditOf(file.db, 'election', election.id).map((entry) => entry.action)).toEqual(['create']);
  });

  it('has no window for an EU country, nor with year precision; month precision is approximate', () => {
    expect(createElection(file.ctx(), electionDraft({ country: 'PL', date: '2027-10-10' })).campaignWindowFrom).toBeNull();
    const yearOnly = createElection(file.ctx(), electionDraft({ date: '2028-06-30', precision: 'year', status: 'verwacht' }));
    expect(yearOnly.date).toBe('2028-01-01');
    expect(yearOnly.campaignWindowFrom).toBeNull();
    const month = createElection(file.ctx(), electionDraft({ country: 'MA', date: '2026-09-18', precision: 'month', status: 'verwacht' }));
    expect(month).toMatchObject({ date: '2026-09-01', campaignWindowFrom: '2026-06-01', campaignWindowTo: '2026-09-30', campaignWindowApproximate: true, windowOpen: false });
  });

  it('refuses bad fields with their own messages and writes nothing', () => {
    const before = electionCount();
    const cases: [Partial<ElectionFieldsDraft>, { path: string; message: string }][] = [
      [{ country: 'XX' }, { path: 'country', message: 'election.validation.country' }],
      [{ country: 'tr' }, { path: 'country', message: 'election.validation.country' }],
      [{ kind: 'gemeentelijk' as never }, { path: 'kind', message: 'election.validation.kind' }],
      [{ round: 4 }, { path: 'round', message: 'election.validation.round' }],
      [{ date: '2026-02-30' }, { path: 'date', message: 'validation.date' }],
      [{ source: '  ' }, { path: 'source', message: 'election.validation.source' }],
      [{ votingFrom: '2026-05-20', votingTo: '2026-05-10' }, { path: 'votingTo', message: 'validation.periodOrder' }],
      [{ status: 'gehouden', date: '2026-06-01' }, { path: 'status', message: 'election.validation.heldInFuture' }],
      [{ status: 'gehouden', precision: 'month' }, { path: 'precision', message: 'election.validation.heldNeedsDay' }],
      [{ verifiedOn: '2026-03-16' }, { path: 'verifiedOn', message: 'validation.dateInFuture' }],
      [
        { votingPlaces: [{ kind: 'consulaat', name: 'Consulaat-generaal', municipalityCode: 'GM9999' }] },
        { path: 'votingPlaces.0.municipalityCode', message: 'validation.unknownMunicipality' },
      ],
    ];
    for (const [overrides, issue] of cases) {
      const error = errorOf(() => createElection(file.ctx(), electionDraft(overrides)));
      expect(error.code, JSON.stringify(overrides)).toBe('INVALID_INPUT');
      expect(error.issues).toEqual([issue]);
    }
    expect(electionCount()).toBe(before);
  });

  it('is updated against its version: a stale version is refused, the change audited field by field', () => {
    const election = createElection(file.ctx(), electionDraft({ date: '2026-06-14' }));
    const places = [
      { kind: 'ambassade' as const, name: 'Ambassade', municipalityCode: 'GM0518', address: 'Jan Evertstraat 15' },
      { kind: 'consulaat' as const, name: 'Consulaat-generaal', municipalityCode: 'GM0599' },
    ];
    const updated = updateElection(file.ctx(), election.id, 1, electionDraft({ date: '2026-06-14', votingPlaces: places, title: 'Presidentsverkiezing' }));
    expect(updated.version).toBe(2);
    expect(updated.votingPlaces).toEqual([places[0], { ...places[1], address: '' }]);
    expect(updated.campaignWindowFrom).toBe('2026-03-14');

    const stale = errorOf(() => updateElection(file.ctx(), election.id, 1, electionDraft({ date: '2026-06-21' })));
    expect(stale.code).toBe('CONFLICT');
    expect(getElection(file.db, election.id, TODAY).date).toBe('2026-06-14');

    const entries = auditOf(file.db, 'election', election.id);
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(entries[1]!.before).toEqual({ title: '', votingPlaces: [] });
    expect(Object.keys(entries[1]!.after as object).sort()).toEqual(['title', 'votingPlaces']);
  });

  it('lists upcoming first, soonest first, then past ones; deleted ones leave the register', () => {
    const past = createElection(file.ctx(), electionDraft({ country: 'GH', date: '2025-12-07', status: 'gehouden' }));
    const soon = createElection(file.ctx(), electionDraft({ country: 'SR', date: '2026-03-20' }));
    const upcoming = listElections(file.db, { includePast: false }, TODAY);
    expect(upcoming.every((e) => e.date >= TODAY || e.precision !== 'day')).toBe(true);
    expect(upcoming[0]!.id).toBe(soon.id);
    const all = listElections(file.db, { includePast: true }, TODAY);
    const firstPast = all.findIndex((e) => e.date < TODAY && e.precision === 'day');
    expect(all.slice(firstPast).every((e) => e.date < TODAY)).toBe(true);
    expect(all.map((e) => e.id)).toContain(past.id);
    expect(listElections(file.db, { includePast: true, text: 'surin' }, TODAY).map((e) => e.country)).toContain('SR');

    expect(upcomingElections(file.db, 2, TODAY).map((e) => e.id)[0]).toBe(soon.id);
    deleteElection(file.ctx(), soon.id, 'Dubbel ingevoerd');
    expect(upcomingElections(file.db, 20, TODAY).map((e) => e.id)).not.toContain(soon.id);
    expect(getElection(file.db, soon.id, TODAY).deletedAt).not.toBeNull();
    expect(auditOf(file.db, 'election', soon.id).at(-1)).toMatchObject({ action: 'delete', after: { reason: 'Dubbel ingevoerd' } });
  });
});

describe('campaign visits', () => {
  it('flags a non-EU government inside the window, not outside it, nor an EU government', () => {
    const election = createElection(file.ctx(), electionDraft({ date: '2026-05-31' })); // window 2026-02-28 to 2026-05-31
    const inside = createCampaignVisit(file.ctx(), visitDraft(election.id, { date: '2026-04-10' }));
    expect(inside).toMatchObject({ insideWindow: true, flagged: true, governmentName: 'Turkije', municipalityName: 'Rotterdam' });
    expect(inside.number).toMatch(/^CB-2026-\d{4}$/);
    expect(inside.election).toMatchObject({ id: election.id, country: 'TR', date: '2026-05-31' });

    const before = createCampaignVisit(file.ctx(), visitDraft(election.id, { date: '2026-02-27' }));
    expect(before).toMatchObject({ insideWindow: false, flagged: false });
    const onTheFirstDay = createCampaignVisit(file.ctx(), visitDraft(election.id, { date: '2026-02-28' }));
    expect(onTheFirstDay.flagged).toBe(true);

    const eu = createCampaignVisit(file.ctx(), visitDraft(election.id, { government: 'DE', date: '2026-04-10' }));
    expect(eu).toMatchObject({ insideWindow: true, flagged: false });

    const euElection = createElection(file.ctx(), electionDraft({ country: 'PL', date: '2026-05-31' }));
    expect(createCampaignVisit(file.ctx(), visitDraft(euElection.id, { government: 'PL' }))).toMatchObject({ insideWindow: false, flagged: false });

    expect(listCampaignVisits(file.db, election.id).map((visit) => visit.id)).toEqual([eu.id, inside.id, onTheFirstDay.id, before.id]); // newest first; on one day the latest entered first
  });

  it('is updated against its version and deleted with a reason, audited', () => {
    const election = createElection(file.ctx(), electionDraft({ date: '2026-05-31' }));
    const visit = createCampaignVisit(file.ctx(), visitDraft(election.id, { date: '2026-01-10' }));
    expect(visit.flagged).toBe(false);
    const moved = updateCampaignVisit(file.ctx(), visit.id, 1, visitDraft(election.id, { date: '2026-04-01', notifiedToForeignAffairsOn: '2026-03-01' }));
    expect(moved).toMatchObject({ version: 2, flagged: true, notifiedToForeignAffairsOn: '2026-03-01' });
    expect(errorOf(() => updateCampaignVisit(file.ctx(), visit.id, 1, visitDraft(election.id))).code).toBe('CONFLICT');
    expect(errorOf(() => deleteCampaignVisit(file.ctx(), visit.id, 'x')).code).toBe('INVALID_INPUT');
    deleteCampaignVisit(file.ctx(), visit.id, 'Bezoek afgelast');
    expect(listCampaignVisits(file.db, election.id)).toEqual([]);
    expect(auditOf(file.db, 'campaignVisit', visit.id).map((entry) => entry.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses an unknown election, a bad government and an unknown municipality', () => {
    const election = createElection(file.ctx(), electionDraft());
    const unknown = errorOf(() => createCampaignVisit(file.ctx(), visitDraft('00000000-0000-4000-8000-000000000000')));
    expect(unknown.issues).toEqual([{ path: 'electionId', message: 'election.validation.unknownElection' }]);
    expect(errorOf(() => createCampaignVisit(file.ctx(), visitDraft(election.id, { government: 'EU' }))).issues).toEqual([
      { path: 'government', message: 'election.validation.country' },
    ]);
    expect(errorOf(() => createCampaignVisit(file.ctx(), visitDraft(election.id, { municipalityCode: 'GM9999' }))).issues).toEqual([
      { path: 'municipalityCode', message: 'validation.unknownMunicipality' },
    ]);
  });
});

describe('links and the timeline', () => {
  it('links and unlinks a signal, a case-less action, audited once each, and shows them from the record', () => {
    const election = createElection(file.ctx(), electionDraft({ country: 'SR', date: '2026-06-07' }));
    const signal = insertTestSignal(file.db, { observedOn: '2025-11-01', receivedOn: '2025-11-02' });
    const action = insertTestAction(file.db);
    linkToElection(file.ctx(), { electionId: election.id, entity: 'signal', id: signal.id });
    linkToElection(file.ctx(), { electionId: election.id, entity: 'signal', id: signal.id }); // twice: no second entry
    linkToElection(file.ctx(), { electionId: election.id, entity: 'action', id: action.id });
    expect(electionsOf(file.db, 'signal', signal.id).elections).toEqual([
      { id: election.id, number: election.number, title: '', country: 'SR', countryName: 'Suriname', date: '2026-06-07' },
    ]);
    unlinkFromElection(file.ctx(), { electionId: election.id, entity: 'signal', id: signal.id });
    unlinkFromElection(file.ctx(), { electionId: election.id, entity: 'signal', id: signal.id });
    expect(electionsOf(file.db, 'signal', signal.id).elections).toEqual([]);
    const entries = auditOf(file.db, 'electionLink', election.id);
    expect(entries.map((entry) => [entry.action, entry.after ?? entry.before])).toEqual([
      ['create', { entity: 'signal', id: signal.id, number: signal.number }],
      ['create', { entity: 'action', id: action.id, number: action.number }],
      ['delete', { entity: 'signal', id: signal.id, number: signal.number }],
    ]);
    expect(errorOf(() => linkToElection(file.ctx(), { electionId: election.id, entity: 'case', id: signal.id })).code).toBe('NOT_FOUND');
  });

  it('counts the signals per ISO week over the window and four weeks after, and lists them', () => {
    // Election 2026-08-30 in Cape Verde: window 2026-05-30 to 2026-08-30, span to 2026-09-27.
    const election = createElection(file.ctx(), electionDraft({ country: 'CV', date: '2026-08-30' }));
    const inWeek23a = insertTestSignal(file.db, { observedOn: '2026-06-01', receivedOn: '2026-06-02' }); // Monday of 2026-W23
    insertTestSignal(file.db, { observedOn: '2026-06-07', receivedOn: '2026-06-08' }); // Sunday of 2026-W23
    insertTestSignal(file.db, { observedOn: '2026-09-27', receivedOn: '2026-09-27' }); // last day of the span, 2026-W39
    insertTestSignal(file.db, { observedOn: '2026-09-28', receivedOn: '2026-09-28' }); // after the span
    const deleted = insertTestSignal(file.db, { observedOn: '2026-06-03', receivedOn: '2026-06-03' });
    softDeleteTestSignal(file.db, deleted.id);
    const linkedEarlier = insertTestSignal(file.db, { observedOn: '2026-01-05', receivedOn: '2026-01-05' });
    linkToElection(file.ctx(), { electionId: election.id, entity: 'signal', id: linkedEarlier.id });

    const timeline = electionTimeline(file.db, election.id, TODAY);
    expect(timeline.window).toEqual({ from: '2026-05-30', to: '2026-09-27' });
    expect(timeline.weeks[0]).toEqual({ week: '2026-W22', count: 0 });
    expect(timeline.weeks.at(-1)).toEqual({ week: '2026-W39', count: 1 });
    expect(timeline.weeks).toHaveLength(18);
    expect(timeline.weeks.find((week) => week.week === '2026-W23')).toEqual({ week: '2026-W23', count: 2 });
    expect(timeline.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(3);
    expect(timeline.signals.map((signal) => [signal.observedOn, signal.linked])).toEqual([
      ['2026-01-05', true],
      ['2026-06-01', false],
      ['2026-06-07', false],
      ['2026-09-27', false],
    ]);
    expect(timeline.signals[1]!.id).toBe(inWeek23a.id);
  });
});
