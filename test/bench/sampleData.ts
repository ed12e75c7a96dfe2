/**
 * Reproducible, realistic-looking text for benchmarks: Dutch words from the
 * ESS domain, a seeded generator, so every run writes the same bytes.
 */

/** mulberry32: small, fast, good enough to spread benchmark data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'signaal spanning gemeente wijk bijeenkomst gebedshuis zelforganisatie jongeren ouders school ' +
  'verkiezing campagne consulaat diaspora gemeenschap polarisatie discriminatie incident melding ' +
  'politie wijkagent burgemeester beleidsambtenaar sleutelfiguur netwerk overleg duiding advies ' +
  'kennissessie handreiking inmenging druk intimidatie sociale media bericht oproep demonstratie ' +
  'onrust zorgen vertrouwen contact afstemming vervolg actie partner ministerie signalering beeld ' +
  'escalatie de het een en van in op met voor over na bij door tegen tussen rond binnen afloop ' +
  'afgelopen week maand avond zaterdag centrum buurthuis vereniging moskee kerk stichting bestuur ' +
  'professionals leerkrachten ambtenaren organisaties betrokkenen deelnemers bezoekers inwoners ' +
  'gesprek gevoerd gemeld ontvangen gedeeld besproken toegenomen afgenomen ervaren uitgesproken'
).split(' ');

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function words(random: () => number, min: number, max: number): string {
  const count = min + Math.floor(random() * (max - min + 1));
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) out.push(pick(random, WORDS));
  return out.join(' ');
}

export function sentence(random: () => number, min: number, max: number): string {
  const text = words(random, min, max);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(random: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i += 1) out.push(sentence(random, 6, 18));
  return out.join(' ');
}

/** A v4-shaped UUID from the seeded generator (reproducible, unlike randomUUID). */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const START = Date.UTC(2023, 0, 1);
const SPAN_MS = 3 * 365 * 24 * 3600 * 1000;

/** An ISO timestamp somewhere in three years, in random order (as registrations arrive). */
export function timestamp(random: () => number): string {
  return new Date(START + Math.floor(random() * SPAN_MS)).toISOString();
}

export interface ItemRow {
  id: string;
  createdAt: string;
  title: string;
  body: string;
}

/** Rows shaped like signals: a short title and a paragraph or two of description. */
export function makeItemRows(count: number, seed = 1): ItemRow[] {
  const random = seededRandom(seed);
  const rows: ItemRow[] = [];
  for (let i = 0; i < count; i += 1) {
    rows.push({
      id: seededUuid(random),
      createdAt: timestamp(random),
      title: sentence(random, 4, 10),
      body: paragraph(random, 3 + Math.floor(random() * 6)),
    });
  }
  return rows;
}
