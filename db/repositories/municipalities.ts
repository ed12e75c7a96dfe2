import type { MunicipalityListRow } from '../../shared/domain/municipality';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The municipality register (CBS codes, shipped with the app). The forms'
 * choices (current municipalities, provinces) come from reference.ts; this
 * module reads the register itself, former municipalities included.
 */

const COLUMNS = `code, name, province_code AS provinceCode, province_name AS provinceName,
  valid_from AS validFrom, valid_to AS validTo, merged_into AS mergedInto`;

export interface MunicipalityFilter {
  /** Province codes (PV20 …); empty means all. */
  provinceCodes: readonly string[];
  /** Part of the name or the code; diacritics and case do not matter. */
  text?: string;
  includeFormer: boolean;
}

/** Lower case without diacritics, so "sudwest" finds Súdwest-Fryslân and "fryslan" finds Fryslân. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function listMunicipalities(db: Db, filter: MunicipalityFilter): MunicipalityListRow[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM municipalities
     WHERE (? = 1 OR valid_to IS NULL)
       AND (json_array_length(?) = 0 OR province_code IN (SELECT value FROM json_each(?)))
     ORDER BY name COLLATE NOCASE, code`,
  ).all(filter.includeFormer ? 1 : 0, JSON.stringify(filter.provinceCodes), JSON.stringify(filter.provinceCodes)) as MunicipalityListRow[];
  const text = foldText(filter.text?.trim() ?? '');
  if (text === '') return rows;
  // The register has a few hundred rows: folding in JavaScript matches what
  // people type (no diacritics) where SQLite's LIKE folds ASCII only.
  return rows.filter((row) => foldText(row.name).includes(text) || row.code.toLowerCase().includes(text));
}

export function findMunicipality(db: Db, code: string): MunicipalityListRow | null {
  const row = statement(db, `SELECT ${COLUMNS} FROM municipalities WHERE code = ?`).get(code) as MunicipalityListRow | undefined;
  return row ?? null;
}
