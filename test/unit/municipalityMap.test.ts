import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES_2026 } from '../../db/migrations/data/municipalities2026';
import {
  classOf,
  NO_DATA_FILL,
  noDataClass,
  numericClasses,
  SEQUENTIAL_PALETTE,
  STATUS_FILLS,
  statusClasses,
} from '../../shared/map/mapClasses';
import { mapGeometry, neighbourInDirection, renderMapSvg } from '../../shared/map/municipalityMap';

const dutch = (n: number) => n.toLocaleString('nl-NL');

describe('municipality map geometry', () => {
  const geometry = mapGeometry(560, 660);

  it('has the 342 municipalities of the register, by code and name, each with a path', () => {
    expect(geometry.municipalities).toHaveLength(342);
    const shapes = new Map(geometry.municipalities.map((m) => [m.code, m.name]));
    expect(shapes.size).toBe(342);
    for (const [code, name] of MUNICIPALITIES_2026) expect(shapes.get(code)).toBe(name);
    for (const shape of geometry.municipalities) expect(shape.path).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('has the 12 provinces and their borders', () => {
    expect(geometry.provinces.map((p) => p.code).sort()).toEqual(
      ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'],
    );
    for (const shape of geometry.provinces) expect(shape.path.length).toBeGreaterThan(20);
    expect(geometry.provinceBorders.length).toBeGreaterThan(1000);
  });

  it('fits the whole country inside the requested size', () => {
    const numbers = geometry.municipalities.flatMap((m) => (m.path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(660);
    // Fitted to the height: the country is taller than wide, so it touches top and bottom.
    expect(Math.max(...numbers)).toBeGreaterThan(655);
  });

  it('is memoised per size', () => {
    expect(mapGeometry(560, 660)).toBe(geometry);
    expect(mapGeometry(300, 360)).not.toBe(geometry);
  });
});

describe('renderMapSvg', () => {
  it('is a standalone SVG document with title, description, legend, fills and attribution', () => {
    const geometry = mapGeometry(400, 470);
    const legend = [...numericClasses([0, 1, 2, 5, 9], dutch), noDataClass('geen gegevens')];
    const svg = renderMapSvg(geometry, new Map([['GM0344', SEQUENTIAL_PALETTE[4]]]), {
      title: 'Signalen <per> gemeente & week',
      description: 'Utrecht: 9 signalen.',
      legend,
      attribution: 'Bron: CBS, Kadaster/PDOK',
    });
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.nodeName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Signalen <per> gemeente & week');
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe('Utrecht: 9 signalen.');
    // 342 municipalities + the province borders.
    const paths = Array.from(doc.getElementsByTagName('path'));
    expect(paths).toHaveLength(343);
    const utrecht = paths.find((p) => p.getElementsByTagName('title')[0]?.textContent === 'Utrecht')!;
    expect(utrecht.getAttribute('fill')).toBe(SEQUENTIAL_PALETTE[4]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['0', '1', '2', '3–5', '6–9', 'geen gegevens', 'Bron: CBS, Kadaster/PDOK']));
    // Nothing the window's CSP or resvg would treat differently.
    expect(svg).not.toMatch(/style=|<style|<script/);
  });
});

describe('map classes', () => {
  it('gives 0 a class of its own and splits the rest at quantiles, without overlap', () => {
    const values = [0, 0, 0, 1, 1, 2, 3, 4, 5, 8, 13, 40, null];
    const classes = numericClasses(values, dutch);
    expect(classes.map((c) => c.label)).toEqual(['0', '1–2', '3–4', '5–8', '9–40']);
    expect(classes.map((c) => c.fill)).toEqual([...SEQUENTIAL_PALETTE]);
    for (const value of values) {
      if (value === null) expect(classOf(classes, value)).toBeNull();
      else expect(classOf(classes, value)).not.toBeNull();
    }
  });

  it('uses fewer classes when there are few distinct values, keeping the palette ends', () => {
    const classes = numericClasses([0, 0, 3, 3], dutch);
    expect(classes).toEqual([
      { label: '0', fill: SEQUENTIAL_PALETTE[0], min: 0, max: 0 },
      { label: '3', fill: SEQUENTIAL_PALETTE[4], min: 3, max: 3 },
    ]);
    expect(numericClasses([null, null], dutch)).toEqual([]);
    expect(numericClasses([0, 0], dutch)).toEqual([{ label: '0', fill: SEQUENTIAL_PALETTE[0], min: 0, max: 0 }]);
  });

  it('writes bounds the Dutch way', () => {
    const classes = numericClasses([1200, 5000, 78160, 90000, 100000], dutch);
    // Bounds touch: each class starts one above the previous one's top.
    expect(classes.map((c) => c.label)).toEqual(['1.200', '1.201–5.000', '5.001–78.160', '78.161–90.000', '90.001–100.000']);
  });

  it('has three status classes that differ in lightness, and a hatch for no data', () => {
    const classes = statusClasses({ alarm: 'Alarm', reviewed: 'Beoordeeld', none: 'Geen' });
    expect(classes.map((c) => c.fill)).toEqual([STATUS_FILLS.alarm, STATUS_FILLS.reviewed, STATUS_FILLS.none]);
    const lightness = classes.map((c) => relativeLuminance(c.fill));
    expect(lightness[0]!).toBeLessThan(lightness[1]!);
    expect(lightness[1]!).toBeLessThan(lightness[2]!);
    expect(noDataClass('geen gegevens').fill).toBe(NO_DATA_FILL);
  });

  it('palette darkens step by step', () => {
    const lightness = SEQUENTIAL_PALETTE.map(relativeLuminance);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]!).toBeLessThan(lightness[i - 1]!);
  });
});

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('moving through the map with arrow keys', () => {
  const { municipalities } = mapGeometry(560, 660);
  const byName = (name: string) => municipalities.find((m) => m.name === name)!;

  it('goes to a neighbour in the direction of the key', () => {
    const utrecht = byName('Utrecht');
    for (const direction of ['up', 'down', 'left', 'right'] as const) {
      const next = neighbourInDirection(municipalities, utrecht, direction)!;
      expect(next).not.toBeNull();
      const [dx, dy] = [next.centroid[0] - utrecht.centroid[0], next.centroid[1] - utrecht.centroid[1]];
      if (direction === 'up') expect(dy).toBeLessThan(0);
      if (direction === 'down') expect(dy).toBeGreaterThan(0);
      if (direction === 'left') expect(dx).toBeLessThan(0);
      if (direction === 'right') expect(dx).toBeGreaterThan(0);
      // A neighbour, not a municipality across the country.
      expect(Math.hypot(dx, dy)).toBeLessThan(40);
    }
  });

  it('stops at the edge of the country', () => {
    const north = [...municipalities].sort((a, b) => a.centroid[1] - b.centroid[1])[0]!;
    expect(neighbourInDirection(municipalities, north, 'up')).toBeNull();
    const south = [...municipalities].sort((a, b) => b.centroid[1] - a.centroid[1])[0]!;
    expect(south.name).toBe('Vaals');
    expect(neighbourInDirection(municipalities, south, 'down')).toBeNull();
  });

  it('reaches every municipality from Utrecht by arrow keys alone', () => {
    const seen = new Set<string>(['GM0344']);
    const queue = [byName('Utrecht')];
    while (queue.length > 0) {
      const at = queue.shift()!;
      for (const direction of ['up', 'down', 'left', 'right'] as const) {
        const next = neighbourInDirection(municipalities, at, direction);
        if (next && !seen.has(next.code)) {
          seen.add(next.code);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(342);
  });
});
