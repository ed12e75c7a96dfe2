import type { Db } from '../../../db/connection';
import type { DuplicateCandidate } from '../../../shared/domain/signal';
import { notImplemented } from '../notImplemented';

export interface DuplicateProbe {
  excludeId?: string;
  title: string;
  description: string;
  municipalities: string[];
  themes: string[];
  observedOn?: string;
}

export function findDuplicates(_db: Db, _probe: DuplicateProbe): DuplicateCandidate[] {
  return notImplemented('findDuplicates');
}
