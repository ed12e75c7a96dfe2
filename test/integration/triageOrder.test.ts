import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalListPlan } from '../../db/repositories/signalList';
import { listSignals } from '../../electron/services/signals/reads';
import { createSignal, deleteSignal } from '../../electron/services/signals/writes';
import type { Urgency } from '../../shared/domain/enums';
import { signalListQuerySchema, type SignalListQueryInput } from '../../shared/domain/signal';
import { openSignalFixture, signalDraft, type SignalFixture } from '../support/signals';

/** The triage page's query: new or being interpreted, by urgency (most urgent first), then oldest received first. */
const TRIAGE: SignalListQueryInput = {
  filters: { statuses: ['nieuw', 'in-duiding'] },
  sort: { column: 'urgency', direction: 'desc' },
};

describe('the triage order', () => {
  let fixture: SignalFixture;
  const titles = new Map<string, string>();

  beforeAll(() => {
    fixture = openSignalFixture();
    const { ctx } = fixture;
    const make = (title: string, urgency: Urgency, receivedOn: string, status: 'nieuw' | 'in-duiding' | 'gedeeld' = 'nieuw') => {
      const id = createSignal(ctx, signalDraft({ title, urgency, observedOn: '2026-01-01', receivedOn, status })).id;
      titles.set(id, title);
      return id;
    };
    // Written out of order on purpose: neither insertion order nor date order is the triage order.
    make('laag oud', 'laag', '2026-01-02');
    make('hoog nieuw', 'hoog', '2026-03-14');
    make('acuut nieuw', 'acuut', '2026-03-13', 'in-duiding');
    make('gemiddeld oud', 'gemiddeld', '2026-01-05');
    make('hoog oud', 'hoog', '2026-02-01', 'in-duiding');
    make('acuut oud', 'acuut', '2026-03-01');
    make('laag nieuw', 'laag', '2026-03-10');
    make('acuut gedeeld', 'acuut', '2026-01-01', 'gedeeld');
    // Two on the same day: the one registered first comes first (a stable order for paging).
    make('gemiddeld zelfde dag 1', 'gemiddeld', '2026-02-10');
    make('gemiddeld zelfde dag 2', 'gemiddeld', '2026-02-10');
    const deleted = make('acuut verwijderd', 'acuut', '2026-01-01');
    deleteSignal(ctx, deleted, 'Dubbel ingevoerd');
  });

  afterAll(() => fixture.close());

  const titlesOf = (query: SignalListQueryInput) => listSignals(fixture.db, query).rows.map((row) => titles.get(row.id));

  it('puts acuut before hoog before gemiddeld before laag, and the oldest first within a level', () => {
    expect(titlesOf(TRIAGE)).toEqual([
      'acuut oud',
      'acuut nieuw',
      'hoog oud',
      'hoog nieuw',
      'gemiddeld oud',
      'gemiddeld zelfde dag 1',
      'gemiddeld zelfde dag 2',
      'laag oud',
      'laag nieuw',
    ]);
  });

  it('keeps the order with further filters (urgency, text)', () => {
    expect(titlesOf({ ...TRIAGE, filters: { ...TRIAGE.filters, urgencies: ['hoog'] } })).toEqual(['hoog oud', 'hoog nieuw']);
    const text = titlesOf({ ...TRIAGE, filters: { ...TRIAGE.filters, text: 'buurthuis' } });
    expect(text[0]).toBe('acuut oud');
    expect(text).toHaveLength(9);
  });

  it('reverses as a whole when ascending, so the pages of both directions are mirror images', () => {
    const ascending = titlesOf({ ...TRIAGE, sort: { column: 'urgency', direction: 'asc' } });
    expect(ascending).toEqual([...titlesOf(TRIAGE)].reverse());
  });

  it('pages without gaps or repeats', () => {
    const all = titlesOf(TRIAGE);
    const pages = [0, 4, 8].flatMap((offset) => titlesOf({ ...TRIAGE, page: { offset, limit: 4 } }));
    expect(pages).toEqual(all);
  });

  it('reads the first page from the triage index in order, without sorting the new signals', () => {
    const plan = signalListPlan(fixture.db, signalListQuerySchema.parse(TRIAGE));
    const page = plan.find((step) => step.detail === 'CO-ROUTINE page');
    expect(page).toBeDefined();
    const inPage = plan.filter((step) => step.parent === page!.id).map((step) => step.detail);
    expect(inPage).toContain('SCAN s USING INDEX signals_triage');
    expect(inPage.some((detail) => detail.includes('TEMP B-TREE'))).toBe(false);
  });
});
