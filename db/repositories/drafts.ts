import type { Db } from '../connection';
import { statement } from '../statements';

/** A draft as stored: route and values still as the JSON text they are kept in. */
export interface DraftRow {
  id: string;
  formKey: string;
  routeJson: string;
  title: string;
  valuesJson: string;
  savedAt: string;
}

const COLUMNS = 'id, form_key AS formKey, route_json AS routeJson, title, values_json AS valuesJson, saved_at AS savedAt FROM drafts';

/** Inserts or replaces the adviser's one draft of a form; the id stays the same across saves. */
export function upsertDraft(db: Db, adviserId: string, draft: DraftRow): void {
  statement(
    db,
    `INSERT INTO drafts (id, adviser_id, form_key, route_json, title, values_json, saved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (adviser_id, form_key) DO UPDATE SET
       route_json = excluded.route_json, title = excluded.title, values_json = excluded.values_json, saved_at = excluded.saved_at`,
  ).run(draft.id, adviserId, draft.formKey, draft.routeJson, draft.title, draft.valuesJson, draft.savedAt);
}

export function findDraft(db: Db, adviserId: string, formKey: string): DraftRow | undefined {
  return statement(db, `SELECT ${COLUMNS} WHERE adviser_id = ? AND form_key = ?`).get(adviserId, formKey) as DraftRow | undefined;
}

export function listDrafts(db: Db, adviserId: string): DraftRow[] {
  return statement(db, `SELECT ${COLUMNS} WHERE adviser_id = ? ORDER BY saved_at DESC, form_key`).all(adviserId) as DraftRow[];
}

export function deleteDraft(db: Db, adviserId: string, formKey: string): boolean {
  return statement(db, 'DELETE FROM drafts WHERE adviser_id = ? AND form_key = ?').run(adviserId, formKey).changes > 0;
}

/**
 * For erasure: removes every adviser's drafts of forms about the record
 * ('signal:edit:<id>') and every draft whose title or values mention one of
 * `needles` (its id, number, a person's name). A draft must not keep what was erased.
 */
export function deleteDraftsMentioning(db: Db, recordId: string, needles: string[]): number {
  let removed = statement(db, "DELETE FROM drafts WHERE substr(form_key, -length(?)) = ?").run(recordId, recordId).changes;
  for (const needle of [recordId, ...needles].filter((text) => text.trim().length >= 3)) {
    removed += statement(db, 'DELETE FROM drafts WHERE instr(lower(values_json), lower(?)) > 0 OR instr(lower(title), lower(?)) > 0').run(needle, needle).changes;
  }
  return removed;
}
