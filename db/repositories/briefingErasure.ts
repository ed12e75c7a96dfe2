import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * What an erasure needs from the briefing tables. Both are small (a note a
 * week), so the service scans them whole rather than searching JSON in SQL.
 */
export interface StoredBriefingDraft {
  id: string;
  reference: string;
  draftJson: string;
}

export interface StoredExportSnapshot {
  id: string;
  briefingId: string;
  version: number;
  draftJson: string;
  recordsJson: string;
}

export function allBriefingDrafts(db: Db): StoredBriefingDraft[] {
  return statement(db, 'SELECT id, reference, draft AS draftJson FROM briefings').all() as StoredBriefingDraft[];
}

/** Exports whose stored copy is still there (a withdrawn one has nothing left to remove). */
export function exportsWithContent(db: Db): StoredExportSnapshot[] {
  return statement(
    db,
    `SELECT id, briefing_id AS briefingId, version, draft AS draftJson, records AS recordsJson
     FROM briefing_exports WHERE content IS NOT NULL`,
  ).all() as StoredExportSnapshot[];
}

export function replaceBriefingDraft(db: Db, id: string, draftJson: string, stamp: { at: string; by: string | null }): void {
  statement(db, 'UPDATE briefings SET draft = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
    draftJson,
    stamp.at,
    stamp.by,
    id,
  );
}

/** Drops the stored .docx and scrubs the draft snapshot; sha256, date and record ids stay as the export's trace. */
export function withdrawExportContent(db: Db, id: string, draftJson: string, at: string): void {
  statement(db, 'UPDATE briefing_exports SET content = NULL, content_withdrawn_at = ?, draft = ? WHERE id = ?').run(at, draftJson, id);
}
