import type { MunicipalityMatchNote } from './municipalitySearch';

/**
 * The groups of the global search (Ctrl+K), in the order they are shown:
 * the FTS-indexed records first, then organisations, contact persons,
 * municipalities (by name and by the names people use) and notes.
 */
export const SEARCH_GROUPS = [
  'signal',
  'case',
  'journal',
  'contactMoment',
  'action',
  'organisation',
  'person',
  'municipality',
  'briefing',
] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

/**
 * One hit. `snippet` marks matching words with \u0002…\u0003 (never HTML);
 * `date` is an ISO date the screen formats (a journal entry's day, a contact
 * moment's, a note's last change); `note` says why a municipality matched
 * under another name.
 */
export interface SearchGroupHit {
  kind: SearchGroup;
  /** The record's id; a municipality's CBS code. */
  id: string;
  /** For journal entries: the case the entry belongs to. */
  parentId: string | null;
  reference: string;
  title: string;
  snippet: string;
  date: string | null;
  note?: MunicipalityMatchNote;
}

/** The first hits of a group and how many there are in all (what its list shows with the same text). */
export interface SearchGroupResult {
  hits: SearchGroupHit[];
  total: number;
  /** There are more than `total` (FTS totals are counted up to a cap). */
  more?: boolean;
}

export type SearchGroups = Record<SearchGroup, SearchGroupResult>;
