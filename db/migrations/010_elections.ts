import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { ELECTION_STARTER_LIST } from '../../shared/domain/data/electionStarterList';
import { electionFieldsSchema } from '../../shared/domain/election';

/**
 * Schema v10: the register of foreign elections (Kamerstuk 32 824, nr. 450),
 * their polling places in the Netherlands, announced campaign visits, and
 * links from signals, cases and actions to an election. Same record rules as
 * v2/v4: UUID identity, human number, timestamps, version, tombstone.
 *
 * A link names its record by entity and id, without a foreign key (one table
 * for three kinds of record): reads join the record's own table, so a link to
 * a record that is gone shows nothing.
 */
export const sql = `
CREATE TABLE elections (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  number         TEXT NOT NULL UNIQUE,
  country        TEXT NOT NULL CHECK (length(country) = 2),
  kind           TEXT NOT NULL,
  round          INTEGER NOT NULL DEFAULT 1 CHECK (round BETWEEN 1 AND 3),
  date           TEXT NOT NULL,
  precision      TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
  status         TEXT NOT NULL,
  title          TEXT NOT NULL DEFAULT '',
  voting_from    TEXT,
  voting_to      TEXT,
  source         TEXT NOT NULL,
  verified_on    TEXT NOT NULL,
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT
) STRICT;
CREATE INDEX elections_live_date ON elections (date) WHERE deleted_at IS NULL;
CREATE INDEX elections_country ON elections (country, date);

CREATE TABLE election_voting_places (
  election_id       TEXT NOT NULL REFERENCES elections (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  kind              TEXT NOT NULL,
  name              TEXT NOT NULL,
  municipality_code TEXT NOT NULL REFERENCES municipalities (code),
  address           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (election_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX election_voting_places_municipality ON election_voting_places (municipality_code);

CREATE TABLE campaign_visits (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  number            TEXT NOT NULL UNIQUE,
  election_id       TEXT NOT NULL REFERENCES elections (id),
  visitor           TEXT NOT NULL,
  government        TEXT NOT NULL CHECK (length(government) = 2),
  date              TEXT NOT NULL,
  place             TEXT NOT NULL,
  municipality_code TEXT REFERENCES municipalities (code),
  notified_on       TEXT,
  notes             TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  deleted_at        TEXT,
  deleted_reason    TEXT
) STRICT;
CREATE INDEX campaign_visits_election ON campaign_visits (election_id, date) WHERE deleted_at IS NULL;

CREATE TABLE election_links (
  election_id TEXT NOT NULL REFERENCES elections (id) ON DELETE CASCADE,
  entity      TEXT NOT NULL CHECK (entity IN ('signal', 'case', 'action')),
  record_id   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT,
  PRIMARY KEY (election_id, entity, record_id)
) STRICT, WITHOUT ROWID;
-- "Which elections is this signal/case/action linked to?" from the record's page.
CREATE INDEX election_links_record ON election_links (entity, record_id, election_id);
`;

export const seedData = ELECTION_STARTER_LIST;

/**
 * Loads the starter list once, into new and existing case files alike. Each
 * entry is parsed with the register's own schema, so the list cannot hold
 * what the form would refuse. Numbered VK-<year of applying>-nnnn.
 */
export function seed(db: Database.Database, appliedAt: string): void {
  const year = Number(appliedAt.slice(0, 4));
  const nextNumber = db.prepare(
    `INSERT INTO number_sequences (prefix, year, last) VALUES ('VK', ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const insert = db.prepare(
    `INSERT INTO elections (id, number, country, kind, round, date, precision, status, title, voting_from, voting_to,
       source, verified_on, notes, created_at, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)`,
  );
  for (const entry of ELECTION_STARTER_LIST) {
    const e = electionFieldsSchema.parse(entry);
    const { last } = nextNumber.get(year) as { last: number };
    const number = `VK-${year}-${String(last).padStart(4, '0')}`;
    insert.run(randomUUID(), number, e.country, e.kind, e.round, e.date, e.precision, e.status, e.title, e.votingFrom,
      e.votingTo, e.source, e.verifiedOn, e.notes, appliedAt, appliedAt);
  }
}
