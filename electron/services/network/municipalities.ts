import type { Db } from '../../../db/connection';
import { foldText, listMunicipalities as readMunicipalities } from '../../../db/repositories/municipalities';
import {
  municipalityListQuerySchema,
  type MunicipalityListQueryInput,
  type MunicipalityListRow,
} from '../../../shared/domain/municipality';
import { referenceData } from '../reference';
import { invalid, parseOrThrow } from '../validation';

/** Names people use besides the official (CBS) province names. */
const PROVINCE_ALIASES: Record<string, string> = { friesland: 'fryslan' };

/**
 * The province code for a name as typed (any case, with or without
 * diacritics: "fryslan", "Friesland", "NOORD-HOLLAND") or for a code (PV27);
 * null when there is no such province.
 */
export function provinceCodeFor(db: Db, nameOrCode: string): string | null {
  const wanted = foldText(nameOrCode.trim());
  const name = PROVINCE_ALIASES[wanted] ?? wanted;
  const province = referenceData(db).provinces.find((p) => foldText(p.name) === name || p.code.toLowerCase() === name);
  return province?.code ?? null;
}

/** The register, filtered by province (codes, or one name as the CLI takes it) and text. */
export function listMunicipalities(db: Db, query: MunicipalityListQueryInput): MunicipalityListRow[] {
  const parsed = parseOrThrow(municipalityListQuerySchema, query, 'Municipality list');
  const provinceCodes = [...parsed.provinces];
  if (parsed.provinceName) {
    const code = provinceCodeFor(db, parsed.provinceName);
    if (!code) throw invalid('Municipality list', [{ path: 'province', message: 'validation.province', detail: parsed.provinceName }]);
    provinceCodes.push(code);
  }
  return readMunicipalities(db, { provinceCodes, text: parsed.text, includeFormer: parsed.includeFormer });
}
