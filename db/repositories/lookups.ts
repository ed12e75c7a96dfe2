import type { Db } from '../connection';

const BY_NUMBER = {
  signal: 'SELECT number, id FROM signals WHERE deleted_at IS NULL AND number IN (SELECT value FROM json_each(?))',
  case: 'SELECT number, id FROM cases WHERE deleted_at IS NULL AND number IN (SELECT value FROM json_each(?))',
  organisation: 'SELECT number, id FROM organisations WHERE deleted_at IS NULL AND number IN (SELECT value FROM json_each(?))',
  contactPerson: 'SELECT number, id FROM contact_persons WHERE deleted_at IS NULL AND number IN (SELECT value FROM json_each(?))',
  contactMoment: 'SELECT number, id FROM contact_moments WHERE deleted_at IS NULL AND number IN (SELECT value FROM json_each(?))',
  action: 'SELECT number, id FROM follow_up_actions WHERE deleted_at IS NULL AND number IN (SELECT value FROM json_each(?))',
} as const;

/** Resolves human references (SIG-2026-0001, CAS-2026-0001, ORG-, PER-, CON-, ACT-) to ids; unknown numbers are absent from the map. */
export function idsByNumber(db: Db, kind: keyof typeof BY_NUMBER, numbers: readonly string[]): Map<string, string> {
  const rows = db.prepare(BY_NUMBER[kind]).all(JSON.stringify(numbers)) as { number: string; id: string }[];
  return new Map(rows.map((row) => [row.number, row.id]));
}
