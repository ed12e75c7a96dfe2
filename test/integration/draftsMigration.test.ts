import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { compareSchema } from '../../db/schemaCheck';
import { tempDir } from '../support/tempDir';

describe('migration v7 (drafts)', () => {
  it('adds an empty drafts table to a version-6 file, keeping its data, one draft per adviser and form', () => {
    const db = new Database(path.join(tempDir(), 'v6.db'));
    migrate(db, new Date('2026-01-01T00:00:00Z'), 6);
    db.prepare("INSERT INTO advisers (id, name, initials, created_at, updated_at) VALUES ('a1', 'Oud', 'OU', 't', 't')").run();

    expect(migrate(db, new Date('2026-02-01T00:00:00Z'), 7)).toEqual({ from: 6, to: 7 });
    expect(compareSchema(db, 7)).toEqual([]);
    expect(db.prepare('SELECT name FROM advisers').all()).toEqual([{ name: 'Oud' }]);
    expect(db.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 0 });

    const insert = db.prepare(
      "INSERT INTO drafts (id, adviser_id, form_key, route_json, title, values_json, saved_at) VALUES (?, 'a1', 'signal:new', '{}', 't', '{}', 's')",
    );
    insert.run('d1');
    expect(() => insert.run('d2')).toThrow(/UNIQUE/);
    // A draft belongs to an adviser who exists.
    expect(() =>
      db.prepare("INSERT INTO drafts (id, adviser_id, form_key, route_json, title, values_json, saved_at) VALUES ('d3', 'nobody', 'case:new', '{}', 't', '{}', 's')").run(),
    ).toThrow(/FOREIGN KEY/);
    // STRICT: a number is not a title.
    expect(() =>
      db.prepare("INSERT INTO drafts (id, adviser_id, form_key, route_json, title, values_json, saved_at) VALUES ('d4', 'a1', 'x:new', '{}', x'00', '{}', 's')").run(),
    ).toThrow(/cannot store BLOB/);
    db.close();
  });
});
