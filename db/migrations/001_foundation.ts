/**
 * Schema v1: the case file itself (metadata, settings, advisers) and the
 * hash-chained audit log. Immutable once released: change the schema with a
 * new numbered migration, never by editing this one.
 */
export const sql = `
CREATE TABLE schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_file_meta (
  singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
  id             TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  created_by_app TEXT NOT NULL,
  is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
) STRICT;

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
) STRICT;

CREATE TABLE advisers (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  initials   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX advisers_initials_live ON advisers (initials) WHERE deleted_at IS NULL;

-- Append-only and hash-chained: each row's hash covers its fields, the hash of
-- its payload and the previous row's hash, so any edit or removal breaks the chain.
CREATE TABLE audit_log (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  at             TEXT NOT NULL,
  adviser_id     TEXT,
  adviser_label  TEXT NOT NULL,
  entity         TEXT NOT NULL,
  entity_id      TEXT NOT NULL,
  action         TEXT NOT NULL,
  payload_sha256 TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  hash           TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);

-- Before/after images live apart from the chain so that a lawful erasure can
-- remove personal data from history while the chain (which keeps only the
-- payload's hash) still verifies.
CREATE TABLE audit_payload (
  seq         INTEGER PRIMARY KEY REFERENCES audit_log (seq),
  before_json TEXT,
  after_json  TEXT
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_payload_no_update BEFORE UPDATE ON audit_payload
BEGIN SELECT RAISE(ABORT, 'audit payloads are removed by erasure, never edited'); END;
`;
