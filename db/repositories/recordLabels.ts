import type { Db } from '../connection';

/**
 * "number title" of any record by id, across every kind of record a history
 * can point at (a linked case, the signal of an action, a merged signal, an
 * exported version of a note: "ESS-2026-0001 v2").
 * Deleted records keep their label: the history is about the past.
 */
const LABELS = `
  WITH wanted(id) AS (SELECT value FROM json_each(?))
  SELECT id, number || ' ' || title AS label FROM signals WHERE id IN wanted
  UNION ALL SELECT id, number || ' ' || title FROM cases WHERE id IN wanted
  UNION ALL SELECT id, number || ' ' || name FROM organisations WHERE id IN wanted
  UNION ALL SELECT id, number || ' ' || name FROM contact_persons WHERE id IN wanted
  UNION ALL SELECT id, number || ' ' || subject FROM contact_moments WHERE id IN wanted
  UNION ALL SELECT id, number || ' ' || description FROM follow_up_actions WHERE id IN wanted
  UNION ALL SELECT id, reference || ' ' || subject FROM briefings WHERE id IN wanted
  UNION ALL SELECT e.id, b.reference || ' v' || e.version FROM briefing_exports e JOIN briefings b ON b.id = e.briefing_id WHERE e.id IN wanted`;

export function recordLabelsById(db: Db, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db.prepare(LABELS).all(JSON.stringify(ids)) as { id: string; label: string }[];
  return new Map(rows.map((row) => [row.id, row.label.trim()]));
}
