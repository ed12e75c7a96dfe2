import type { BriefingExport, BriefingKind, BriefingListRow, BriefingRecordIds, BriefingStatus } from '../../shared/domain/briefing';
import type { Classification } from '../../shared/domain/enums';
import type { Db } from '../connection';
import { statement } from '../statements';

/** A briefing as stored; the draft stays JSON text until the service parses it. */
export interface BriefingRow {
  id: string;
  reference: string;
  kind: BriefingKind;
  status: BriefingStatus;
  subject: string;
  draftJson: string;
  classification: Classification;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  exportCount: number;
}

export interface BriefingFields {
  kind: BriefingKind;
  status: BriefingStatus;
  subject: string;
  draftJson: string;
  classification: Classification;
}

export interface Stamp {
  at: string;
  by: string | null;
}

/**
 * The next sequence number for briefing references in a year. Called inside
 * the transaction that stores the briefing, like nextNumber for signals.
 */
export function nextBriefingSequence(db: Db, year: number): number {
  const row = statement(
    db,
    `INSERT INTO number_sequences (prefix, year, last) VALUES ('NOTA', ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).get(year) as { last: number };
  return row.last;
}

export function briefingReferenceTaken(db: Db, reference: string): boolean {
  return statement(db, 'SELECT 1 FROM briefings WHERE reference = ?').get(reference) !== undefined;
}

export function insertBriefing(db: Db, record: BriefingFields & { id: string; reference: string }, stamp: Stamp): void {
  statement(
    db,
    `INSERT INTO briefings (id, reference, kind, status, subject, draft, classification, created_at, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(record.id, record.reference, record.kind, record.status, record.subject, record.draftJson, record.classification, stamp.at, stamp.at, stamp.by);
}

const SELECT_BRIEFING = `
SELECT b.id, b.reference, b.kind, b.status, b.subject, b.draft AS draftJson, b.classification,
  b.created_at AS createdAt, b.updated_at AS updatedAt, COALESCE(u.name, b.updated_by) AS updatedBy,
  b.version, b.deleted_at AS deletedAt,
  (SELECT count(*) FROM briefing_exports e WHERE e.briefing_id = b.id) AS exportCount
FROM briefings b
LEFT JOIN advisers u ON u.id = b.updated_by`;

export function findBriefing(db: Db, id: string): BriefingRow | undefined {
  return statement(db, `${SELECT_BRIEFING} WHERE b.id = ?`).get(id) as BriefingRow | undefined;
}

export function findBriefingByReference(db: Db, reference: string): BriefingRow | undefined {
  return statement(db, `${SELECT_BRIEFING} WHERE b.reference = ?`).get(reference) as BriefingRow | undefined;
}

/** Live briefings, most recently changed first; deleted ones only when asked. */
export function listBriefingRows(db: Db, includeDeleted: boolean): BriefingListRow[] {
  return statement(
    db,
    `SELECT b.id, b.reference, b.kind, b.status, b.subject, b.classification, b.updated_at AS updatedAt,
       (SELECT count(*) FROM briefing_exports e WHERE e.briefing_id = b.id) AS exportCount,
       (SELECT max(e.exported_at) FROM briefing_exports e WHERE e.briefing_id = b.id) AS lastExportedAt
     FROM briefings b
     WHERE (? = 1 OR b.deleted_at IS NULL)
     ORDER BY b.updated_at DESC, b.seq DESC`,
  ).all(includeDeleted ? 1 : 0) as BriefingListRow[];
}

export function updateBriefingRow(db: Db, id: string, fields: BriefingFields, stamp: Stamp): void {
  statement(
    db,
    `UPDATE briefings SET kind = ?, status = ?, subject = ?, draft = ?, classification = ?,
       updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(fields.kind, fields.status, fields.subject, fields.draftJson, fields.classification, stamp.at, stamp.by, id);
}

export function setBriefingDeleted(db: Db, id: string, reason: string | null, stamp: Stamp): void {
  statement(
    db,
    `UPDATE briefings SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(reason === null ? null : stamp.at, reason, stamp.at, stamp.by, id);
}

export interface NewBriefingExport extends Omit<BriefingExport, 'exportedBy' | 'records' | 'withdrawnAt'> {
  exportedById: string | null;
  exportedByLabel: string;
  draftJson: string;
  records: BriefingRecordIds;
  content: Uint8Array;
}

export function nextExportVersion(db: Db, briefingId: string): number {
  const row = statement(db, 'SELECT coalesce(max(version), 0) + 1 AS next FROM briefing_exports WHERE briefing_id = ?').get(briefingId) as {
    next: number;
  };
  return row.next;
}

export function insertBriefingExport(db: Db, row: NewBriefingExport): void {
  statement(
    db,
    `INSERT INTO briefing_exports (id, briefing_id, version, exported_at, exported_by, exported_by_label, file_name, sha256, size,
       classification, classification_override, draft, records, content)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.briefingId,
    row.version,
    row.exportedAt,
    row.exportedById,
    row.exportedByLabel,
    row.fileName,
    row.sha256,
    row.size,
    row.classification,
    row.classificationOverride,
    row.draftJson,
    JSON.stringify(row.records),
    row.content,
  );
}

const SELECT_EXPORT = `
SELECT id, briefing_id AS briefingId, version, exported_at AS exportedAt, exported_by_label AS exportedBy, file_name AS fileName,
  sha256, size, classification, classification_override AS classificationOverride, records AS recordsJson,
  content_withdrawn_at AS withdrawnAt
FROM briefing_exports`;

type ExportRow = Omit<BriefingExport, 'records'> & { recordsJson: string };

const toExport = ({ recordsJson, ...row }: ExportRow): BriefingExport => ({ ...row, records: JSON.parse(recordsJson) as BriefingRecordIds });

/** The exported versions of a briefing, newest first, without their bytes. */
export function listBriefingExports(db: Db, briefingId: string): BriefingExport[] {
  return (statement(db, `${SELECT_EXPORT} WHERE briefing_id = ? ORDER BY version DESC`).all(briefingId) as ExportRow[]).map(toExport);
}

export function findBriefingExport(db: Db, exportId: string): BriefingExport | undefined {
  const row = statement(db, `${SELECT_EXPORT} WHERE id = ?`).get(exportId) as ExportRow | undefined;
  return row ? toExport(row) : undefined;
}

/** The stored .docx bytes of one export; undefined when unknown or withdrawn by an erasure. */
export function readBriefingExportContent(db: Db, exportId: string): Buffer | undefined {
  const row = statement(db, 'SELECT content FROM briefing_exports WHERE id = ?').get(exportId) as { content: Buffer | null } | undefined;
  return row?.content ?? undefined;
}

/** One setting's raw JSON value (the house style), without parsing every other setting. */
export function readSettingJson(db: Db, key: string): unknown {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}
