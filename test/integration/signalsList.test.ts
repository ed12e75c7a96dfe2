import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalListPlan } from '../../db/repositories/signalList';
import { listSignals } from '../../electron/services/signals/reads';
import { createSignal, deleteSignal } from '../../electron/services/signals/writes';
import { SIGNAL_SORT_COLUMNS, signalListQuerySchema, type SignalListQueryInput } from '../../shared/domain/signal';
import { AMSTERDAM, DEN_HAAG, NOW, openSignalFixture, ROTTERDAM, signalDraft, UTRECHT, type SignalFixture } from '../support/signals';

describe('the signals list', () => {
  let fixture: SignalFixture;
  let caseId: string;
  const ids: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
  const names = new Map<string, string>();

  beforeAll(() => {
    fixture = openSignalFixture();
    const { db, ctx, otherCtx } = fixture;
    // Cases belong to another module; a bare row is enough to link to.
    caseId = randomUUID();
    db.prepare(
      `INSERT INTO cases (id, number, title, type, status, start_on, classification, created_at, updated_at)
       VALUES (?, 'CAS-2026-0001', 'Scholen en polarisatie', 'thematisch', 'open', '2026-03-01', 'ongerubriceerd', ?, ?)`,
    ).run(caseId, NOW.toISOString(), NOW.toISOString());
    const make = (key: keyof typeof ids, input: Parameters<typeof signalDraft>[0]) => {
      ids[key] = createSignal(ctx, signalDraft(input)).id;
      names.set(ids[key], key);
    };
    make('A', {
      title: 'Spanningen rond verkiezingen in Turkije',
      description: 'Campagnebijeenkomst leidt tot discussie in de wijk (fictief).',
      observedOn: '2026-02-28',
      receivedOn: '2026-03-01',
      municipalities: [AMSTERDAM],
      themes: ['buitenlandse-verkiezingen'],
      urgency: 'hoog',
    });
    make('B', {
      title: 'Polarisatie op school',
      description: 'Docenten zien toenemende polarisatie in de klas (fictief).',
      observedOn: '2026-03-04',
      receivedOn: '2026-03-05',
      municipalities: [ROTTERDAM],
      themes: ['polarisatie'],
      urgency: 'laag',
      status: 'in-duiding',
      classification: 'departementaal-vertrouwelijk',
      ownerId: otherCtx.actor.adviserId,
      caseId,
    });
    make('C', {
      title: 'Demonstratie bij gebedshuis',
      description: 'Oproep tot demonstratie waarin Turkíje wordt genoemd (fictief).',
      observedOn: '2026-03-09',
      receivedOn: '2026-03-10',
      municipalities: [DEN_HAAG, UTRECHT],
      themes: ['demonstraties', 'gebedshuizen'],
      urgency: 'acuut',
      status: 'gedeeld',
    });
    make('D', {
      title: 'Desinformatie over opvang',
      description: 'Berichten op sociale media over een nieuwe opvanglocatie (fictief).',
      observedOn: '2026-02-14',
      receivedOn: '2026-02-15',
      municipalities: [],
      isNational: true,
      themes: ['desinformatie', 'asiel-opvang'],
      urgency: 'gemiddeld',
      status: 'afgesloten',
    });
    make('E', { title: 'Verwijderd signaal over polarisatie', receivedOn: '2026-03-12', themes: ['polarisatie'] });
    deleteSignal(ctx, ids.E, 'Test van verwijderen');
  });
  afterAll(() => fixture.close());

  const list = (query: SignalListQueryInput) => listSignals(fixture.db, query);
  const keys = (query: SignalListQueryInput) => list(query).rows.map((row) => names.get(row.id));
  const filtered = (filters: SignalListQueryInput['filters']) => keys({ filters }).sort();

  it('lists live signals newest received first by default, with total', () => {
    const page = list({});
    expect(page.rows.map((row) => names.get(row.id))).toEqual(['C', 'B', 'A', 'D']);
    expect(page.total).toBe(4);
  });

  it('gives each row its themes, municipality names, case and owner', () => {
    const rows = list({}).rows;
    expect(rows[0]).toMatchObject({
      number: 'SIG-2026-0003',
      themes: ['demonstraties', 'gebedshuizen'],
      municipalities: ["'s-Gravenhage", 'Utrecht'],
      isNational: false,
      urgency: 'acuut',
      deletedAt: null,
    });
    expect(rows[1]).toMatchObject({ caseId, caseNumber: 'CAS-2026-0001', ownerName: 'Tweede Adviseur' });
    expect(rows[3]).toMatchObject({ isNational: true, municipalities: [] });
  });

  it.each([
    ['statuses', { statuses: ['nieuw', 'gedeeld'] }, ['A', 'C']],
    ['urgencies', { urgencies: ['acuut', 'laag'] }, ['B', 'C']],
    ['themes', { themes: ['polarisatie'] }, ['B']],
    ['themes (any of)', { themes: ['asiel-opvang', 'gebedshuizen'] }, ['C', 'D']],
    ['municipalities', { municipalities: [UTRECHT] }, ['C']],
    ['provinces', { provinces: ['PV28'] }, ['B', 'C']],
    ['province without signals', { provinces: ['PV20'] }, []],
    ['national', { national: true }, ['D']],
    ['not national', { national: false }, ['A', 'B', 'C']],
    ['period (received)', { from: '2026-03-01', to: '2026-03-05' }, ['A', 'B']],
    ['owner', { ownerIds: ['owner'] }, ['B']],
    ['case', { caseId: 'case' }, ['B']],
    ['classification', { classifications: ['departementaal-vertrouwelijk'] }, ['B']],
    ['deleted included', { themes: ['polarisatie'], includeDeleted: true }, ['B', 'E']],
    ['combined', { provinces: ['PV28'], urgencies: ['laag'] }, ['B']],
  ] as const)('filters by %s', (_name, filters, expected) => {
    const resolved = {
      ...filters,
      ...('ownerIds' in filters ? { ownerIds: [fixture.otherCtx.actor.adviserId!] } : {}),
      ...('caseId' in filters ? { caseId } : {}),
    };
    expect(filtered(resolved as SignalListQueryInput['filters'])).toEqual(expected);
  });

  it('searches text with FTS5: diacritics fold, prefixes match, terms are ANDed', () => {
    expect(filtered({ text: 'Turkije' })).toEqual(['A', 'C']);
    expect(filtered({ text: 'Turkíje' })).toEqual(['A', 'C']);
    expect(filtered({ text: 'turkije' })).toEqual(['A', 'C']);
    expect(filtered({ text: 'polari' })).toEqual(['B']);
    expect(filtered({ text: 'verkiezingen Turkije' })).toEqual(['A']);
    expect(filtered({ text: 'Turkije school' })).toEqual([]);
    expect(filtered({ text: 'SIG-2026-0004' })).toEqual(['D']);
    // Text that is all FTS syntax (or nothing) is no filter, never an error.
    expect(filtered({ text: '" * -:( ^' })).toEqual(['A', 'B', 'C', 'D']);
    // Operator words are searched as words.
    expect(filtered({ text: 'Turkije OR school' })).toEqual([]);
    expect(filtered({ text: 'polari NEAR' })).toEqual([]);
  });

  it('sorts by urgency in rank order (laag < gemiddeld < hoog < acuut), both ways', () => {
    expect(keys({ sort: { column: 'urgency', direction: 'asc' } })).toEqual(['B', 'D', 'A', 'C']);
    expect(keys({ sort: { column: 'urgency', direction: 'desc' } })).toEqual(['C', 'A', 'D', 'B']);
  });

  it('sorts by title, case-insensitively, both ways', () => {
    expect(keys({ sort: { column: 'title', direction: 'asc' } })).toEqual(['C', 'D', 'B', 'A']);
    expect(keys({ sort: { column: 'title', direction: 'desc' } })).toEqual(['A', 'B', 'D', 'C']);
  });

  it('sorts by number in numeric order, and by every listed column without error', () => {
    expect(keys({ sort: { column: 'number', direction: 'asc' } })).toEqual(['A', 'B', 'C', 'D']);
    expect(keys({ sort: { column: 'observedOn', direction: 'asc' } })).toEqual(['D', 'A', 'B', 'C']);
    for (const column of SIGNAL_SORT_COLUMNS) {
      for (const direction of ['asc', 'desc'] as const) expect(list({ sort: { column, direction } }).total).toBe(4);
    }
  });

  it('pages with limit and offset; total counts every match', () => {
    const first = list({ page: { offset: 0, limit: 2 } });
    const second = list({ page: { offset: 2, limit: 2 } });
    const beyond = list({ page: { offset: 10, limit: 2 } });
    expect(first.rows.map((row) => names.get(row.id))).toEqual(['C', 'B']);
    expect(second.rows.map((row) => names.get(row.id))).toEqual(['A', 'D']);
    expect([first.total, second.total, beyond.total]).toEqual([4, 4, 4]);
    expect(beyond.rows).toEqual([]);
  });

  it('refuses a sort column outside the whitelist', () => {
    expect(() => list({ sort: { column: 'title; DROP TABLE signals' as never, direction: 'asc' } })).toThrow();
  });

  it('picks the default first page from the live received_on index, without sorting the table', () => {
    const plan = signalListPlan(fixture.db, signalListQuerySchema.parse({}));
    const page = plan.find((step) => step.detail === 'CO-ROUTINE page');
    expect(page).toBeDefined();
    const inPage = plan.filter((step) => step.parent === page!.id);
    expect(inPage.map((step) => step.detail)).toEqual(['SCAN s USING INDEX signals_live_received']);
    // The page drives the outer loop: each of its rows is fetched by seq (no second scan of the table).
    expect(plan.some((step) => step.detail === 'SEARCH s USING INTEGER PRIMARY KEY (rowid=?)')).toBe(true);
  });
});
