/**
 * Turns what a user typed into a safe FTS5 MATCH expression.
 *
 * User text must never reach MATCH as syntax: a stray quote, `-`, `:`, `NEAR`
 * or `OR` would either throw or silently change the meaning. So only runs of
 * Unicode letters and digits survive (combining marks stay with their letter,
 * so a decomposed "í" is not split off), each becomes a quoted phrase with a
 * prefix star ("polari" finds "polarisatie"), and diacritics are left for the
 * unicode61 tokenizer to fold ("Turkíje" finds "Turkije").
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The words in a text, NFC-normalised, in order of appearance. */
export function ftsWords(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

function phrase(word: string): string {
  return `"${word}"*`;
}

/** All words must match (AND), each as a prefix. Null when nothing searchable is left: apply no text filter. */
export function toFtsQuery(text: string): string | null {
  const words = ftsWords(text);
  return words.length === 0 ? null : words.map(phrase).join(' ');
}

/** Any word may match (OR), for "looks like" searches ranked by bm25. Null when no words are given. */
export function toFtsAnyQuery(words: readonly string[]): string | null {
  const cleaned = words.flatMap(ftsWords);
  return cleaned.length === 0 ? null : cleaned.map(phrase).join(' OR ');
}

/**
 * A word as the unicode61 tokenizer (remove_diacritics 2) stores it: lowercase
 * without diacritics, e.g. "Oekraïense" → "oekraiense". For looking terms up in
 * the index's own statistics; MATCH queries fold by themselves.
 */
export function indexTerm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
