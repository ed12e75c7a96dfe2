import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * Which of the given codes are unknown in a reference table. Table and column
 * names come from this fixed list, never from input.
 */
const LOOKUPS = {
  theme: 'SELECT code FROM themes WHERE active = 1 AND code IN (SELECT value FROM json_each(?))',
  sourceType: 'SELECT code FROM source_types WHERE active = 1 AND code IN (SELECT value FROM json_each(?))',
  municipality: 'SELECT code FROM municipalities WHERE valid_to IS NULL AND code IN (SELECT value FROM json_each(?))',
  adviser: 'SELECT id AS code FROM advisers WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  case: 'SELECT id AS code FROM cases WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  signal: 'SELECT id AS code FROM signals WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  organisation: 'SELECT id AS code FROM organisations WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  contactPerson: 'SELECT id AS code FROM contact_persons WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  contactMoment: 'SELECT id AS code FROM contact_moments WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
} as const;

export type CodeKind = keyof typeof LOOKUPS;

export function unknownCodes(db: Db, kind: CodeKind, codes: readonly string[]): string[] {
  if (codes.length === 0) return [];
  const found = new Set(
    (statement(db, LOOKUPS[kind]).all(JSON.stringify(codes)) as { code: string }[]).map((row) => row.code),
  );
  return codes.filter((code) => !found.has(code));
}
