/**
 * Schema v2: the municipality register, editable theme and source-type lists,
 * signals and cases with their links, journal entries, saved list views, and
 * full-text search. Immutable once released.
 *
 * Every record has a UUID identity, a human number for display, timestamps,
 * who last changed it, a version counter and a tombstone (deleted_at).
 */
export const sql = `
CREATE TABLE municipalities (
  code          TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  valid_from    TEXT NOT NULL,
  valid_to      TEXT,
  merged_into   TEXT REFERENCES municipalities (code)
) STRICT;
CREATE INDEX municipalities_province ON municipalities (province_code);

CREATE TABLE themes (
  code       TEXT PRIMARY KEY,
  label_nl   TEXT NOT NULL,
  label_en   TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT
) STRICT;

CREATE TABLE source_types (
  code       TEXT PRIMARY KEY,
  label_nl   TEXT NOT NULL,
  label_en   TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT
) STRICT;

-- Human reference numbers (SIG-2026-0001) per prefix and year.
CREATE TABLE number_sequences (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) STRICT;

CREATE TABLE cases (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  number         TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  type           TEXT NOT NULL,
  summary        TEXT NOT NULL DEFAULT '',
  status         TEXT NOT NULL,
  start_on       TEXT NOT NULL,
  end_on         TEXT,
  owner_id       TEXT REFERENCES advisers (id),
  classification TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT
) STRICT;
CREATE INDEX cases_start ON cases (start_on);
CREATE INDEX cases_status ON cases (status, start_on);

CREATE TABLE case_municipalities (
  case_id           TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  municipality_code TEXT NOT NULL REFERENCES municipalities (code),
  PRIMARY KEY (case_id, municipality_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_municipalities_code ON case_municipalities (municipality_code);

CREATE TABLE case_themes (
  case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  theme_code TEXT NOT NULL REFERENCES themes (code),
  PRIMARY KEY (case_id, theme_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_themes_code ON case_themes (theme_code);

CREATE TABLE signals (
  seq                    INTEGER PRIMARY KEY,
  id                     TEXT NOT NULL UNIQUE,
  number                 TEXT NOT NULL UNIQUE,
  title                  TEXT NOT NULL,
  description            TEXT NOT NULL,
  interpretation         TEXT NOT NULL DEFAULT '',
  observed_on            TEXT NOT NULL,
  received_on            TEXT NOT NULL,
  is_national            INTEGER NOT NULL DEFAULT 0 CHECK (is_national IN (0, 1)),
  location               TEXT NOT NULL DEFAULT '',
  community              TEXT NOT NULL DEFAULT '',
  state_actor            TEXT NOT NULL DEFAULT '',
  phase                  TEXT,
  urgency                TEXT NOT NULL,
  urgency_rank           INTEGER NOT NULL,
  trend                  TEXT NOT NULL,
  source_type            TEXT REFERENCES source_types (code),
  source_reliability     TEXT,
  info_credibility       INTEGER,
  status                 TEXT NOT NULL,
  case_id                TEXT REFERENCES cases (id),
  owner_id               TEXT REFERENCES advisers (id),
  classification         TEXT NOT NULL,
  contains_personal_data INTEGER NOT NULL DEFAULT 0 CHECK (contains_personal_data IN (0, 1)),
  retain_until           TEXT,
  merged_into_id         TEXT REFERENCES signals (id),
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  updated_by             TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  deleted_at             TEXT,
  deleted_reason         TEXT
) STRICT;
CREATE INDEX signals_received ON signals (received_on);
CREATE INDEX signals_observed ON signals (observed_on);
CREATE INDEX signals_status ON signals (status, received_on);
CREATE INDEX signals_urgency ON signals (urgency_rank, received_on);
CREATE INDEX signals_case ON signals (case_id);
CREATE INDEX signals_owner ON signals (owner_id);
CREATE INDEX signals_updated ON signals (updated_at);

CREATE TABLE signal_municipalities (
  signal_id         TEXT NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  municipality_code TEXT NOT NULL REFERENCES municipalities (code),
  PRIMARY KEY (signal_id, municipality_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX signal_municipalities_code ON signal_municipalities (municipality_code, signal_id);

CREATE TABLE signal_themes (
  signal_id  TEXT NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  theme_code TEXT NOT NULL REFERENCES themes (code),
  PRIMARY KEY (signal_id, theme_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX signal_themes_code ON signal_themes (theme_code, signal_id);

CREATE TABLE signal_shares (
  id           TEXT PRIMARY KEY,
  signal_id    TEXT NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  organisation TEXT NOT NULL,
  shared_on    TEXT NOT NULL,
  channel      TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  created_by   TEXT
) STRICT;
CREATE INDEX signal_shares_signal ON signal_shares (signal_id);

CREATE TABLE journal_entries (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  entry_on   TEXT NOT NULL,
  text       TEXT NOT NULL,
  author_id  TEXT REFERENCES advisers (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT
) STRICT;
CREATE INDEX journal_entries_case ON journal_entries (case_id, entry_on);

CREATE TABLE saved_views (
  id         TEXT PRIMARY KEY,
  entity     TEXT NOT NULL CHECK (entity IN ('signal', 'case')),
  name       TEXT NOT NULL,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX saved_views_name ON saved_views (entity, name) WHERE deleted_at IS NULL;

-- Full-text search; unicode61 folds Dutch diacritics, prefix indexes keep
-- "polari…" fast, secure-delete removes the words of erased rows from the index.
CREATE VIRTUAL TABLE signals_fts USING fts5 (
  number, title, description, interpretation, location, community,
  content = 'signals', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
INSERT INTO signals_fts (signals_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER signals_fts_insert AFTER INSERT ON signals BEGIN
  INSERT INTO signals_fts (rowid, number, title, description, interpretation, location, community)
  VALUES (new.seq, new.number, new.title, new.description, new.interpretation, new.location, new.community);
END;
CREATE TRIGGER signals_fts_delete AFTER DELETE ON signals BEGIN
  INSERT INTO signals_fts (signals_fts, rowid, number, title, description, interpretation, location, community)
  VALUES ('delete', old.seq, old.number, old.title, old.description, old.interpretation, old.location, old.community);
END;
CREATE TRIGGER signals_fts_update AFTER UPDATE OF number, title, description, interpretation, location, community ON signals BEGIN
  INSERT INTO signals_fts (signals_fts, rowid, number, title, description, interpretation, location, community)
  VALUES ('delete', old.seq, old.number, old.title, old.description, old.interpretation, old.location, old.community);
  INSERT INTO signals_fts (rowid, number, title, description, interpretation, location, community)
  VALUES (new.seq, new.number, new.title, new.description, new.interpretation, new.location, new.community);
END;

CREATE VIRTUAL TABLE cases_fts USING fts5 (
  number, title, summary,
  content = 'cases', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
INSERT INTO cases_fts (cases_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts (rowid, number, title, summary) VALUES (new.seq, new.number, new.title, new.summary);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, number, title, summary) VALUES ('delete', old.seq, old.number, old.title, old.summary);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF number, title, summary ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, number, title, summary) VALUES ('delete', old.seq, old.number, old.title, old.summary);
  INSERT INTO cases_fts (rowid, number, title, summary) VALUES (new.seq, new.number, new.title, new.summary);
END;

CREATE VIRTUAL TABLE journal_fts USING fts5 (
  text,
  content = 'journal_entries', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
INSERT INTO journal_fts (journal_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
  INSERT INTO journal_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
  INSERT INTO journal_fts (journal_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF text ON journal_entries BEGIN
  INSERT INTO journal_fts (journal_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO journal_fts (rowid, text) VALUES (new.seq, new.text);
END;
`;
