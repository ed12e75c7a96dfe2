import type Database from 'better-sqlite3-multiple-ciphers';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Prepares a statement once per connection and reuses it: preparing costs
 * about as much as running a small insert, and hot paths (audit appends, bulk
 * imports) run the same few statements thousands of times.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
