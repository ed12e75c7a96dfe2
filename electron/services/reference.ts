import type { Db } from '../../db/connection';
import { readReferenceData } from '../../db/repositories/reference';
import type { ReferenceData } from '../../shared/domain/history';

/** Everything forms and filters need to offer choices, in one call. */
export function referenceData(db: Db): ReferenceData {
  return readReferenceData(db);
}
