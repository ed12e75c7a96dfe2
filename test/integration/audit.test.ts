import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { SYSTEM_ACTOR } from '../../electron/services/actor';
import { eraseAuditPayloadsOf } from '../../db/repositories/auditLog';
import { GENESIS_HASH, payloadHash, recordChange, recordPayloadErasure, rowHash, toRanges, verifyAuditChain } from '../../electron/services/audit';
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

  it('still verifies after a lawful erasure of before/after data (the hash stays in the chain, an entry lists what went)', () => {
    withCaseFile((db) => {
      recordChange(db, SYSTEM_ACTOR, { ...change(1), after: { name: 'Te wissen Persoon' } }, new Date());
      recordChange(db, SYSTEM_ACTOR, { ...change(1), after: { name: 'Nog eens' } }, new Date());
      recordChange(db, SYSTEM_ACTOR, change(2), new Date());
      const erased = eraseAuditPayloadsOf(db, 'test', 'id-1');
      expect(erased).toEqual([3, 4]);
      recordPayloadErasure(db, SYSTEM_ACTOR, { entity: 'test', entityId: 'id-1', seqs: erased }, new Date());
      expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 6, erasedPayloads: 2, headSeq: 6 });
      // The erasure entry names numbers only, as runs.
      const listed = db.prepare('SELECT l.entity, l.entity_id AS entityId, p.after_json AS afterJson FROM audit_log l JOIN audit_payload p USING (seq) WHERE l.seq = 6').get();
      expect(listed).toEqual({ entity: 'auditPayload', entityId: 'id-1', afterJson: JSON.stringify({ entity: 'test', seqs: [[3, 4]] }) });
    });
  });

  it('flags before/after data removed outside the erasure path, and an erasure entry that lost its own data', () => {
    withCaseFile((db) => {
      for (let n = 0; n < 3; n += 1) recordChange(db, SYSTEM_ACTOR, change(n), new Date());
      db.prepare('DELETE FROM audit_payload WHERE seq = 4').run();
      expect(verifyAuditChain(db)).toMatchObject({
        valid: false,
        erasedPayloads: 1,
        firstProblem: { seq: 4, reason: 'before/after data was removed outside the audited erasure path (no erasure entry covers it)' },
      });
    });
    withCaseFile((db) => {
      recordChange(db, SYSTEM_ACTOR, change(1), new Date());
      recordPayloadErasure(db, SYSTEM_ACTOR, { entity: 'test', entityId: 'id-1', seqs: eraseAuditPayloadsOf(db, 'test', 'id-1') }, new Date());
      // Removing the list itself leaves the erased entry uncovered, and the list's entry too.
      db.prepare('DELETE FROM audit_payload WHERE seq = 4').run();
      expect(verifyAuditChain(db).firstProblem).toMatchObject({ seq: 3 });
    });
  });

  it('accepts entries from before schema v6 (no state fingerprint) erased by an erasure of that time', () => {
    withCaseFile((db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_payload').run();
      db.prepare('DELETE FROM audit_log').run();
      // A chain as version 5 wrote it: no state column in the hash; the erasure named only the number.
      const insert = db.prepare(
        `INSERT INTO audit_log (seq, id, at, adviser_id, adviser_label, entity, entity_id, action, payload_sha256, state_sha256, prev_hash, hash)
         VALUES (@seq, @id, @at, NULL, 'x', @entity, 'p1', @action, @payloadSha256, NULL, @prevHash, @hash)`,
      );
      let prevHash = GENESIS_HASH;
      for (const [seq, entity, action] of [[1, 'contactPerson', 'create'], [2, 'contactPerson', 'erase']] as const) {
        const payloadSha256 = payloadHash(null, null);
        const row = { seq, id: `e${seq}`, at: 't', adviserId: null, adviserLabel: 'x', entity, entityId: 'p1', action, payloadSha256, stateSha256: null, prevHash };
        const hash = rowHash(row);
        insert.run({ ...row, hash });
        prevHash = hash;
      }
      expect(verifyAuditChain(db)).toMatchObject({ valid: false, firstProblem: { seq: 1, reason: expect.stringMatching(/erasure path/) } });
      db.prepare('INSERT INTO audit_payload (seq, before_json, after_json) VALUES (2, NULL, NULL)').run();
      expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 2, erasedPayloads: 1 });
    });
  });

  it('keeps seq lists short as runs', () => {
    expect(toRanges([9, 1, 2, 3, 5, 6, 9])).toEqual([[1, 3], [5, 6], [9, 9]]);
    expect(toRanges([])).toEqual([]);
  });
});
