import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { readAnchorStore } from '../../electron/services/auditAnchors';
import { CaseFileSession } from '../../electron/services/session';
import { verifyCaseFileAt } from '../../electron/services/verify';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

const head = (filePath: string): { seq: number; hash: string } => {
  const db = openCaseFileDatabase(filePath, PASSPHRASE, { inspectOnly: true });
  try {
    return db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  } finally {
    closeCaseFileDatabase(db);
  }
};

describe('the session leaves the audit chain head outside the file', () => {
  it('at lock, close and backup, so verify notices entries removed afterwards', async () => {
    const filePath = newCaseFile();
    const anchorsDir = tempDir();
    const session = new CaseFileSession({ anchorsDir: () => anchorsDir });

    session.unlock(filePath, PASSPHRASE);
    session.setAdviser({ name: 'Anna de Vries', initials: 'AV' });
    const caseFileId = session.info().id;
    session.lock();
    const atLock = head(filePath);
    expect(readAnchorStore(anchorsDir, caseFileId).map(({ seq, hash, source }) => ({ seq, hash, source }))).toEqual([
      { ...atLock, source: 'app' },
    ]);

    session.unlock(filePath, PASSPHRASE);
    session.updateSettings({ autoLockMinutes: 7 });
    await session.backup(path.join(tempDir(), 'copy.ess'), PASSPHRASE);
    session.updateSettings({ autoLockMinutes: 9 });
    session.close();
    const anchors = readAnchorStore(anchorsDir, caseFileId);
    expect(anchors.map((anchor) => anchor.source)).toEqual(['app', 'backup', 'app']);
    expect(anchors.at(-1)).toMatchObject(head(filePath));
    expect(verifyCaseFileAt(filePath, PASSPHRASE, { anchorsDir }).ok).toBe(true);

    // Someone with the passphrase cuts the newest entry (and puts the append-only triggers back).
    const db = openCaseFileDatabase(filePath, PASSPHRASE);
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit%'").all() as {
      name: string;
      sql: string;
    }[];
    for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`);
    const { seq: last } = db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number };
    db.prepare('DELETE FROM audit_payload WHERE seq = ?').run(last);
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(last);
    for (const { sql } of triggers) db.exec(sql);
    closeCaseFileDatabase(db);

    const report = verifyCaseFileAt(filePath, PASSPHRASE, { anchorsDir });
    expect(report.ok).toBe(false);
    expect(report.anchors.filter((check) => !check.ok).length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(anchorsDir, 'audit-anchors'))).toEqual([`${caseFileId}.json`]);
  });
});
