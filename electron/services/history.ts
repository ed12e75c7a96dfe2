import type { Db } from '../../db/connection';
import { auditEntriesOf, type AuditEntry } from '../../db/repositories/auditLog';
import { mergedSourceIds } from '../../db/repositories/signals';
import type { HistoryEntity, HistoryEntry } from '../../shared/domain/history';

/**
 * The history of one record from the audit log, newest first, as field-level
 * changes. A signal's history includes that of the signals merged into it
 * (and into those), so merging loses no one's history.
 */
export function entityHistory(db: Db, entity: HistoryEntity, id: string): HistoryEntry[] {
  const ids = entity === 'signal' ? withMergedSources(db, id) : [id];
  return auditEntriesOf(db, entity, ids).map(toHistoryEntry);
}

function withMergedSources(db: Db, id: string): string[] {
  const ids = [id];
  // Breadth-first over merge chains; `ids` doubles as the visited set (merges cannot cycle, but be safe).
  for (let index = 0; index < ids.length; index += 1) {
    for (const source of mergedSourceIds(db, ids[index]!)) if (!ids.includes(source)) ids.push(source);
  }
  return ids;
}

function toHistoryEntry(entry: AuditEntry): HistoryEntry {
  const erased = entry.hasPayload === 0;
  return {
    seq: entry.seq,
    at: entry.at,
    by: entry.adviserLabel,
    action: entry.action,
    changes: erased ? [] : fieldChanges(parse(entry.beforeJson), parse(entry.afterJson)),
    erased,
  };
}

function parse(json: string | null): Record<string, unknown> {
  if (json === null) return {};
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

/** Every field present on either side whose value differs; a field missing on one side counts as null. */
function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): HistoryEntry['changes'] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
