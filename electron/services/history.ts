import type { Db } from '../../db/connection';
import { auditEntriesOf, type AuditEntry } from '../../db/repositories/auditLog';
import { recordLabelsById } from '../../db/repositories/recordLabels';
import { mergedSourceIds } from '../../db/repositories/signals';
import type { HistoryEntity, HistoryEntry } from '../../shared/domain/history';

/**
 * The history of one record from the audit log, newest first, as field-level
 * changes. A signal's history includes that of the signals merged into it
 * (and into those), so merging loses no one's history.
 */
export function entityHistory(db: Db, entity: HistoryEntity, id: string): HistoryEntry[] {
  const ids = entity === 'signal' ? withMergedSources(db, id) : [id];
  const entries = auditEntriesOf(db, entity, ids).map(toHistoryEntry);
  return withNames(db, entries);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id-looking string anywhere in a value (a linked case, a list of signals, a nested object). */
function idsIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) idsIn(item, into);
  }
}

/**
 * Only the main process can name a linked record that the page does not
 * show (a case linked before, the signal of an action): it looks every id of
 * the history up once and gives each entry the names of its own ids.
 */
function withNames(db: Db, entries: HistoryEntry[]): HistoryEntry[] {
  const perEntry = entries.map((entry) => {
    const ids = new Set<string>();
    for (const change of entry.changes) {
      idsIn(change.before, ids);
      idsIn(change.after, ids);
    }
    return ids;
  });
  const labels = recordLabelsById(db, [...new Set(perEntry.flatMap((ids) => [...ids]))]);
  return entries.map((entry, index) => {
    const names: Record<string, string> = {};
    for (const id of perEntry[index]!) {
      const label = labels.get(id);
      if (label) names[id] = label;
    }
    return { ...entry, names };
  });
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
    names: {},
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
