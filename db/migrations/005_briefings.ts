/**
 * Schema v5: briefing notes. A briefing keeps its draft (the composer's fields
 * as JSON: text sections, selection, recipient, classification choice) under
 * a human reference such as ESS-2026-0001. Every exported version is kept
 * whole: the .docx bytes, their sha256, and the ids of exactly the records it
 * was built from, so it can be downloaded again and audited later.
 *
 * The record ids are JSON, not foreign keys: an erased signal must be able to
 * go for good, and the export still says it once included that id. Its stored
 * copy does not survive the erasure: the bytes are withdrawn, the metadata stays.
 */
export const sql = `
CREATE TABLE briefings (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  reference      TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL,
  status         TEXT NOT NULL,
  subject        TEXT NOT NULL DEFAULT '',
  draft          TEXT NOT NULL,
  classification TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT
) STRICT;
CREATE INDEX briefings_live_updated ON briefings (updated_at) WHERE deleted_at IS NULL;

CREATE TABLE briefing_exports (
  seq                     INTEGER PRIMARY KEY,
  id                      TEXT NOT NULL UNIQUE,
  briefing_id             TEXT NOT NULL REFERENCES briefings (id),
  version                 INTEGER NOT NULL,
  exported_at             TEXT NOT NULL,
  exported_by             TEXT,
  exported_by_label       TEXT NOT NULL,
  file_name               TEXT NOT NULL,
  sha256                  TEXT NOT NULL,
  size                    INTEGER NOT NULL,
  classification          TEXT NOT NULL,
  classification_override TEXT,
  draft                   TEXT NOT NULL,
  records                 TEXT NOT NULL,
  -- NULL once withdrawn: an erasure (AVG) of a record in the note removes the stored copy.
  content                 BLOB,
  content_withdrawn_at    TEXT,
  UNIQUE (briefing_id, version)
) STRICT;
`;
