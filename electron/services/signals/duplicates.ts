import type { Db } from '../../../db/connection';
import { ftsWords, indexTerm, toFtsAnyQuery } from '../../../db/ftsQuery';
import {
  signalCount,
  signalsMatchingText,
  signalsNearInPlaceAndTheme,
  termDocumentCounts,
} from '../../../db/repositories/signalDuplicates';
import type { DuplicateCandidate } from '../../../shared/domain/signal';

export interface DuplicateProbe {
  excludeId?: string;
  title: string;
  description: string;
  municipalities: string[];
  themes: string[];
  observedOn?: string;
}

const MAX_CANDIDATES = 10;
const MAX_SIMILAR = 5;
const WINDOW_DAYS = 14;
const MIN_WORD_LENGTH = 4;
/** Words considered from a text (longest first), and of those the rarest that go into the query. */
const CANDIDATE_WORDS = 24;
const QUERY_WORDS = 8;
/** A word in more than half of the signals (and in more than a handful) says little and costs much. */
const COMMON_SHARE = 0.5;
const COMMON_MIN_DOCS = 50;

/**
 * Frequent Dutch words of four letters or more that say nothing about what a
 * signal is about; matching on them would rank every signal as similar.
 */
const STOP_WORDS = new Set([
  'alle', 'alleen', 'ander', 'andere', 'binnen', 'daar', 'deze', 'dezelfde', 'door', 'geen',
  'gemeente', 'heeft', 'hebben', 'hier', 'kunnen', 'maar', 'meer', 'naar', 'niet', 'omdat', 'onder',
  'over', 'sinds', 'tegen', 'tijdens', 'tussen', 'vanuit', 'veel', 'voor', 'waar', 'wordt', 'worden', 'werd',
  'werden', 'zich', 'zijn', 'zouden', 'volgens', 'enkele', 'eerder', 'signaal', 'fictief',
]);

/**
 * Candidate words of a text as the index stores them: long words first (they
 * tend to be the rarer ones), without stop words or repeats.
 */
export function distinctiveWords(text: string, limit = CANDIDATE_WORDS): string[] {
  const words = new Set<string>();
  for (const word of ftsWords(text)) {
    const term = indexTerm(word);
    if (term.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(term)) words.add(term);
  }
  return [...words].sort((a, b) => b.length - a.length).slice(0, limit);
}

/**
 * The rarest of the candidate words by the index's document counts (an OR
 * query over common words would rank tens of thousands of signals); words the
 * index lacks as such come first, since as prefixes they may still match.
 */
function rarestWords(db: Db, words: string[]): string[] {
  if (words.length === 0) return [];
  const counts = termDocumentCounts(db, words);
  const common = Math.max(COMMON_MIN_DOCS, signalCount(db) * COMMON_SHARE);
  return words
    .map((word) => ({ word, docs: counts.get(word) ?? 0 }))
    .filter(({ docs }) => docs <= common)
    .sort((a, b) => a.docs - b.docs)
    .slice(0, QUERY_WORDS)
    .map(({ word }) => word);
}

/**
 * Possible duplicates of a signal being registered: the same municipality and
 * theme observed within two weeks, then the most similar texts (FTS OR-query
 * of the text's rarest words, ranked by bm25).
 * Deleted and merged signals are never offered.
 */
export function findDuplicates(db: Db, probe: DuplicateProbe): DuplicateCandidate[] {
  const excludeId = probe.excludeId ?? null;
  const candidates: DuplicateCandidate[] = [];
  const seen = new Set<string>();
  const add = (rows: Omit<DuplicateCandidate, 'reason'>[], reason: DuplicateCandidate['reason'], cap: number) => {
    let added = 0;
    for (const row of rows) {
      if (seen.has(row.id) || added >= cap || candidates.length >= MAX_CANDIDATES) continue;
      seen.add(row.id);
      candidates.push({ ...row, reason });
      added += 1;
    }
  };
  if (probe.observedOn && probe.municipalities.length > 0 && probe.themes.length > 0) {
    const near = signalsNearInPlaceAndTheme(
      db,
      { observedOn: probe.observedOn, municipalities: probe.municipalities, themes: probe.themes, excludeId, days: WINDOW_DAYS },
      MAX_CANDIDATES,
    );
    add(near, 'same-place-and-theme', MAX_CANDIDATES);
  }
  const match = toFtsAnyQuery(rarestWords(db, distinctiveWords(`${probe.title} ${probe.description}`)));
  // Ask for more than needed: some of the best text matches may already be listed above.
  if (match) add(signalsMatchingText(db, match, excludeId, MAX_SIMILAR + candidates.length), 'similar-text', MAX_SIMILAR);
  return candidates;
}
