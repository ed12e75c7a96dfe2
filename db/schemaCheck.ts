import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';
import { migrate } from './migrate';

/**
 * The schema a case file must have is exactly what the migrations make: every
 * table, index, trigger and view, with its SQL. Someone holding the passphrase
 * can drop the audit log's append-only triggers (or an index, or add a table);
 * comparing with a database migrated here, in memory, finds that.
 */

export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  sql: string | null;
}

export interface SchemaDifference {
  type: string;
  name: string;
  problem: 'missing' | 'unexpected' | 'changed';
}

// SQLite's own objects (sqlite_stat1 after ANALYZE, autoindexes) are not the migrations' to make.
const OBJECTS = `SELECT type, name, tbl_name AS tblName, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`;

export function schemaObjects(db: Db): SchemaObject[] {
  return db.prepare(OBJECTS).all() as SchemaObject[];
}

const expectedByVersion = new Map<number, SchemaObject[]>();

/** What the migrations up to `version` make, from a fresh in-memory database (cached per version). */
export function expectedSchema(version: number): SchemaObject[] {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const scratch = new Database(':memory:');
    try {
      migrate(scratch, new Date(0), version);
      expected = schemaObjects(scratch);
    } finally {
      scratch.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

/** SQLite keeps the SQL text as written; runs of white space carry no meaning. */
const normalised = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

export function compareSchema(db: Db, version: number): SchemaDifference[] {
  const key = (object: SchemaObject) => `${object.type}\u0000${object.name}`;
  const actual = new Map(schemaObjects(db).map((object) => [key(object), object]));
  const differences: SchemaDifference[] = [];
  for (const object of expectedSchema(version)) {
    const found = actual.get(key(object));
    actual.delete(key(object));
    if (!found) differences.push({ type: object.type, name: object.name, problem: 'missing' });
    else if (found.tblName !== object.tblName || normalised(found.sql) !== normalised(object.sql)) {
      differences.push({ type: object.type, name: object.name, problem: 'changed' });
    }
  }
  for (const object of actual.values()) differences.push({ type: object.type, name: object.name, problem: 'unexpected' });
  return differences;
}
