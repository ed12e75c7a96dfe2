import type { Db } from '../../db/connection';
import type { SearchHit, SearchKind } from '../../shared/domain/case';
import { notImplemented } from './notImplemented';

export function globalSearch(
  _db: Db,
  _text: string,
  _options: { kinds: SearchKind[]; limit: number },
): Record<SearchKind, SearchHit[]> {
  return notImplemented('globalSearch');
}
