import type { Db } from '../../../db/connection';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import type { MapPictureModel } from '../../../shared/domain/briefingDocument';
import type { BriefingDraft } from '../../../shared/domain/briefing';
import { classOf, numericClasses, type MapClass } from '../../../shared/map/mapClasses';
import { mapGeometry, renderMapSvg } from '../../../shared/map/municipalityMap';
import { renderMapPng } from '../../briefing/mapImage';
import type { GatheredBriefing } from './gather';

/**
 * The map picture of a signaleringsoverzicht: the note's own signals (its
 * period and selection) counted per municipality of 2026, coloured with the
 * window's classes and palette, rendered from the window's SVG to PNG.
 *
 * A signal with several municipalities counts once under each; a former
 * municipality counts under the one it merged into (the chain of
 * municipalities.merged_into, followed to the end); national signals have
 * no municipality and are not on the map.
 */

/** The map's own proportions (the country fills the width); the PNG is scaled from it. */
const MAP_SIZE = { width: 600, height: 720 } as const;
const TITLE = 'Signalen per gemeente';
const SOURCE = 'Bron kaart: CBS, Kadaster/PDOK';
const TOP = 5;

const dutch = new Intl.NumberFormat('nl-NL');
const formatCount = (n: number): string => dutch.format(n);
const signalsWord = (n: number): string => (n === 1 ? 'signaal' : 'signalen');

/** Current (2026) code of every municipality ever in the register. */
export function currentMunicipalityCodes(db: Db): Map<string, string> {
  const mergedInto = new Map(listMunicipalities(db, { provinceCodes: [], includeFormer: true }).map((row) => [row.code, row.mergedInto]));
  const current = new Map<string, string>();
  for (const code of mergedInto.keys()) {
    let at = code;
    // Bounded: the register has no cycles, but a damaged one must not hang an export.
    for (let step = 0; step < 20 && mergedInto.get(at); step += 1) at = mergedInto.get(at)!;
    current.set(code, at);
  }
  return current;
}

export interface MunicipalityCount {
  code: string;
  name: string;
  count: number;
}

/** Signals per current municipality, most first (then by name); municipalities without signals are left out. */
export function signalsPerMunicipality(gathered: GatheredBriefing, currentCodes: ReadonlyMap<string, string>): MunicipalityCount[] {
  const counts = new Map<string, number>();
  for (const signal of gathered.signals) {
    const codes = new Set(signal.municipalities.map((code) => currentCodes.get(code) ?? code));
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .map(([code, count]) => ({ code, name: gathered.places.get(code)?.name ?? code, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'));
}

function inWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** The text alternative: what the map shows, the classes, and the top municipalities by name. */
export function mapAltText(counted: readonly MunicipalityCount[], classes: readonly MapClass[], period: string | null): string {
  const when = period ? `, ${period}` : '';
  const places = counted.length === 1 ? '1 gemeente' : `${formatCount(counted.length)} gemeenten`;
  const top = counted.slice(0, TOP).map((line) => `${line.name} ${formatCount(line.count)}`);
  const legend = classes.map((c) => c.label).join('; ');
  return (
    `Kaart van Nederland met het aantal signalen per gemeente${when}. ` +
    `${places} met ten minste één signaal. Meeste signalen: ${inWords(top)}. ` +
    `Hoe donkerder de gemeente, hoe meer signalen (klassen: ${legend}).`
  );
}

/** Whether this note gets a map: a signaleringsoverzicht that asks for it. */
export function wantsMap(draft: Pick<BriefingDraft, 'kind' | 'includeMap'>): boolean {
  return draft.kind === 'signaleringsoverzicht' && draft.includeMap;
}

/**
 * The picture, or null when the note asks for none or no included signal
 * has a municipality (a map of only zeros says nothing).
 */
export async function mapPictureFor(db: Db, draft: BriefingDraft, gathered: GatheredBriefing, period: string | null): Promise<MapPictureModel | null> {
  if (!wantsMap(draft)) return null;
  const counted = signalsPerMunicipality(gathered, currentMunicipalityCodes(db));
  if (counted.length === 0) return null;

  const geometry = mapGeometry(MAP_SIZE.width, MAP_SIZE.height);
  const byCode = new Map(counted.map((line) => [line.code, line.count]));
  const values = geometry.municipalities.map((shape) => byCode.get(shape.code) ?? 0);
  const classes = numericClasses(values, formatCount);
  const fills = new Map<string, string>();
  geometry.municipalities.forEach((shape, i) => {
    const found = classOf(classes, values[i]!);
    if (found) fills.set(shape.code, found.fill);
  });
  const altText = mapAltText(counted, classes, period);
  // The legend and attribution are Word text (see mapPicture.ts): none in the SVG.
  const svg = renderMapSvg(geometry, fills, { title: TITLE, description: altText, legend: [], attribution: '' });
  const rendered = await renderMapPng(svg, geometry);
  return {
    ...rendered,
    title: TITLE,
    altText,
    legend: classes.map((c) => ({ fill: c.fill.replace('#', '').toUpperCase(), label: `${c.label} ${signalsWord(c.max)}` })),
    caption: `Figuur: signalen per gemeente${period ? `, ${period}` : ''}. ${SOURCE}`,
  };
}
