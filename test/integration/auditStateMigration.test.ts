import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { compareSchema } from '../../db/schemaCheck';
import { SYSTEM_ACTOR } from '../../electron/services/actor';
import { GENESIS_HASH, payloadHash, recordChange, rowHash, verifyAuditChain } from '../../electron/services/audit';
import { verifyRecordStates } from '../../electron/services/auditRecords';
import { tempDir } from '../support/tempDir';

describe('migration v6 (audit state fingerprints)', () => {
  it('keeps a version-5 chain valid, fingerprints entries from then on, and counts older records as not yet fingerprinted', () => {
    const db = new Database(path.join(tempDir(), 'v5.db'));
    migrate(db, new Date('2026-01-01T00:00:00Z'), 5);
    // An adviser and its entry as version 5 wrote them (no state in the row hash).
    db.prepare("INSERT INTO advisers (id, name, initials, created_at, updated_at) VALUES ('a1', 'Oud', 'OU', 't', 't')").run();
    const after = JSON.stringify({ name: 'Oud' });
    const row = {
      seq: 1, id: 'e1', at: 't', adviserId: null, adviserLabel: 'Systeem', entity: 'adviser', entityId: 'a1', action: 'create',
      payloadSha256: payloadHash(null, after), stateSha256: null, prevHash: GENESIS_HASH,
    };
    db.prepare(
      `INSERT INTO audit_log (seq, id, at, adviser_id, adviser_label, entity, entity_id, action, payload_sha256, prev_hash, hash)
       VALUES (@seq, @id, @at, @adviserId, @adviserLabel, @entity, @entityId, @action, @payloadSha256, @prevHash, @hash)`,
    ).run({ ...row, hash: rowHash(row) });
    db.prepare('INSERT INTO audit_payload (seq, before_json, after_json) VALUES (1, NULL, ?)').run(after);

    expect(migrate(db, new Date('2026-02-01T00:00:00Z'), 6)).toEqual({ from: 5, to: 6 });
    expect(compareSchema(db, 6)).toEqual([]);
    expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 1 });
    expect(verifyRecordStates(db)).toMatchObject({ checked: 0, notFingerprinted: 1, problemCount: 0 });

    // The next change fingerprints the record; something that is not a record gets ''.
    db.prepare("UPDATE advisers SET name = 'Nieuw', version = 2 WHERE id = 'a1'").run();
    recordChange(db, SYSTEM_ACTOR, { entity: 'adviser', entityId: 'a1', action: 'update', before: { name: 'Oud' }, after: { name: 'Nieuw' } }, new Date());
    recordChange(db, SYSTEM_ACTOR, { entity: 'settings', entityId: 'case-file', action: 'settings', after: { x: 1 } }, new Date());
    const states = db.prepare('SELECT seq, state_sha256 AS state FROM audit_log ORDER BY seq').all() as { seq: number; state: string | null }[];
    expect(states.map((entry) => entry.state === null ? null : entry.state === '' ? '' : 'sha256')).toEqual([null, 'sha256', '']);
    expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 3 });
    expect(verifyRecordStates(db)).toMatchObject({ checked: 1, notFingerprinted: 0, problemCount: 0 });
    // The fingerprint is part of the row hash: changing it breaks the chain.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET state_sha256 = '' WHERE seq = 2").run();
    expect(verifyAuditChain(db)).toMatchObject({ valid: false, firstProblem: { seq: 2, reason: 'entry was altered after it was written' } });
    db.close();
  });
});

describe('ess verify on a case file that was never opened by schema v6', () => {
  it('reads the chain without the state column and compares the schema with version 5', () => {
    const db = new Database(path.join(tempDir(), 'v5only.db'));
    migrate(db, new Date('2026-01-01T00:00:00Z'), 5);
    db.prepare("INSERT INTO advisers (id, name, initials, created_at, updated_at) VALUES ('a1', 'Oud', 'OU', 't', 't')").run();
    const row = {
      seq: 1, id: 'e1', at: 't', adviserId: null, adviserLabel: 'Systeem', entity: 'adviser', entityId: 'a1', action: 'create',
      payloadSha256: payloadHash(null, null), stateSha256: null, prevHash: GENESIS_HASH,
    };
    db.prepare(
      `INSERT INTO audit_log (seq, id, at, adviser_id, adviser_label, entity, entity_id, action, payload_sha256, prev_hash, hash)
       VALUES (@seq, @id, @at, @adviserId, @adviserLabel, @entity, @entityId, @action, @payloadSha256, @prevHash, @hash)`,
    ).run({ ...row, hash: rowHash(row) });
    db.prepare('INSERT INTO audit_payload (seq, before_json, after_json) VALUES (1, NULL, NULL)').run();
    expect(verifyAuditChain(db)).toMatchObject({ valid: true, entries: 1 });
    expect(compareSchema(db, 5)).toEqual([]);
    expect(verifyRecordStates(db)).toMatchObject({ checked: 0, notFingerprinted: 1, problemCount: 0 });
    db.close();
  });
});
