import type { Db } from '../connection';

/**
 * Tables whose live rows are shown as "record counts" in the case-file
 * information. Names are fixed here (never from input) because table names
 * cannot be bound as parameters.
 */
const COUNTED_TABLES = {
  signals: 'SELECT count(*) AS n FROM signals WHERE deleted_at IS NULL',
  cases: 'SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL',
  journalEntries: 'SELECT count(*) AS n FROM journal_entries WHERE deleted_at IS NULL',
  organisations: 'SELECT count(*) AS n FROM organisations WHERE deleted_at IS NULL',
  contactPersons: 'SELECT count(*) AS n FROM contact_persons WHERE deleted_at IS NULL',
  contactMoments: 'SELECT count(*) AS n FROM contact_moments WHERE deleted_at IS NULL',
  actions: 'SELECT count(*) AS n FROM follow_up_actions WHERE deleted_at IS NULL',
  briefings: 'SELECT count(*) AS n FROM briefings WHERE deleted_at IS NULL',
  advisers: 'SELECT count(*) AS n FROM advisers WHERE deleted_at IS NULL',
  auditEntries: 'SELECT count(*) AS n FROM audit_log',
} as const;

export type CountedTable = keyof typeof COUNTED_TABLES;

export function countRecords(db: Db): Record<CountedTable, number> {
  const counts = {} as Record<CountedTable, number>;
  for (const [name, sql] of Object.entries(COUNTED_TABLES) as [CountedTable, string][]) {
    counts[name] = (db.prepare(sql).get() as { n: number }).n;
  }
  return counts;
}

export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((message) => message !== 'ok');
}
