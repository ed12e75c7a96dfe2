import type { Db } from '../../db/connection';
import type { ReferenceData } from '../../shared/domain/history';
import { notImplemented } from './notImplemented';

export function referenceData(_db: Db): ReferenceData {
  return notImplemented('referenceData');
}
