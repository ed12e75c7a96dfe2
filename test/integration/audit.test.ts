import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { SYSTEM_ACTOR } from '../../electron/services/actor';
import { recordChange, verifyAuditChain } from '../../electron/services/audit';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';

function withCaseFile(work: (db: Db) => void): void {
  const db = openCaseFileDatabase(newCaseFile(), PASSPHRASE);
  try {
    work(db);
  } finally {
    closeCaseFileDatabase(db);
  }
}

const change = (n: number) => ({ entity: 'test', entityId: `id-${n}`, action: 'update' as const, before: { n }, after: { n: n + 1 } });

describe('the hash-chained audit log', () => {
  it('chains every entry to the one before it', () => {
    withCaseFile((db) => {
      for (let n = 0; n < 5; n += 1) recordChange(db, SYSTEM_ACTOR, change(n), new Date());
      const result = verifyAuditChain(db);
      expect(result).toMatchObject({ valid: true, entries: 7, erasedPayloads: 0 });
      expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  it('refuses updates and deletes of entries', () => {
    withCaseFile((db) => {
      expect(() => db.prepare("UPDATE audit_log SET adviser_label = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_payload SET after_json = '{}' WHERE seq = 1").run()).toThrow(/never edited/);
    });
  });

  it('detects an entry altered behind the triggers', () => {
    withCaseFile((db) => {
      recordChange(db, SYSTEM_ACTOR, change(1), new Date());
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET adviser_label = 'iemand anders' WHERE seq = 2").run();
      expect(verifyAuditChain(db)).toMatchObject({ valid: false, firstProblem: { seq: 2, reason: expect.stringMatching(/altered/) } });
    });
  });

  it('detects altered before/after data and a removed entry', () => {
    withCaseFile((db) => {
      for (let n = 0; n < 3; n += 1) recordChange(db, SYSTEM_ACTOR, change(n), new Date());
      db.exec('DROP TRIGGER audit_payload_no_update');
      db.prepare(`UPDATE audit_payload SET after_json = '{"n":99}' WHERE seq = 3`).run();
      expect(verifyAuditChain(db).firstProblem).toEqual({ seq: 3, reason: 'before/after data was altered after it was written' });
    });
    withCaseFile((db) => {
      for (let n = 0; n < 3; n += 1) recordChange(db, SYSTEM_ACTOR, change(n), new Date());
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_payload WHERE seq = 4').run();
      db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
      expect(verifyAuditChain(db)).toMatchObject({ valid: false, firstProblem: { seq: 5 } });
    });
  });

  it('still verifies after a lawful erasure of before/after data (the hash stays in the chain)', () => {
    withCaseFile((db) => {
      recordChange(db, SYSTEM_ACTOR, { ...change(1), after: { name: 'Te wissen Persoon' } }, new Date());
      db.prepare('DELETE FROM audit_payload WHERE seq = 3').run();
      expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 3, erasedPayloads: 1 });
    });
  });
});
