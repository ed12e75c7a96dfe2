import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import municipalityTopology from './data/gemeente_2026.topojson.json' with { type: 'json' };
import provinceTopology from './data/provincie_2026.topojson.json' with { type: 'json' };
import { NO_DATA_BACKGROUND, NO_DATA_HATCH, NO_DATA_PATTERN_ID, type MapClass } from './mapClasses';

export type { MapClass } from './mapClasses';

/**
 * The offline map of the 342 municipalities of 2026 with the 12 province
 * borders (CBS boundaries via PDOK, simplified by cartomap/nl; see
 * shared/map/data/README.md). Pure: no DOM and no Node, so the window draws
 * it as JSX and the main process renders the same shapes to PNG.
 */

/** One area: its CBS code, name and SVG path data in the map's pixel space. */
export interface MapShape {
  code: string;
  name: string;
  path: string;
  /** The area's centre in the same pixels: where arrow keys move from (nearest neighbour in a direction). */
  centroid: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  municipalities: MapShape[];
  provinces: MapShape[];
  /** Every province boundary once (coast and inner borders), for a stroke on top. */
  provinceBorders: string;
}

interface AreaProperties {
  statcode: string;
  statnaam: string;
}

type AreaTopology = Topology<{ [name: string]: GeometryCollection<AreaProperties> }>;

const MUNICIPALITIES = municipalityTopology as unknown as AreaTopology;
const PROVINCES = provinceTopology as unknown as AreaTopology;

function areas(topology: AreaTopology, object: string): FeatureCollection<Geometry, AreaProperties> {
  return feature(topology, topology.objects[object]!) as FeatureCollection<Geometry, AreaProperties>;
}

const cache = new Map<string, MapGeometry>();

/**
 * The map fitted into width × height pixels (Mercator, which keeps the
 * country's familiar shape at this scale), paths rounded to 0.1 px.
 * Memoised per size: building it takes some milliseconds and the shapes never change.
 */
export function mapGeometry(width: number, height: number): MapGeometry {
  const key = `${width}x${height}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const municipalities = areas(MUNICIPALITIES, 'gemeente_2026');
  const provinces = areas(PROVINCES, 'provincie_2026');
  const projection = geoMercator().fitSize([width, height], provinces);
  const path = geoPath(projection).digits(1);
  const shape = (area: Feature<Geometry, AreaProperties>): MapShape => ({
    code: area.properties.statcode,
    name: area.properties.statnaam,
    path: path(area) ?? '',
    centroid: path.centroid(area).map((n) => Math.round(n * 10) / 10) as [number, number],
  });
  const provinceObject = PROVINCES.objects['provincie_2026']!;

  const geometry: MapGeometry = {
    width,
    height,
    municipalities: municipalities.features.map(shape),
    provinces: provinces.features.map(shape),
    provinceBorders: path(mesh(PROVINCES, provinceObject)) ?? '',
  };
  cache.set(key, geometry);
  return geometry;
}

export interface MapSvgOptions {
  /** Becomes the SVG's <title> and the legend heading. */
  title: string;
  /** Becomes <desc>: the text alternative (what the map shows, in a sentence or two). */
  description: string;
  legend: MapClass[];
  /** "Bron: CBS, Kadaster/PDOK", printed under the map. */
  attribution: string;
}

const LEGEND_WIDTH = 230;
const LEGEND_ROW = 24;
const MARGIN = 12;
const ATTRIBUTION_HEIGHT = 22;
const FONT = 'font-family="Verdana, DejaVu Sans, sans-serif"';
/** A municipality without a colour of its own. */
const UNFILLED = '#ffffff';
const MUNICIPALITY_STROKE = '#ffffff';
const PROVINCE_STROKE = '#4d4d4d';
const TEXT = '#1a1a1a';

/** Escapes text for XML content and attribute values. */
function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The hatch for "geen gegevens" (shared with the window's map through the pattern id). */
export function noDataPatternSvg(id: string = NO_DATA_PATTERN_ID): string {
  return (
    `<pattern id="${xml(id)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${NO_DATA_BACKGROUND}"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${NO_DATA_HATCH}" stroke-width="2"/>` +
    `</pattern>`
  );
}

/**
 * A standalone SVG document of the map: the municipalities filled from
 * `fills` (code → colour; missing codes stay white), province borders on
 * top, the legend to the right and the attribution under the map.
 * Presentation attributes only (no style attributes, no <style>), so it
 * renders the same in resvg and under the window's CSP.
 */
export function renderMapSvg(geometry: MapGeometry, fills: ReadonlyMap<string, string>, options: MapSvgOptions): string {
  const width = geometry.width + LEGEND_WIDTH;
  const legendHeight = MARGIN + LEGEND_ROW * (options.legend.length + 1);
  const height = Math.max(geometry.height, legendHeight) + ATTRIBUTION_HEIGHT;
  const parts: string[] = [];

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${xml(options.title)}</title>`,
    `<desc id="map-desc">${xml(options.description)}</desc>`,
    `<defs>${noDataPatternSvg()}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g stroke="${MUNICIPALITY_STROKE}" stroke-width="0.5" stroke-linejoin="round">`,
  );
  for (const municipality of geometry.municipalities) {
    const fill = fills.get(municipality.code) ?? UNFILLED;
    parts.push(`<path d="${municipality.path}" fill="${xml(fill)}"><title>${xml(municipality.name)}</title></path>`);
  }
  parts.push(
    '</g>',
    `<path d="${geometry.provinceBorders}" fill="none" stroke="${PROVINCE_STROKE}" stroke-width="1" stroke-linejoin="round"/>`,
  );

  const x = geometry.width + MARGIN;
  parts.push(
    `<text x="${x}" y="${MARGIN + 14}" ${FONT} font-size="13" font-weight="bold" fill="${TEXT}">${xml(options.title)}</text>`,
  );
  options.legend.forEach((entry, i) => {
    const y = MARGIN + LEGEND_ROW * (i + 1);
    parts.push(
      `<rect x="${x}" y="${y + 4}" width="28" height="16" fill="${xml(entry.fill)}" stroke="${PROVINCE_STROKE}" stroke-width="0.5"/>`,
      `<text x="${x + 36}" y="${y + 17}" ${FONT} font-size="12" fill="${TEXT}">${xml(entry.label)}</text>`,
    );
  });
  parts.push(
    `<text x="${MARGIN}" y="${height - 7}" ${FONT} font-size="11" fill="${TEXT}">${xml(options.attribution)}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

export type MapDirection = 'up' | 'down' | 'left' | 'right';

const DIRECTIONS: Record<MapDirection, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
/** Larger than any distance on the map: outside the cone only when nothing is inside it. */
const OUTSIDE_CONE = 1e6;

/**
 * The area to move to from `from` with an arrow key: the nearest centre
 * within 45° of the key's direction; when there is none, the nearest centre
 * anywhere on that side. Null at the edge of the map. With this rule every
 * municipality can be reached from every other by arrow keys alone (tested).
 */
export function neighbourInDirection(shapes: readonly MapShape[], from: MapShape, direction: MapDirection): MapShape | null {
  const [ux, uy] = DIRECTIONS[direction];
  let best: MapShape | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const shape of shapes) {
    if (shape === from) continue;
    const dx = shape.centroid[0] - from.centroid[0];
    const dy = shape.centroid[1] - from.centroid[1];
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const aside = Math.abs(dx * uy - dy * ux);
    const score = (aside > along ? OUTSIDE_CONE : 0) + Math.hypot(dx, dy);
    if (score < bestScore) {
      bestScore = score;
      best = shape;
    }
  }
  return best;
}
