import type { ReferenceData, ReferenceItem } from '../../shared/domain/history';
import type { Db } from '../connection';
import { statement } from '../statements';

interface ListRow {
  code: string;
  nl: string;
  en: string;
  active: number;
}

const toItem = (row: ListRow): ReferenceItem => ({ ...row, active: row.active === 1 });

/**
 * Everything forms and filters offer as choices. Only the active themes and
 * source types and the current municipalities (no end date) are offered; old
 * records keep their codes and still resolve through their own reads.
 */
export function readReferenceData(db: Db): ReferenceData {
  const themes = statement(
    db,
    'SELECT code, label_nl AS nl, label_en AS en, active FROM themes WHERE active = 1 ORDER BY sort_order, code',
  ).all() as ListRow[];
  const sourceTypes = statement(
    db,
    'SELECT code, label_nl AS nl, label_en AS en, active FROM source_types WHERE active = 1 ORDER BY sort_order, code',
  ).all() as ListRow[];
  const municipalities = statement(
    db,
    `SELECT code, name, province_code AS provinceCode, province_name AS provinceName
     FROM municipalities WHERE valid_to IS NULL ORDER BY name COLLATE NOCASE, code`,
  ).all() as ReferenceData['municipalities'];
  const provinces = statement(
    db,
    `SELECT DISTINCT province_code AS code, province_name AS name
     FROM municipalities WHERE valid_to IS NULL ORDER BY province_name COLLATE NOCASE, province_code`,
  ).all() as ReferenceData['provinces'];
  const advisers = statement(
    db,
    'SELECT id, name, initials FROM advisers WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, initials',
  ).all() as ReferenceData['advisers'];
  return { themes: themes.map(toItem), sourceTypes: sourceTypes.map(toItem), municipalities, provinces, advisers };
}
