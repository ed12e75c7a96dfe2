import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { findMigrationDrift, LATEST_SCHEMA_VERSION, migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

const tablesOf = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('v1 (foundation) creates the case-file tables and records itself with its checksum', () => {
    const db = new Database(path.join(tempDir(), 'v1.db'));
    const report = migrate(db, new Date('2026-01-02T03:04:05Z'), 1);
    expect(report).toEqual({ from: 0, to: 1 });
    expect(tablesOf(db)).toEqual(['advisers', 'audit_log', 'audit_payload', 'case_file_meta', 'schema_migrations', 'settings']);
    expect(db.prepare('SELECT version, name, sha256, applied_at FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'foundation', sha256: MIGRATIONS[0]!.sha256, applied_at: '2026-01-02T03:04:05.000Z' },
    ]);
    expect(migrate(db, new Date())).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it('a failing migration rolls back whole and leaves the version as it was', () => {
    const db = new Database(path.join(tempDir(), 'v0.db'));
    db.exec('CREATE TABLE advisers (x)'); // collides with v1's CREATE TABLE
    expect(() => migrate(db, new Date())).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tablesOf(db)).toEqual(['advisers']);
    db.close();
  });

  it('reports a released migration that was edited afterwards', () => {
    const filePath = newCaseFile();
    const db = openCaseFileDatabase(filePath, PASSPHRASE);
    expect(findMigrationDrift(db)).toEqual([]);
    db.prepare("UPDATE schema_migrations SET sha256 = 'edited' WHERE version = 1").run();
    expect(findMigrationDrift(db)).toEqual([{ version: 1, name: 'foundation' }]);
    closeCaseFileDatabase(db);
  });
});
