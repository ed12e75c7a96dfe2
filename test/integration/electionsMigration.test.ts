import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { compareSchema } from '../../db/schemaCheck';
import { ELECTION_STARTER_LIST } from '../../shared/domain/data/electionStarterList';
import { tempDir } from '../support/tempDir';

describe('migration v10 (elections)', () => {
  it('gives a version-9 file the register and the starter list once, numbered in the year of applying', () => {
    const db = new Database(path.join(tempDir(), 'v9.db'));
    migrate(db, new Date('2026-01-01T00:00:00Z'), 9);
    db.prepare("INSERT INTO number_sequences (prefix, year, last) VALUES ('VK', 2026, 7)").run();

    expect(migrate(db, new Date('2026-11-20T10:00:00Z'), 10)).toEqual({ from: 9, to: 10 });
    expect(compareSchema(db, 10)).toEqual([]);
    const rows = db.prepare('SELECT number, created_at AS createdAt, version FROM elections ORDER BY seq').all() as {
      number: string;
      createdAt: string;
      version: number;
    }[];
    expect(rows).toHaveLength(ELECTION_STARTER_LIST.length);
    // The sequence continues rather than colliding with a number already handed out.
    expect(rows[0]).toEqual({ number: 'VK-2026-0008', createdAt: '2026-11-20T10:00:00.000Z', version: 1 });
    expect(migrate(db, new Date('2026-12-01T00:00:00Z'))).toMatchObject({ from: 10 });
    expect((db.prepare('SELECT count(*) AS n FROM elections').get() as { n: number }).n).toBe(ELECTION_STARTER_LIST.length);

    // A link names one of three kinds of record; a visit belongs to an election.
    expect(() =>
      db.prepare("INSERT INTO election_links (election_id, entity, record_id, created_at) SELECT id, 'contact', 'x', 't' FROM elections LIMIT 1").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO campaign_visits (id, number, election_id, visitor, government, date, place, created_at, updated_at)
           VALUES ('v', 'CB-1', 'nope', 'x', 'TR', '2026-01-01', 'x', 't', 't')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
