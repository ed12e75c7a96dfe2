import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { deleteView, listViews, saveView } from '../../electron/services/savedViews';
import { auditOf, countRows, errorOf, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

const openCases = { filters: { statuses: ['open'] }, sort: { column: 'startOn', direction: 'desc' } };

describe('saved views', () => {
  it('saves named views per entity and lists them by name', () => {
    saveView(file.ctx(), { entity: 'case', name: 'Open casussen', definition: openCases });
    saveView(file.ctx(), { entity: 'case', name: 'Alle casussen', definition: {} });
    saveView(file.ctx(), { entity: 'signal', name: 'Open casussen', definition: { filters: {} } });
    expect(listViews(file.db, 'case').map((view) => view.name)).toEqual(['Alle casussen', 'Open casussen']);
    expect(listViews(file.db, 'signal')).toEqual([
      { id: expect.any(String), entity: 'signal', name: 'Open casussen', definition: { filters: {} }, updatedAt: expect.any(String) },
    ]);
  });

  it('replaces the definition when a name is saved again, as a new version of the same view', () => {
    const first = saveView(file.ctx(), { entity: 'case', name: 'Mijn werk', definition: openCases });
    const replaced = saveView(file.ctx('2026-03-16T08:00:00.000Z'), {
      entity: 'case',
      name: 'Mijn werk',
      definition: { filters: { statuses: ['in-behandeling'] } },
    });
    expect(replaced).toMatchObject({ id: first.id, definition: { filters: { statuses: ['in-behandeling'] } }, updatedAt: '2026-03-16T08:00:00.000Z' });
    expect(listViews(file.db, 'case').filter((view) => view.name === 'Mijn werk')).toHaveLength(1);
    expect(file.db.prepare('SELECT version FROM saved_views WHERE id = ?').get(first.id)).toEqual({ version: 2 });
    expect(auditOf(file.db, 'view', first.id).map((entry) => entry.action)).toEqual(['create', 'update']);
  });

  it('deletes softly; the name is free again', () => {
    const view = saveView(file.ctx(), { entity: 'signal', name: 'Tijdelijk', definition: {} });
    deleteView(file.ctx(), view.id);
    expect(listViews(file.db, 'signal').map((v) => v.name)).not.toContain('Tijdelijk');
    expect(file.db.prepare('SELECT deleted_at AS deletedAt FROM saved_views WHERE id = ?').get(view.id)).toEqual({
      deletedAt: '2026-03-15T10:00:00.000Z',
    });
    const again = saveView(file.ctx(), { entity: 'signal', name: 'Tijdelijk', definition: {} });
    expect(again.id).not.toBe(view.id);
    expect(auditOf(file.db, 'view', view.id).map((entry) => entry.action)).toEqual(['create', 'delete']);
    expect(errorOf(() => deleteView(file.ctx(), view.id)).code).toBe('NOT_FOUND');
    expect(errorOf(() => deleteView(file.ctx(), randomUUID())).code).toBe('NOT_FOUND');
  });

  it('refuses a missing name and an oversized definition, writing nothing', () => {
    const before = countRows(file.db, 'saved_views');
    expect(errorOf(() => saveView(file.ctx(), { entity: 'case', name: ' ', definition: {} })).issues).toEqual([
      { path: 'name', message: 'validation.required' },
    ]);
    expect(
      errorOf(() => saveView(file.ctx(), { entity: 'case', name: 'Groot', definition: { text: 'x'.repeat(30_000) } })).issues,
    ).toEqual([{ path: 'definition', message: 'validation.tooLong' }]);
    expect(countRows(file.db, 'saved_views')).toBe(before);
  });
});
