import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { getCase } from '../../electron/services/cases/reads';
import { createCase, deleteCase, restoreCase, updateCase } from '../../electron/services/cases/writes';
import {
  auditOf,
  countRows,
  errorOf,
  insertTestAdviser,
  insertTestSignal,
  newCase,
  type NewCase,
  openTestCaseFile,
  signalCaseId,
  type TestCaseFile,
} from '../support/caseFixtures';

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => {
  expect(verifyAuditChain(file.db).valid).toBe(true);
  file.close();
});

describe('creating a case', () => {
  it('refuses each bad field with its own message and writes nothing', () => {
    const deleted = insertTestSignal(file.db, { deleted: true });
    const cases: [Record<string, unknown>, { path: string; message: string }][] = [
      [{ title: '  ' }, { path: 'title', message: 'validation.required' }],
      [{ type: 'rel' }, { path: 'type', message: 'validation.caseType' }],
      [{ startOn: '2026-02-30' }, { path: 'startOn', message: 'validation.date' }],
      [{ endOn: '2026-02-01' }, { path: 'endOn', message: 'validation.endBeforeStart' }],
      [{ themes: ['geen-thema'] }, { path: 'themes', message: 'validation.unknownTheme' }],
      [{ municipalities: ['GM9999'] }, { path: 'municipalities', message: 'validation.unknownMunicipality' }],
      [{ ownerId: randomUUID() }, { path: 'ownerId', message: 'validation.unknownAdviser' }],
      [{ signalIds: [randomUUID()] }, { path: 'signalIds', message: 'validation.unknownSignal' }],
      [{ signalIds: [deleted.id] }, { path: 'signalIds', message: 'validation.unknownSignal' }],
    ];
    const casesBefore = countRows(file.db, 'cases');
    const auditBefore = countRows(file.db, 'audit_log');
    for (const [overrides, issue] of cases) {
      const error = errorOf(() => createCase(file.ctx(), { ...newCase(), ...overrides } as NewCase));
      expect(error.code, JSON.stringify(overrides)).toBe('INVALID_INPUT');
      expect(error.issues).toEqual([issue]);
    }
    expect(countRows(file.db, 'cases')).toBe(casesBefore);
    expect(countRows(file.db, 'audit_log')).toBe(auditBefore);
  });

  it('reports every problem at once: shape and unknown codes together', () => {
    const error = errorOf(() =>
      createCase(file.ctx(), { ...newCase(), title: '', themes: ['geen-thema'], municipalities: ['GM9999'] } as NewCase),
    );
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['municipalities', 'themes', 'title']);
  });

  it('numbers cases per year of the moment of creation, owned by the adviser at work', () => {
    const first = createCase(file.ctx('2026-01-02T08:00:00.000Z'), newCase());
    const second = createCase(file.ctx('2026-01-02T09:00:00.000Z'), newCase({ title: 'Tweede casus' }));
    // 31 December 23:30 UTC is already New Year in the Netherlands.
    const nextYear = createCase(file.ctx('2026-12-31T23:30:00.000Z'), newCase({ startOn: '2027-01-01' }));
    expect([first.number, second.number, nextYear.number]).toEqual(['CAS-2026-0001', 'CAS-2026-0002', 'CAS-2027-0001']);
    expect(first).toMatchObject({
      title: 'Spanningen rond de Turkse verkiezingen',
      status: 'open',
      ownerId: file.adviser.id,
      ownerName: file.adviser.name,
      municipalities: ['GM0363'],
      municipalityNames: ['Amsterdam'],
      themes: ['buitenlandse-verkiezingen'],
      signalCount: 0,
      version: 1,
      updatedBy: file.adviser.name,
      deletedAt: null,
    });
    expect(auditOf(file.db, 'case', first.id)).toEqual([
      expect.objectContaining({ action: 'create', after: expect.objectContaining({ number: 'CAS-2026-0001' }) }),
    ]);
  });

  it('takes signals along, moving one out of another case with an entry on both sides', () => {
    const loose = insertTestSignal(file.db);
    const elsewhere = insertTestSignal(file.db);
    const other = createCase(file.ctx(), newCase({ title: 'Andere casus', signalIds: [elsewhere.id] }));
    const created = createCase(file.ctx(), newCase({ signalIds: [loose.id, elsewhere.id] }));

    expect(created.signalCount).toBe(2);
    expect(getCase(file.db, other.id).signalCount).toBe(0);
    expect(signalCaseId(file.db, elsewhere.id)).toBe(created.id);
    expect(auditOf(file.db, 'case', created.id)).toEqual([
      expect.objectContaining({ action: 'create', after: expect.objectContaining({ addedSignals: [loose.number, elsewhere.number] }) }),
    ]);
    expect(auditOf(file.db, 'case', other.id).at(-1)).toMatchObject({ action: 'update', after: { removedSignal: elsewhere.number } });
    expect(auditOf(file.db, 'signal', elsewhere.id).map((entry) => [entry.before, entry.after])).toEqual([
      [{ caseId: null }, { caseId: other.id }],
      [{ caseId: other.id }, { caseId: created.id }],
    ]);
    expect(getCase(file.db, other.id).version).toBe(2);
  });

  it('defaults the owner to no one when the CLI (no adviser) creates it, and accepts another owner', () => {
    const colleague = insertTestAdviser(file.db, 'Collega Twee', 'CT');
    const cli = createCase({ ...file.ctx(), actor: { adviserId: null, label: 'ess CLI' } }, newCase());
    const owned = createCase(file.ctx(), newCase({ ownerId: colleague.id }));
    expect(cli.ownerId).toBeNull();
    expect(owned).toMatchObject({ ownerId: colleague.id, ownerName: 'Collega Twee' });
  });
});

