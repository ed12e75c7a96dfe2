import type { Db } from '../../../db/connection';
import { findMunicipality } from '../../../db/repositories/municipalities';
import { readMunicipalityRelations } from '../../../db/repositories/municipalityDetail';
import { municipalityCodeSchema } from '../../../shared/domain/fields';
import type { MunicipalityDetail } from '../../../shared/domain/municipality';
import { AppError } from '../../../shared/errors';
import { parseOrThrow, todayInNetherlands } from '../validation';

/** Everything linked to one municipality; `now` decides which open actions are overdue. */
export function getMunicipality(db: Db, code: string, now: Date): MunicipalityDetail {
  const valid = parseOrThrow(municipalityCodeSchema, code, 'Municipality');
  const municipality = findMunicipality(db, valid);
  if (!municipality) throw new AppError('NOT_FOUND', `No municipality with code ${valid}`);
  return { ...municipality, ...readMunicipalityRelations(db, valid, todayInNetherlands(now)) };
}
