import type { Db } from '../../../db/connection';
import { ftsWords, toFtsAnyQuery } from '../../../db/ftsQuery';
import { signalsMatchingText, signalsNearInPlaceAndTheme } from '../../../db/repositories/signalDuplicates';
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
const MAX_WORDS = 12;
const MIN_WORD_LENGTH = 4;

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
 * The words that best characterise a text: long words first (they are the
 * rarer ones), without stop words or repeats, at most MAX_WORDS.
 */
export function distinctiveWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of ftsWords(text)) {
    const key = word.toLowerCase();
    if (key.length < MIN_WORD_LENGTH || STOP_WORDS.has(key) || seen.has(key)) continue;
    seen.add(key);
    words.push(key);
  }
  return words.sort((a, b) => b.length - a.length).slice(0, MAX_WORDS);
}

/**
 * Possible duplicates of a signal being registered: the same municipality and
 * theme observed within two weeks, then the most similar texts (FTS, bm25).
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
  const match = toFtsAnyQuery(distinctiveWords(`${probe.title} ${probe.description}`));
  // Ask for more than needed: some of the best text matches may already be listed above.
  if (match) add(signalsMatchingText(db, match, excludeId, MAX_SIMILAR + candidates.length), 'similar-text', MAX_SIMILAR);
  return candidates;
}
