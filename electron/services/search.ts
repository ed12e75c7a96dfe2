import type { Db } from '../../db/connection';
import { toFtsQuery } from '../../db/ftsQuery';
import { searchKind } from '../../db/repositories/search';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../shared/domain/case';

/**
 * One search across signals, cases, journal entries, contact moments and
 * follow-up actions, grouped by kind and ranked by bm25 within each kind, at
 * most `limit` hits per kind. Every word must match, each as a prefix;
 * diacritics fold ("Turkíje" finds "Turkije").
 * `kinds` empty means every kind; kinds not searched come back empty.
 */
export function globalSearch(
  db: Db,
  text: string,
  options: { kinds: SearchKind[]; limit: number },
): Record<SearchKind, SearchHit[]> {
  const result: Record<SearchKind, SearchHit[]> = { signal: [], case: [], journal: [], contactMoment: [], action: [] };
  const match = toFtsQuery(text);
  if (!match) return result;
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 50);
  for (const kind of SEARCH_KINDS) {
    if (options.kinds.length === 0 || options.kinds.includes(kind)) result[kind] = searchKind(db, kind, match, limit);
  }
  return result;
}