describe('changing a case', () => {
  it('saves changed fields as one update and a status change as its own entry', () => {
    const created = createCase(file.ctx(), newCase());
    const changed = updateCase(file.ctx('2026-03-16T10:00:00.000Z'), created.id, 1, {
      ...newCase(),
      title: 'Nieuwe titel',
      status: 'in-behandeling',
      municipalities: ['GM0599', 'GM0363'],
    });
    expect(changed).toMatchObject({
      title: 'Nieuwe titel',
      status: 'in-behandeling',
      version: 2,
      updatedAt: '2026-03-16T10:00:00.000Z',
      municipalities: ['GM0363', 'GM0599'],
      municipalityNames: ['Amsterdam', 'Rotterdam'],
    });
    const [, update, status] = auditOf(file.db, 'case', created.id);
    expect(update).toMatchObject({
      action: 'update',
      before: { title: 'Spanningen rond de Turkse verkiezingen', municipalities: ['GM0363'] },
      after: { title: 'Nieuwe titel', municipalities: ['GM0363', 'GM0599'] },
    });
    expect(status).toMatchObject({ action: 'status', before: { status: 'open' }, after: { status: 'in-behandeling' } });
  });

  it('records only a status entry when only the status changes, and nothing when nothing changes', () => {
    const created = createCase(file.ctx(), newCase());
    const form = { ...newCase(), ownerId: file.adviser.id, status: 'afgesloten' as const };
    updateCase(file.ctx(), created.id, 1, form);
    const unchanged = updateCase(file.ctx(), created.id, 2, form);
    expect(unchanged.version).toBe(2);
    expect(auditOf(file.db, 'case', created.id).map((entry) => entry.action)).toEqual(['create', 'status']);
  });

  it('refuses a stale version (CONFLICT), an unknown case (NOT_FOUND) and bad fields, writing nothing', () => {
    const created = createCase(file.ctx(), newCase());
    updateCase(file.ctx(), created.id, 1, { ...newCase(), title: 'Eerst' });
    const auditBefore = countRows(file.db, 'audit_log');
    expect(errorOf(() => updateCase(file.ctx(), created.id, 1, { ...newCase(), title: 'Later' })).code).toBe('CONFLICT');
    expect(errorOf(() => updateCase(file.ctx(), randomUUID(), 1, newCase())).code).toBe('NOT_FOUND');
    const bad = errorOf(() => updateCase(file.ctx(), created.id, 2, { ...newCase(), themes: ['geen-thema'] }));
    expect(bad.issues).toEqual([{ path: 'themes', message: 'validation.unknownTheme' }]);
    expect(countRows(file.db, 'audit_log')).toBe(auditBefore);
    expect(getCase(file.db, created.id)).toMatchObject({ title: 'Eerst', version: 2 });
  });

  it('soft-deletes with a reason and restores, each audited; a deleted case takes no changes', () => {
    const created = createCase(file.ctx(), newCase());
    const deleted = deleteCase(file.ctx(), created.id, 'Dubbel aangemaakt');
    expect(deleted).toMatchObject({ deletedAt: '2026-03-15T10:00:00.000Z', version: 2 });
    expect(errorOf(() => updateCase(file.ctx(), created.id, 2, newCase())).code).toBe('NOT_FOUND');
    expect(deleteCase(file.ctx(), created.id, 'Nogmaals').version).toBe(2);
    const restored = restoreCase(file.ctx(), created.id);
    expect(restored).toMatchObject({ deletedAt: null, version: 3 });
    expect(auditOf(file.db, 'case', created.id).map((entry) => [entry.action, entry.after])).toEqual([
      ['create', expect.anything()],
      ['delete', { reason: 'Dubbel aangemaakt' }],
      ['restore', null],
    ]);
    expect(errorOf(() => deleteCase(file.ctx(), randomUUID(), 'Weg ermee')).code).toBe('NOT_FOUND');
    expect(errorOf(() => getCase(file.db, randomUUID())).code).toBe('NOT_FOUND');
  });
});
