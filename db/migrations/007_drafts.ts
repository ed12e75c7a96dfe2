/**
 * Schema v7: drafts. What an adviser typed in a form and did not save yet,
 * kept in the (encrypted) case file so that a lock does not lose it. A draft
 * is working state, not a record: it has no version, no tombstone and no
 * audit entry; saving the form or discarding the draft deletes the row.
 *
 * One draft per adviser and form (`form_key`, e.g. 'signal:new' or
 * 'case:edit:<id>'); `route_json` is where the form lives, so "Doorgaan" can
 * open it again, and `title` is what the offer shows.
 */
export const sql = `
CREATE TABLE drafts (
  id          TEXT PRIMARY KEY,
  adviser_id  TEXT NOT NULL REFERENCES advisers(id),
  form_key    TEXT NOT NULL,
  route_json  TEXT NOT NULL,
  title       TEXT NOT NULL,
  values_json TEXT NOT NULL,
  saved_at    TEXT NOT NULL,
  UNIQUE (adviser_id, form_key)
) STRICT;
`;
