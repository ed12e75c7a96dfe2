import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCases } from '../../electron/services/cases/reads';
import { createCase, deleteCase } from '../../electron/services/cases/writes';
import { caseListQuerySchema, CASE_SORT_COLUMNS, type CaseListQuery } from '../../shared/domain/case';
import { insertTestAdviser, insertTestSignal, newCase, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';

let file: TestCaseFile;
let colleagueId: string;

/** Three live cases that differ in every filterable column, and one deleted case that matches everything. */
beforeAll(() => {
  file = openTestCaseFile();
  const colleague = insertTestAdviser(file.db, 'Bram Collega', 'BC');
  colleagueId = colleague.id;
  const signals = [insertTestSignal(file.db), insertTestSignal(file.db), insertTestSignal(file.db)];
  const cli = { ...file.ctx(), actor: { adviserId: null, label: 'ess CLI' } };
  createCase(
    file.ctx('2026-03-01T10:00:00.000Z'),
    newCase({
      title: 'Onrust in Amsterdam-Noord',
      type: 'lokale-spanning',
      startOn: '2026-01-10',
      municipalities: ['GM0363'],
      themes: ['polarisatie'],
      signalIds: [signals[0]!.id, signals[1]!.id],
    }),
  );
  createCase(
    file.ctx('2026-03-02T10:00:00.000Z'),
    newCase({
      title: 'verkiezingen Rotterdam',
      type: 'buitenlandse-verkiezing',
      status: 'in-behandeling',
      startOn: '2026-02-05',
      municipalities: ['GM0599'],
      themes: ['buitenlandse-verkiezingen'],
      ownerId: colleague.id,
      classification: 'departementaal-vertrouwelijk',
    }),
  );
  createCase(
    { ...cli, now: new Date('2026-03-03T10:00:00.000Z') },
    newCase({
      title: 'Gebedshuis Utrecht beklad',
      summary: 'Mogelijk gevolg van polarisatie na een debat.',
      type: 'incident',
      status: 'afgesloten',
      startOn: '2026-03-01',
      municipalities: ['GM0344'],
      themes: ['gebedshuizen'],
      signalIds: [signals[2]!.id],
    }),
  );
  const deleted = createCase(file.ctx(), newCase({ title: 'Onrust verwijderd', startOn: '2026-02-01', themes: ['polarisatie'] }));
  deleteCase(file.ctx(), deleted.id, 'Dubbel');
});
afterAll(() => file.close());

function titles(query: Partial<Record<keyof CaseListQuery, unknown>> = {}): string[] {
  return listCases(file.db, caseListQuerySchema.parse(query)).rows.map((row) => row.title);
}

const filtered = (filters: Record<string, unknown>) =>
  titles({ filters, sort: { column: 'startOn', direction: 'asc' } });

describe('the case list', () => {
  it('lists live cases only, newest start first by default, with their links and counts', () => {
    const page = listCases(file.db, caseListQuerySchema.parse({}));
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.title)).toEqual([
      'Gebedshuis Utrecht beklad',
      'verkiezingen Rotterdam',
      'Onrust in Amsterdam-Noord',
    ]);
    expect(page.rows[2]).toMatchObject({
      number: 'CAS-2026-0001',
      status: 'open',
      themes: ['polarisatie'],
      municipalities: ['GM0363'],
      ownerName: 'Test Adviseur',
      signalCount: 2,
      endOn: null,
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('filters on each field', () => {
    expect(filtered({ statuses: ['open', 'afgesloten'] })).toEqual(['Onrust in Amsterdam-Noord', 'Gebedshuis Utrecht beklad']);
    expect(filtered({ types: ['buitenlandse-verkiezing'] })).toEqual(['verkiezingen Rotterdam']);
    expect(filtered({ themes: ['gebedshuizen', 'polarisatie'] })).toEqual(['Onrust in Amsterdam-Noord', 'Gebedshuis Utrecht beklad']);
    expect(filtered({ municipalities: ['GM0599'] })).toEqual(['verkiezingen Rotterdam']);
    expect(filtered({ provinces: ['PV26', 'PV27'] })).toEqual(['Onrust in Amsterdam-Noord', 'Gebedshuis Utrecht beklad']);
    expect(filtered({ from: '2026-02-05' })).toEqual(['verkiezingen Rotterdam', 'Gebedshuis Utrecht beklad']);
    expect(filtered({ to: '2026-02-05' })).toEqual(['Onrust in Amsterdam-Noord', 'verkiezingen Rotterdam']);
    expect(filtered({ from: '2026-02-01', to: '2026-02-28' })).toEqual(['verkiezingen Rotterdam']);
    expect(filtered({ ownerIds: [colleagueId] })).toEqual(['verkiezingen Rotterdam']);
    expect(filtered({ classifications: ['departementaal-vertrouwelijk'] })).toEqual(['verkiezingen Rotterdam']);
  });

  it('searches the number, title and summary with prefixes, all words required', () => {
    expect(filtered({ text: 'polari' })).toEqual(['Gebedshuis Utrecht beklad']);
    expect(filtered({ text: 'onrust' })).toEqual(['Onrust in Amsterdam-Noord']);
    expect(filtered({ text: 'onrust rotterdam' })).toEqual([]);
    expect(filtered({ text: 'CAS-2026-0002' })).toEqual(['verkiezingen Rotterdam']);
    // Punctuation alone is no search: the filter is left out.
    expect(filtered({ text: '"*' })).toHaveLength(3);
  });

  it('combines filters (AND) and reports the total of all matches', () => {
    const page = listCases(
      file.db,
      caseListQuerySchema.parse({ filters: { statuses: ['open', 'afgesloten'], themes: ['polarisatie'] } }),
    );
    expect(page).toMatchObject({ total: 1, rows: [{ title: 'Onrust in Amsterdam-Noord' }] });
  });

  it('sorts on every sortable column, both ways', () => {
    const expected: Record<(typeof CASE_SORT_COLUMNS)[number], string[]> = {
      number: ['Onrust in Amsterdam-Noord', 'verkiezingen Rotterdam', 'Gebedshuis Utrecht beklad'],
      title: ['Gebedshuis Utrecht beklad', 'Onrust in Amsterdam-Noord', 'verkiezingen Rotterdam'],
      type: ['verkiezingen Rotterdam', 'Gebedshuis Utrecht beklad', 'Onrust in Amsterdam-Noord'],
      status: ['Gebedshuis Utrecht beklad', 'verkiezingen Rotterdam', 'Onrust in Amsterdam-Noord'],
      startOn: ['Onrust in Amsterdam-Noord', 'verkiezingen Rotterdam', 'Gebedshuis Utrecht beklad'],
      // No owner sorts last, like an empty cell.
      ownerName: ['verkiezingen Rotterdam', 'Onrust in Amsterdam-Noord', 'Gebedshuis Utrecht beklad'],
      signalCount: ['verkiezingen Rotterdam', 'Gebedshuis Utrecht beklad', 'Onrust in Amsterdam-Noord'],
      updatedAt: ['Onrust in Amsterdam-Noord', 'verkiezingen Rotterdam', 'Gebedshuis Utrecht beklad'],
    };
    for (const column of CASE_SORT_COLUMNS) {
      expect(titles({ sort: { column, direction: 'asc' } }), column).toEqual(expected[column]);
      expect(titles({ sort: { column, direction: 'desc' } }), column).toEqual([...expected[column]].reverse());
    }
  });

  it('pages in SQL with a total over all pages', () => {
    const sort = { column: 'number', direction: 'asc' };
    const first = listCases(file.db, caseListQuerySchema.parse({ sort, page: { offset: 0, limit: 2 } }));
    const second = listCases(file.db, caseListQuerySchema.parse({ sort, page: { offset: 2, limit: 2 } }));
    expect(first.rows.map((row) => row.number)).toEqual(['CAS-2026-0001', 'CAS-2026-0002']);
    expect(second.rows.map((row) => row.number)).toEqual(['CAS-2026-0003']);
    expect([first.total, second.total]).toEqual([3, 3]);
  });
});
