import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/**
 * What an AVG access request and an erasure need about one contact person:
 * the records they are linked to through contact moments, and the writes that
 * take their name out of those records, the audit log and the search indexes.
 */

export interface LinkedContactMoment {
  id: string;
  number: string;
  heldOn: string;
  form: string;
  subject: string;
  minutes: string;
  deletedAt: string | null;
}

/** Contact moments the person took part in, soft-deleted ones included (they are still stored), oldest first. */
export function contactMomentsOfPerson(db: Db, personId: string): LinkedContactMoment[] {
  return statement(
    db,
    `SELECT cm.id, cm.number, cm.held_on AS heldOn, cm.form, cm.subject, cm.minutes, cm.deleted_at AS deletedAt
     FROM contact_moment_persons cmp JOIN contact_moments cm ON cm.id = cmp.contact_moment_id
     WHERE cmp.person_id = ?
     ORDER BY cm.held_on, cm.seq`,
  ).all(personId) as LinkedContactMoment[];
}

export interface LinkedAction {
  id: string;
  number: string;
  contactMomentId: string;
  description: string;
  kind: string;
  status: string;
  dueOn: string | null;
  result: string;
  completedOn: string | null;
  ownerName: string | null;
  deletedAt: string | null;
}

/** Follow-up actions that came from these contact moments. */
export function actionsOfContactMoments(db: Db, contactMomentIds: readonly string[]): LinkedAction[] {
  if (contactMomentIds.length === 0) return [];
  return statement(
    db,
    `SELECT a.id, a.number, a.contact_moment_id AS contactMomentId, a.description, a.kind, a.status, a.due_on AS dueOn,
       a.result, a.completed_on AS completedOn, o.name AS ownerName, a.deleted_at AS deletedAt
     FROM follow_up_actions a LEFT JOIN advisers o ON o.id = a.owner_id
     WHERE a.contact_moment_id IN (SELECT value FROM json_each(?))
     ORDER BY a.seq`,
  ).all(JSON.stringify(contactMomentIds)) as LinkedAction[];
}

export interface LinkedSignalText {
  id: string;
  number: string;
  title: string;
  description: string;
  interpretation: string;
  location: string;
  community: string;
}

/** The free-text fields of signals linked to these contact moments (heard there or registered from them). */
export function signalsOfContactMoments(db: Db, contactMomentIds: readonly string[]): LinkedSignalText[] {
  if (contactMomentIds.length === 0) return [];
  return statement(
    db,
    `SELECT s.id, s.number, s.title, s.description, s.interpretation, s.location, s.community
     FROM signals s
     WHERE s.id IN (SELECT signal_id FROM contact_moment_signals WHERE contact_moment_id IN (SELECT value FROM json_each(?)))
     ORDER BY s.seq`,
  ).all(JSON.stringify(contactMomentIds)) as LinkedSignalText[];
}

// The redactions below are ordinary updates: the FTS triggers replace the
// index entries, and the record gets a new version like any other change.

export function redactContactMomentText(db: Db, id: string, text: { subject: string; minutes: string }, stamp: Stamp): void {
  statement(
    db,
    `UPDATE contact_moments SET subject = ?, minutes = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(text.subject, text.minutes, stamp.at, stamp.by, id);
}

export function redactActionText(db: Db, id: string, text: { description: string; result: string }, stamp: Stamp): void {
  statement(
    db,
    `UPDATE follow_up_actions SET description = ?, result = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(text.description, text.result, stamp.at, stamp.by, id);
}

export function redactSignalText(db: Db, id: string, text: Omit<LinkedSignalText, 'id' | 'number'>, stamp: Stamp): void {
  statement(
    db,
    `UPDATE signals SET title = ?, description = ?, interpretation = ?, location = ?, community = ?,
       updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(text.title, text.description, text.interpretation, text.location, text.community, stamp.at, stamp.by, id);
}

/** The search indexes an erasure may have to rewrite; names come from this list only. */
export const NETWORK_SEARCH_INDEXES = ['contact_moments_fts', 'follow_up_actions_fts', 'signals_fts'] as const;
export type NetworkSearchIndex = (typeof NETWORK_SEARCH_INDEXES)[number];

const OPTIMIZE: Record<NetworkSearchIndex, string> = {
  contact_moments_fts: "INSERT INTO contact_moments_fts (contact_moments_fts) VALUES ('optimize')",
  follow_up_actions_fts: "INSERT INTO follow_up_actions_fts (follow_up_actions_fts) VALUES ('optimize')",
  signals_fts: "INSERT INTO signals_fts (signals_fts) VALUES ('optimize')",
};

/**
 * Merges every segment of the index into one fresh b-tree, so no older
 * segment can still hold a token of the erased name (see signalErasure.ts).
 */
export function optimizeSearchIndex(db: Db, index: NetworkSearchIndex): void {
  db.prepare(OPTIMIZE[index]).run();
}
