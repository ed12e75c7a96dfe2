import type Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS, type Migration } from './migrations';

type Db = Database.Database;

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export interface MigrationReport {
  from: number;
  to: number;
}

function applyOne(db: Db, migration: Migration, appliedAt: string): void {
  db.transaction(() => {
    db.exec(migration.sql);
    migration.seed?.(db, appliedAt);
    db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(
      migration.version,
      migration.name,
      migration.sha256,
      appliedAt,
    );
    db.pragma(`user_version = ${migration.version}`);
  })();
}

/** Brings the schema up to date, one migration per transaction, up to `target`. */
export function migrate(db: Db, now: Date, target = LATEST_SCHEMA_VERSION): MigrationReport {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version > from && migration.version <= target) applyOne(db, migration, now.toISOString());
  }
  return { from, to: db.pragma('user_version', { simple: true }) as number };
}

export interface MigrationDrift {
  version: number;
  name: string;
}

/** Migrations whose recorded checksum differs from the code: a released migration was edited. */
export function findMigrationDrift(db: Db): MigrationDrift[] {
  const rows = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
    sha256: string;
  }[];
  return rows
    .filter((row) => MIGRATIONS.find((m) => m.version === row.version)?.sha256 !== row.sha256)
    .map(({ version, name }) => ({ version, name }));
}
