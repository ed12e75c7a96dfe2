import type { EarlyWarningMethod } from '../../shared/domain/earlyWarning';
import type { EarlyWarningUnitKind, FindingStatus } from '../../shared/domain/earlyWarningFinding';
import type { Db } from '../connection';
import { statement } from '../statements';

/** A finding as stored, without its explanation (names are looked up by the service). */
export interface StoredFinding {
  id: string;
  unitKind: EarlyWarningUnitKind;
  unitCode: string;
  week: string;
  method: EarlyWarningMethod;
  observed: number;
  threshold: number;
  referenceFrom: string;
  referenceTo: string;
  status: FindingStatus;
  reviewedBy: string | null;
  reviewedByLabel: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One alarm of a run. */
export interface JudgedAlarm {
  id: string;
  unitKind: EarlyWarningUnitKind;
  unitCode: string;
  observed: number;
  threshold: number;
  referenceFrom: string;
  referenceTo: string;
}

const COLUMNS = `
  f.id, f.unit_kind AS unitKind, f.unit_code AS unitCode, f.week, f.method, f.observed, f.threshold,
  f.reference_from AS referenceFrom, f.reference_to AS referenceTo, f.status, f.reviewed_by AS reviewedBy,
  CASE WHEN a.id IS NULL THEN NULL ELSE a.name || ' (' || a.initials || ')' END AS reviewedByLabel,
  f.reviewed_at AS reviewedAt, f.review_note AS reviewNote, f.created_at AS createdAt, f.updated_at AS updatedAt`;
const FROM = 'FROM early_warning_findings f LEFT JOIN advisers a ON a.id = f.reviewed_by';

/**
 * Stores the alarms of one week and method. A rerun keeps each finding's
 * identity and review: an open finding takes the new count and threshold, a
 * reviewed one is left as the adviser judged it, and an open finding whose
 * alarm is gone (its signals were deleted or moved) is removed: it was never
 * looked at, and nothing remains to look at. One transaction.
 */
export function saveWeekAlarms(db: Db, week: string, method: EarlyWarningMethod, alarms: readonly JudgedAlarm[], at: string): void {
  const upsert = statement(
    db,
    `INSERT INTO early_warning_findings
       (id, unit_kind, unit_code, week, method, observed, threshold, reference_from, reference_to, created_at, updated_at)
     VALUES (:id, :unitKind, :unitCode, :week, :method, :observed, :threshold, :referenceFrom, :referenceTo, :at, :at)
     ON CONFLICT (unit_kind, unit_code, week, method) DO UPDATE SET
       observed = excluded.observed, threshold = excluded.threshold,
       reference_from = excluded.reference_from, reference_to = excluded.reference_to, updated_at = excluded.updated_at
     WHERE status = 'open' AND (observed <> excluded.observed OR threshold <> excluded.threshold
       OR reference_from <> excluded.reference_from OR reference_to <> excluded.reference_to)`,
  );
  const openOnes = statement(
    db,
    `SELECT id, unit_kind || ':' || unit_code AS unit FROM early_warning_findings WHERE week = ? AND method = ? AND status = 'open'`,
  );
  const remove = statement(db, 'DELETE FROM early_warning_findings WHERE id = ?');
  db.transaction(() => {
    for (const alarm of alarms) upsert.run({ ...alarm, week, method, at });
    const current = new Set(alarms.map((alarm) => `${alarm.unitKind}:${alarm.unitCode}`));
    for (const row of openOnes.all(week, method) as { id: string; unit: string }[]) {
      if (!current.has(row.unit)) remove.run(row.id);
    }
  })();
}

export function findingsOfWeek(db: Db, week: string, method: EarlyWarningMethod, status?: FindingStatus): StoredFinding[] {
  if (status) {
    return statement(db, `SELECT ${COLUMNS} ${FROM} WHERE f.week = ? AND f.method = ? AND f.status = ?`).all(week, method, status) as StoredFinding[];
  }
  return statement(db, `SELECT ${COLUMNS} ${FROM} WHERE f.week = ? AND f.method = ?`).all(week, method) as StoredFinding[];
}

export function findFinding(db: Db, id: string): StoredFinding | undefined {
  return statement(db, `SELECT ${COLUMNS} ${FROM} WHERE f.id = ?`).get(id) as StoredFinding | undefined;
}

export function markFindingReviewed(db: Db, id: string, review: { by: string | null; at: string; note: string }): void {
  statement(
    db,
    `UPDATE early_warning_findings SET status = 'reviewed', reviewed_by = ?, reviewed_at = ?, review_note = ?, updated_at = ? WHERE id = ?`,
  ).run(review.by, review.at, review.note, review.at, id);
}

/** Municipality findings of a week and method: the map's status per municipality. */
export function municipalityFindingStatuses(db: Db, week: string, method: EarlyWarningMethod): { code: string; status: FindingStatus }[] {
  return statement(
    db,
    `SELECT unit_code AS code, status FROM early_warning_findings WHERE week = ? AND method = ? AND unit_kind = 'municipality'`,
  ).all(week, method) as { code: string; status: FindingStatus }[];
}
