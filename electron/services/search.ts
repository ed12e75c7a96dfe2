import type { Db } from '../../db/connection';
import { toFtsQuery } from '../../db/ftsQuery';
import { containsPattern } from '../../db/repositories/organisationList';
import { countKind, searchBriefings, searchKind, searchKindHits } from '../../db/repositories/search';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../shared/domain/case';
import { findMunicipalities } from '../../shared/domain/municipalitySearch';
import { SEARCH_GROUPS, type SearchGroupResult, type SearchGroups } from '../../shared/domain/search';
import { listContactPersons } from './contactPersons/reads';
import { listOrganisations } from './organisations/reads';
import { referenceData } from './reference';

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

/** Shown per group; "alle n resultaten" opens the group's list with the same text. */
export const GROUP_LIMIT = 5;
/** FTS totals are counted up to this; beyond it the screen says "meer dan 1.000". */
export const COUNT_CAP = 1_000;
/** Enough to count every municipality a text can match (the register holds 342). */
const ALL_MUNICIPALITIES = 1_000;

/**
 * Ctrl+K: every group at once, the first `limit` hits and the total of each.
 * Signals, cases, journal entries, contact moments and actions through their
 * FTS indexes (bm25 order); organisations and contact persons through their
 * lists' own text filter (so the total is what their list shows, and erased
 * persons, whose rows are gone, and deleted ones never appear); municipalities
 * by name, code and the names people use (municipalitySearch); notes by
 * reference and subject.
 */
export function searchGroups(db: Db, text: string, options: { limit: number }): SearchGroups {
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 20);
  const empty = (): SearchGroupResult => ({ hits: [], total: 0 });
  const result = Object.fromEntries(SEARCH_GROUPS.map((group) => [group, empty()])) as SearchGroups;
  const trimmed = text.trim();
  if (!trimmed) return result;
  const match = toFtsQuery(trimmed);
  if (match) {
    for (const kind of SEARCH_KINDS) {
      const hits = searchKindHits(db, kind, match, limit);
      const total = hits.length < limit ? hits.length : countKind(db, kind, match, COUNT_CAP);
      result[kind] = total > COUNT_CAP ? { hits, total: COUNT_CAP, more: true } : { hits, total };
    }
  }
  const organisations = listOrganisations(db, { filters: { text: trimmed }, page: { offset: 0, limit } });
  result.organisation = {
    total: organisations.total,
    hits: organisations.rows.map((row) => ({
      kind: 'organisation',
      id: row.id,
      parentId: null,
      reference: row.number,
      title: row.name,
      snippet: row.municipalityNames.join(', '),
      date: null,
    })),
  };
  const persons = listContactPersons(db, { filters: { text: trimmed }, page: { offset: 0, limit } });
  result.person = {
    total: persons.total,
    hits: persons.rows.map((row) => ({
      kind: 'person',
      id: row.id,
      parentId: null,
      reference: row.number,
      title: row.name,
      snippet: [row.function, row.organisationName].filter(Boolean).join(' · '),
      date: null,
    })),
  };
  const municipalities = findMunicipalities(referenceData(db).municipalities, trimmed, ALL_MUNICIPALITIES);
  result.municipality = {
    total: municipalities.length,
    hits: municipalities.slice(0, limit).map(({ municipality, note }) => ({
      kind: 'municipality',
      id: municipality.code,
      parentId: null,
      reference: municipality.code,
      title: municipality.name,
      snippet: municipality.provinceName,
      date: null,
      ...(note ? { note } : {}),
    })),
  };
  result.briefing = searchBriefings(db, containsPattern(trimmed), limit);
  return result;
}
