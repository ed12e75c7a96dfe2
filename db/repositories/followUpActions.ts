import type { FollowUpAction, FollowUpActionInput } from '../../shared/domain/followUpAction';
import type { Db } from '../connection';
import { statement } from '../statements';

export interface ActionState extends FollowUpActionInput {
  id: string;
  number: string;
  version: number;
  deletedAt: string | null;
}

export interface NewActionRecord extends FollowUpActionInput {
  id: string;
  number: string;
  createdAt: string;
  updatedBy: string | null;
}

export interface Stamp {
  at: string;
  by: string | null;
}

/** Open or in progress and due before `today`: the one definition of "verlopen", used by every read. */
export const OVERDUE_SQL = `(f.status IN ('open', 'lopend') AND f.due_on IS NOT NULL AND f.due_on < @today)`;

const DETAIL_SQL = `
SELECT f.id, f.number, f.description, f.kind, f.owner_id AS ownerId, f.due_on AS dueOn, f.status, f.result,
  f.completed_on AS completedOn, f.signal_id AS signalId, f.case_id AS caseId, f.contact_moment_id AS contactMomentId,
  f.created_at AS createdAt, f.updated_at AS updatedAt, COALESCE(u.name, f.updated_by) AS updatedBy, f.version,
  f.deleted_at AS deletedAt, f.deleted_reason AS deletedReason,
  o.name AS ownerName,
  CASE WHEN s.id IS NULL THEN NULL ELSE s.number || ' ' || s.title END AS signalLabel,
  CASE WHEN c.id IS NULL THEN NULL ELSE c.number || ' ' || c.title END AS caseLabel,
  CASE WHEN m.id IS NULL THEN NULL ELSE m.number || ' ' || m.subject END AS contactMomentLabel,
  ${OVERDUE_SQL} AS overdue
FROM follow_up_actions f
LEFT JOIN advisers o ON o.id = f.owner_id
LEFT JOIN advisers u ON u.id = f.updated_by
LEFT JOIN signals s ON s.id = f.signal_id
LEFT JOIN cases c ON c.id = f.case_id
LEFT JOIN contact_moments m ON m.id = f.contact_moment_id
WHERE f.id = @id`;

/** An action with the labels of what it links to, including a soft-deleted one; `today` decides "overdue". */
export function findAction(db: Db, id: string, today: string): FollowUpAction | undefined {
  const row = statement(db, DETAIL_SQL).get({ id, today }) as (Omit<FollowUpAction, 'overdue'> & { overdue: number }) | undefined;
  return row && { ...row, overdue: row.overdue === 1 };
}

/** The input fields as stored, for version checks and audit diffs. */
export function findActionState(db: Db, id: string): ActionState | undefined {
  const found = findAction(db, id, '0000-01-01');
  if (!found) return undefined;
  return {
    id: found.id,
    number: found.number,
    version: found.version,
    deletedAt: found.deletedAt,
    description: found.description,
    kind: found.kind,
    ownerId: found.ownerId,
    dueOn: found.dueOn,
    status: found.status,
    result: found.result,
    completedOn: found.completedOn,
    signalId: found.signalId,
    caseId: found.caseId,
    contactMomentId: found.contactMomentId,
  };
}

const columns = (input: FollowUpActionInput) => ({
  description: input.description,
  kind: input.kind,
  ownerId: input.ownerId,
  dueOn: input.dueOn,
  status: input.status,
  result: input.result,
  completedOn: input.completedOn,
  signalId: input.signalId,
  caseId: input.caseId,
  contactMomentId: input.contactMomentId,
});

export function insertAction(db: Db, record: NewActionRecord): void {
  statement(
    db,
    `INSERT INTO follow_up_actions (id, number, description, kind, owner_id, due_on, status, result, completed_on,
       signal_id, case_id, contact_moment_id, created_at, updated_at, updated_by, version)
     VALUES (@id, @number, @description, @kind, @ownerId, @dueOn, @status, @result, @completedOn,
       @signalId, @caseId, @contactMomentId, @createdAt, @createdAt, @updatedBy, 1)`,
  ).run({ ...columns(record), id: record.id, number: record.number, createdAt: record.createdAt, updatedBy: record.updatedBy });
}

export function updateActionFields(db: Db, id: string, input: FollowUpActionInput, stamp: Stamp): void {
  statement(
    db,
    `UPDATE follow_up_actions SET description = @description, kind = @kind, owner_id = @ownerId, due_on = @dueOn,
       status = @status, result = @result, completed_on = @completedOn, signal_id = @signalId, case_id = @caseId,
       contact_moment_id = @contactMomentId, updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({ ...columns(input), id, at: stamp.at, by: stamp.by });
}

/** Sets or clears the tombstone; the reason stays only while deleted. */
export function setActionDeleted(db: Db, id: string, deleted: { reason: string } | null, stamp: Stamp): void {
  statement(
    db,
    `UPDATE follow_up_actions SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(deleted ? stamp.at : null, deleted?.reason ?? null, stamp.at, stamp.by, id);
}

export interface ActionHeader {
  id: string;
  number: string;
  deletedAt: string | null;
  deletedReason: string | null;
}

export function findActionHeader(db: Db, id: string): ActionHeader | undefined {
  return statement(
    db,
    'SELECT id, number, deleted_at AS deletedAt, deleted_reason AS deletedReason FROM follow_up_actions WHERE id = ?',
  ).get(id) as ActionHeader | undefined;
}
