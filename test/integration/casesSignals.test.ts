import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { getCase } from '../../electron/services/cases/reads';
import {
  addSignalsToCase,
  createCase,
  deleteCase,
  linkSignalToCase,
  removeSignalFromCase,
} from '../../electron/services/cases/writes';
import {
  auditOf,
  countRows,
  errorOf,
  insertTestSignal,
  newCase,
  openTestCaseFile,
  signalCaseId,
  signalVersion,
  softDeleteTestSignal,
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

describe('the signals of a case', () => {
  it('adds signals: each signal and the case get a new version and an audit entry', () => {
    const target = createCase(file.ctx(), newCase());
    const a = insertTestSignal(file.db);
    const b = insertTestSignal(file.db);
    const updated = addSignalsToCase(file.ctx(), target.id, [a.id, b.id]);
    expect(updated).toMatchObject({ signalCount: 2, version: 2 });
    expect(signalVersion(file.db, a.id)).toBe(2);
    expect(auditOf(file.db, 'case', target.id).at(-1)).toMatchObject({
      action: 'update',
      after: { addedSignals: [a.number, b.number] },
      adviserLabel: file.actor.label,
    });
    expect(auditOf(file.db, 'signal', b.id)).toEqual([
      expect.objectContaining({ action: 'update', before: { caseId: null }, after: { caseId: target.id } }),
    ]);
  });

  it('adding a signal that is already in the case changes nothing', () => {
    const signal = insertTestSignal(file.db);
    const target = createCase(file.ctx(), newCase({ signalIds: [signal.id] }));
    const auditBefore = countRows(file.db, 'audit_log');
    expect(addSignalsToCase(file.ctx(), target.id, [signal.id]).version).toBe(1);
    expect(countRows(file.db, 'audit_log')).toBe(auditBefore);
  });

  it('moves a signal from one case to another, recorded on the signal and on both cases', () => {
    const signal = insertTestSignal(file.db);
    const from = createCase(file.ctx(), newCase({ signalIds: [signal.id] }));
    const to = createCase(file.ctx(), newCase({ title: 'Ontvangende casus' }));
    addSignalsToCase(file.ctx(), to.id, [signal.id]);
    expect(signalCaseId(file.db, signal.id)).toBe(to.id);
    expect(getCase(file.db, from.id)).toMatchObject({ signalCount: 0, version: 2 });
    expect(getCase(file.db, to.id)).toMatchObject({ signalCount: 1, version: 2 });
    expect(auditOf(file.db, 'case', from.id).at(-1)).toMatchObject({ action: 'update', after: { removedSignal: signal.number } });
    expect(auditOf(file.db, 'case', to.id).at(-1)).toMatchObject({ action: 'update', after: { addedSignals: [signal.number] } });
    expect(auditOf(file.db, 'signal', signal.id).at(-1)).toMatchObject({ before: { caseId: from.id }, after: { caseId: to.id } });
  });

  it('removes a signal from its case', () => {
    const signal = insertTestSignal(file.db);
    const target = createCase(file.ctx(), newCase({ signalIds: [signal.id] }));
    const updated = removeSignalFromCase(file.ctx(), target.id, signal.id);
    expect(updated).toMatchObject({ signalCount: 0, version: 2 });
    expect(signalCaseId(file.db, signal.id)).toBeNull();
    expect(auditOf(file.db, 'signal', signal.id).at(-1)).toMatchObject({ before: { caseId: target.id }, after: { caseId: null } });
    expect(auditOf(file.db, 'case', target.id).at(-1)).toMatchObject({ after: { removedSignal: signal.number } });
  });

  it('refuses unknown and deleted signals, unknown or deleted cases and absent links, writing nothing', () => {
    const target = createCase(file.ctx(), newCase());
    const live = insertTestSignal(file.db);
    const gone = insertTestSignal(file.db);
    softDeleteTestSignal(file.db, gone.id);
    const elsewhere = insertTestSignal(file.db);
    const removedCase = createCase(file.ctx(), newCase());
    deleteCase(file.ctx(), removedCase.id, 'Opgeheven');
    const auditBefore = countRows(file.db, 'audit_log');

    const unknown = errorOf(() => addSignalsToCase(file.ctx(), target.id, [live.id, randomUUID(), gone.id]));
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'signalIds', message: 'validation.unknownSignal' }] });
    expect(signalCaseId(file.db, live.id)).toBeNull();
    expect(errorOf(() => addSignalsToCase(file.ctx(), randomUUID(), [live.id])).code).toBe('NOT_FOUND');
    expect(errorOf(() => addSignalsToCase(file.ctx(), removedCase.id, [live.id])).code).toBe('NOT_FOUND');
    expect(errorOf(() => removeSignalFromCase(file.ctx(), target.id, elsewhere.id)).code).toBe('NOT_FOUND');
    expect(errorOf(() => removeSignalFromCase(file.ctx(), target.id, randomUUID())).code).toBe('NOT_FOUND');
    expect(countRows(file.db, 'audit_log')).toBe(auditBefore);
  });
});

describe('linking from the signal side', () => {
  const link = (signalId: string, caseId: string | null) => linkSignalToCase(file.ctx(), signalId, caseId);

  it('links, moves and unlinks with the same audit entries as from the case side', () => {
    const signal = insertTestSignal(file.db);
    const first = createCase(file.ctx(), newCase());
    const second = createCase(file.ctx(), newCase({ title: 'Tweede' }));
    expect(link(signal.id, first.id)).toMatchObject({ id: signal.id, caseId: first.id, caseNumber: first.number, version: 2 });
    expect(link(signal.id, second.id)).toMatchObject({ caseId: second.id, caseTitle: 'Tweede' });
    expect(link(signal.id, null)).toMatchObject({ caseId: null, caseNumber: null, version: 4 });
    expect(signalCaseId(file.db, signal.id)).toBeNull();
    expect(auditOf(file.db, 'signal', signal.id).map((entry) => [entry.before, entry.after])).toEqual([
      [{ caseId: null }, { caseId: first.id }],
      [{ caseId: first.id }, { caseId: second.id }],
      [{ caseId: second.id }, { caseId: null }],
    ]);
    expect(auditOf(file.db, 'case', first.id).map((entry) => entry.after)).toEqual([
      expect.objectContaining({ number: first.number }),
      { addedSignals: [signal.number] },
      { removedSignal: signal.number },
    ]);
    expect(getCase(file.db, second.id)).toMatchObject({ signalCount: 0, version: 3 });
  });

  it('refuses an unknown case as a field problem and an unknown or deleted signal as NOT_FOUND', () => {
    const signal = insertTestSignal(file.db);
    const gone = insertTestSignal(file.db, { deleted: true });
    const target = createCase(file.ctx(), newCase());
    expect(errorOf(() => linkSignalToCase(file.ctx(), signal.id, randomUUID()))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'caseId', message: 'validation.unknownCase' }],
    });
    expect(errorOf(() => linkSignalToCase(file.ctx(), randomUUID(), target.id)).code).toBe('NOT_FOUND');
    expect(errorOf(() => linkSignalToCase(file.ctx(), gone.id, target.id)).code).toBe('NOT_FOUND');
    expect(signalCaseId(file.db, signal.id)).toBeNull();
  });
});
