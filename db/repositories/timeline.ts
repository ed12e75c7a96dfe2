import type { TimelineItem, TimelineKind } from '../../shared/domain/case';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * A case's timeline is one UNION ALL over everything linked to the case, ordered
 * in SQL. Each kind is one part with the same columns (kind, at, rank, ord,
 * refId, title, detail, by); a later kind (contact moments, actions, briefings)
 * is one more entry in PARTS. `rank` orders kinds that share a moment, `ord`
 * (a sequence number of the source table) keeps items of one kind stable.
 *
 * Status changes come from the audit log (action 'status', after {status}), so
 * they carry who made them and when, for the case and for its linked signals.
 * CROSS JOIN pins the join order: without statistics the planner would walk
 * every audit entry about any signal instead of the few of this case's signals.
 */
const label = `a.name || ' (' || a.initials || ')'`;

const PARTS: Record<TimelineKind, string> = {
  // The case's own life: created, updated (detail names the changed fields), deleted, restored.
  case: `
    SELECT 'case' AS kind, l.at AS at, 1 AS rank, l.seq AS ord, c.id AS refId, c.number || ' ' || c.title AS title,
      CASE WHEN l.action = 'update' AND p.after_json IS NOT NULL
        THEN 'update:' || (SELECT group_concat(key, ',') FROM json_each(p.after_json))
        ELSE l.action END AS detail,
      l.adviser_label AS "by"
    FROM cases c
    CROSS JOIN audit_log l ON l.entity = 'case' AND l.entity_id = c.id AND l.action IN ('create', 'update', 'delete', 'restore')
    LEFT JOIN audit_payload p ON p.seq = l.seq
    WHERE c.id = @caseId`,
  signal: `
    SELECT 'signal' AS kind, s.received_on AS at, 2 AS rank, s.seq AS ord, s.id AS refId,
      s.number || ' ' || s.title AS title, s.status AS detail, NULL AS "by"
    FROM signals s
    WHERE s.case_id = @caseId AND s.deleted_at IS NULL`,
  status: `
    SELECT 'status' AS kind, l.at AS at, 3 AS rank, l.seq AS ord, c.id AS refId, c.number || ' ' || c.title AS title,
      json_extract(p.after_json, '$.status') AS detail, l.adviser_label AS "by"
    FROM cases c
    CROSS JOIN audit_log l ON l.entity = 'case' AND l.entity_id = c.id AND l.action = 'status'
    LEFT JOIN audit_payload p ON p.seq = l.seq
    WHERE c.id = @caseId
    UNION ALL
    SELECT 'status', l.at, 3, l.seq, s.id, s.number || ' ' || s.title,
      json_extract(p.after_json, '$.status'), l.adviser_label
    FROM signals s
    CROSS JOIN audit_log l ON l.entity = 'signal' AND l.entity_id = s.id AND l.action = 'status'
    LEFT JOIN audit_payload p ON p.seq = l.seq
    WHERE s.case_id = @caseId AND s.deleted_at IS NULL`,
  // Title: the first line of the note, for a compact timeline; detail: the whole note.
  journal: `
    SELECT 'journal' AS kind, j.entry_on AS at, 4 AS rank, j.seq AS ord, j.id AS refId,
      substr(substr(j.text, 1, instr(j.text || char(10), char(10)) - 1), 1, 120) AS title, j.text AS detail,
      CASE WHEN a.id IS NULL THEN NULL ELSE ${label} END AS "by"
    FROM journal_entries j
    LEFT JOIN advisers a ON a.id = j.author_id
    WHERE j.case_id = @caseId AND j.deleted_at IS NULL`,
  // On the day it was held; detail: the form of contact; by: the ESS staff present.
  contactMoment: `
    SELECT 'contactMoment' AS kind, m.held_on AS at, 5 AS rank, m.seq AS ord, m.id AS refId,
      m.number || ' ' || m.subject AS title, m.form AS detail,
      (SELECT group_concat(label, ', ') FROM (
         SELECT ${label} AS label FROM contact_moment_staff cs JOIN advisers a ON a.id = cs.adviser_id
         WHERE cs.contact_moment_id = m.id ORDER BY a.name)) AS "by"
    FROM contact_moments m
    WHERE m.case_id = @caseId AND m.deleted_at IS NULL`,
  // An action shows twice in a dossier's life: when it was agreed ('created:<due date>')
  // and when it was done ('completed:<result>'); by: its owner.
  action: `
    SELECT 'action' AS kind, f.created_at AS at, 6 AS rank, f.seq AS ord, f.id AS refId,
      f.number || ' ' || substr(f.description, 1, 120) AS title, 'created:' || COALESCE(f.due_on, '') AS detail,
      CASE WHEN a.id IS NULL THEN NULL ELSE ${label} END AS "by"
    FROM follow_up_actions f
    LEFT JOIN advisers a ON a.id = f.owner_id
    WHERE f.case_id = @caseId AND f.deleted_at IS NULL
    UNION ALL
    SELECT 'action', f.completed_on, 6, f.seq, f.id, f.number || ' ' || substr(f.description, 1, 120),
      'completed:' || f.result, CASE WHEN a.id IS NULL THEN NULL ELSE ${label} END
    FROM follow_up_actions f
    LEFT JOIN advisers a ON a.id = f.owner_id
    WHERE f.case_id = @caseId AND f.deleted_at IS NULL AND f.status = 'afgerond' AND f.completed_on IS NOT NULL`,
};

const ORDER: readonly TimelineKind[] = ['case', 'signal', 'status', 'journal', 'contactMoment', 'action'];

/** Oldest first. `kinds` empty means every kind. */
export function queryTimeline(db: Db, caseId: string, kinds: readonly TimelineKind[]): TimelineItem[] {
  const chosen = ORDER.filter((kind) => kinds.length === 0 || kinds.includes(kind));
  const sql = `SELECT kind, at, refId, title, detail, "by" FROM (${chosen.map((kind) => PARTS[kind]).join('\nUNION ALL\n')})
    ORDER BY at, rank, ord`;
  return statement(db, sql).all({ caseId }) as TimelineItem[];
}
