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
    expect(migrate(db, new Date())).toEqual({ from: 1, to: LATEST_SCHEMA_VERSION });
    expect(migrate(db, new Date())).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it('v2 (signals and cases) ships the 342 municipalities of 2026, default lists and search, keeping v1 data', () => {
    const db = new Database(path.join(tempDir(), 'v2.db'));
    migrate(db, new Date('2026-01-01T00:00:00Z'), 1);
    db.prepare("INSERT INTO advisers (id, name, initials, created_at, updated_at) VALUES ('a', 'Bestaand', 'BE', 'x', 'x')").run();
    expect(migrate(db, new Date('2026-02-01T00:00:00Z'), 2)).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT name FROM advisers').all()).toEqual([{ name: 'Bestaand' }]);
    const perProvince = Object.fromEntries(
      (db.prepare('SELECT province_name AS p, count(*) AS n FROM municipalities GROUP BY province_name').all() as { p: string; n: number }[]).map(
        (row) => [row.p, row.n],
      ),
    );
    expect(perProvince).toEqual({
      'Noord-Brabant': 56, Gelderland: 51, 'Zuid-Holland': 50, 'Noord-Holland': 44, Limburg: 31, Utrecht: 26,
      Overijssel: 25, Fryslân: 18, Zeeland: 13, Drenthe: 12, Groningen: 10, Flevoland: 6,
    });
    expect(db.prepare("SELECT name, province_name FROM municipalities WHERE code = 'GM0363'").get()).toEqual({
      name: 'Amsterdam',
      province_name: 'Noord-Holland',
    });
    expect((db.prepare('SELECT count(*) AS n FROM themes').get() as { n: number }).n).toBeGreaterThanOrEqual(10);
    expect((db.prepare('SELECT count(*) AS n FROM source_types').get() as { n: number }).n).toBeGreaterThanOrEqual(8);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['signals', 'cases', 'journal_entries', 'signals_fts', 'cases_fts', 'journal_fts']));
    db.close();
  });

  it('v3 adds the partial list indexes without touching data', () => {
    const db = new Database(path.join(tempDir(), 'v3.db'));
    migrate(db, new Date(), 2);
    expect(migrate(db, new Date(), 3)).toEqual({ from: 2, to: 3 });
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'signals_%'").all() as { name: string }[]).map(
      (row) => row.name,
    );
    expect(indexes).toEqual(expect.arrayContaining(['signals_live_received', 'signals_live_case', 'signals_merged_into']));
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM signals WHERE deleted_at IS NULL').all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/signals_live_received|signals_live_case/);
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
