import { MERGED_MUNICIPALITIES, MUNICIPALITY_NICKNAMES } from './municipalityAliases';

/**
 * Finding a municipality the way people type it: "den bosch", "s-gravenhage",
 * "Sudwest Fryslan", "Weesp". Pure (no DOM, no Node), so the renderer's picker
 * and the main process (import) share it.
 */

/** Why a municipality matched under another name; the caller words it. */
export type MunicipalityMatchNote =
  | { kind: 'nickname'; alias: string }
  | { kind: 'merged'; alias: string; year: number };

export interface MunicipalityMatch<M> {
  municipality: M;
  note?: MunicipalityMatchNote;
}

/**
 * Lowercase, without diacritics, and without anything but letters and digits:
 * "'s-Hertogenbosch" → "shertogenbosch", "Súdwest-Fryslân" → "sudwestfryslan".
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// Lower is better: the whole name, then the start of it, then anywhere in it.
const EXACT = 0;
const PREFIX = 1;
const INSIDE = 2;

function rank(name: string, query: string): number | null {
  const folded = foldName(name);
  if (folded === query) return EXACT;
  if (folded.startsWith(query)) return PREFIX;
  if (folded.includes(query)) return INSIDE;
  return null;
}

interface Candidate<M> {
  match: MunicipalityMatch<M>;
  rank: number;
}

/**
 * Municipalities of `register` matching `query` by official name, CBS code,
 * everyday name or the name of a municipality merged into it; best first
 * (whole name, start of a name, inside a name; then alphabetical), at most
 * `limit`. Each municipality appears once, under its best match; a note says
 * when that match was another name.
 */
export function findMunicipalities<M extends { code: string; name: string }>(
  register: readonly M[],
  query: string,
  limit: number,
): MunicipalityMatch<M>[] {
  const folded = foldName(query);
  if (!folded) return [];
  const best = new Map<string, Candidate<M>>();
  const consider = (municipality: M, found: number | null, note?: MunicipalityMatchNote) => {
    if (found === null) return;
    const current = best.get(municipality.code);
    // On a tie the official name wins: it needs no note.
    if (current && current.rank <= found) return;
    best.set(municipality.code, { rank: found, match: note ? { municipality, note } : { municipality } });
  };
  const byCode = new Map(register.map((m) => [m.code, m]));
  for (const municipality of register) {
    consider(municipality, municipality.code.toLowerCase() === query.trim().toLowerCase() ? EXACT : rank(municipality.name, folded));
  }
  for (const nickname of MUNICIPALITY_NICKNAMES) {
    const municipality = byCode.get(nickname.code);
    if (municipality) consider(municipality, rank(nickname.name, folded), { kind: 'nickname', alias: nickname.name });
  }
  for (const merged of MERGED_MUNICIPALITIES) {
    const municipality = byCode.get(merged.code);
    if (municipality) {
      consider(municipality, rank(merged.name, folded), { kind: 'merged', alias: merged.name, year: merged.year });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.match.municipality.name.localeCompare(b.match.municipality.name, 'nl'))
    .slice(0, limit)
    .map((candidate) => candidate.match);
}
