/**
 * Schema v9: early-warning findings ("Signalen ter beoordeling"). A finding is
 * a unit (municipality, province, theme or the whole country) whose signal
 * count in an ISO week raised an alarm under one method. The counts are
 * derived from the signals and recomputed on every run; what must survive a
 * rerun is the person's review (status, who, when, note), so a finding is
 * unique per unit, week and method and a rerun updates it in place.
 */
export const sql = `
CREATE TABLE early_warning_findings (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  unit_kind      TEXT NOT NULL CHECK (unit_kind IN ('municipality', 'province', 'theme', 'national')),
  unit_code      TEXT NOT NULL,
  week           TEXT NOT NULL,
  method         TEXT NOT NULL CHECK (method IN ('bayes', 'c1', 'c2', 'c3')),
  observed       INTEGER NOT NULL,
  threshold      REAL NOT NULL,
  reference_from TEXT NOT NULL,
  reference_to   TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed')),
  reviewed_by    TEXT REFERENCES advisers (id),
  reviewed_at    TEXT,
  review_note    TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (unit_kind, unit_code, week, method)
) STRICT;
CREATE INDEX early_warning_findings_week ON early_warning_findings (week, method, status);
`;
