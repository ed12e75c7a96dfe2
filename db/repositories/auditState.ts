import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The stored state of an audited record, as one canonical JSON text, so that
 * an audit entry can fingerprint what the record looked like after a change
 * and `ess verify` can recompute that fingerprint later.
 *
 * The columns are listed, not read with SELECT *: a later migration that adds
 * a column must not change the fingerprint of every record written before it.
 * Adding a column here changes every fingerprint, so it needs a new state
 * format (see STATE_FORMAT in electron/services/auditState.ts).
 */
const RECORD_TABLES = {
  signal: {
    table: 'signals',
    columns: [
      'id', 'number', 'title', 'description', 'interpretation', 'observed_on', 'received_on', 'is_national', 'location',
      'community', 'state_actor', 'phase', 'urgency', 'urgency_rank', 'trend', 'source_type', 'source_reliability',
      'info_credibility', 'status', 'case_id', 'owner_id', 'classification', 'contains_personal_data', 'retain_until',
      'merged_into_id', 'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at', 'deleted_reason',
    ],
  },
  case: {
    table: 'cases',
    columns: [
      'id', 'number', 'title', 'type', 'summary', 'status', 'start_on', 'end_on', 'owner_id', 'classification',
      'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at', 'deleted_reason',
    ],
  },
  journal: {
    table: 'journal_entries',
    columns: ['id', 'case_id', 'entry_on', 'text', 'author_id', 'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at'],
  },
  action: {
    table: 'follow_up_actions',
    columns: [
      'id', 'number', 'description', 'kind', 'owner_id', 'due_on', 'status', 'result', 'completed_on', 'signal_id', 'case_id',
      'contact_moment_id', 'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at', 'deleted_reason',
    ],
  },
  contactPerson: {
    table: 'contact_persons',
    columns: [
      'id', 'number', 'name', 'function', 'role', 'organisation_id', 'email', 'phone', 'legal_basis', 'review_on', 'notes',
      'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at', 'deleted_reason',
    ],
  },
  contactMoment: {
    table: 'contact_moments',
    columns: [
      'id', 'number', 'held_on', 'form', 'subject', 'minutes', 'case_id', 'classification', 'created_at', 'updated_at',
      'updated_by', 'version', 'deleted_at', 'deleted_reason',
    ],
  },
  organisation: {
    table: 'organisations',
    columns: ['id', 'number', 'name', 'type', 'notes', 'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at', 'deleted_reason'],
  },
  briefing: {
    table: 'briefings',
    columns: [
      'id', 'reference', 'kind', 'status', 'subject', 'draft', 'classification', 'created_at', 'updated_at', 'updated_by',
      'version', 'deleted_at', 'deleted_reason',
    ],
  },
  adviser: {
    table: 'advisers',
    columns: ['id', 'name', 'initials', 'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at'],
  },
  view: {
    table: 'saved_views',
    columns: ['id', 'entity', 'name', 'definition', 'created_at', 'updated_at', 'updated_by', 'version', 'deleted_at'],
  },
} as const;

export type RecordEntity = keyof typeof RECORD_TABLES;
export const RECORD_ENTITIES = Object.keys(RECORD_TABLES) as RecordEntity[];

export function isRecordEntity(entity: string): entity is RecordEntity {
  return Object.hasOwn(RECORD_TABLES, entity);
}

const stateExpression = (entity: RecordEntity) => `json_array(${RECORD_TABLES[entity].columns.join(', ')})`;

/** The record's state as canonical JSON, or null when no row has that id. */
export function recordStateJson(db: Db, entity: RecordEntity, id: string): string | null {
  const { table } = RECORD_TABLES[entity];
  const row = statement(db, `SELECT ${stateExpression(entity)} AS state FROM ${table} WHERE id = ?`).get(id) as { state: string } | undefined;
  return row?.state ?? null;
}

/** Every stored record of one entity (soft-deleted ones too) with its state. */
export function* iterateRecordStates(db: Db, entity: RecordEntity): Generator<{ id: string; state: string }> {
  const { table } = RECORD_TABLES[entity];
  yield* db.prepare(`SELECT id, ${stateExpression(entity)} AS state FROM ${table}`).iterate() as Iterable<{ id: string; state: string }>;
}
