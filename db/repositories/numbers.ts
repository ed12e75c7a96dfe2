import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * Hands out the next human reference for a prefix and year, e.g. SIG-2026-0001.
 * Call inside the transaction that stores the record, so a number is never
 * used twice nor lost to a rolled-back write.
 */
export function nextNumber(db: Db, prefix: string, year: number): string {
  const row = statement(
    db,
    `INSERT INTO number_sequences (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).get(prefix, year) as { last: number };
  return `${prefix}-${year}-${String(row.last).padStart(4, '0')}`;
}
