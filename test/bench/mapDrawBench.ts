import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { renderMapPng } from '../../electron/briefing/mapImage';
import { numericClasses, classOf } from '../../shared/map/mapClasses';
import { mapGeometry, renderMapSvg, type MapGeometry } from '../../shared/map/municipalityMap';
import { nowMs, type BenchRun, type BenchSuite } from './measure';

/**
 * The municipality map (issue 11): what it costs to build and to draw.
 *
 * - The geometry model in Node (`mapGeometry`: TopoJSON to 342 + 12 SVG
 *   paths through d3-geo) against the floor of only parsing the TopoJSON
 *   text (JSON.parse). mapGeometry is memoised per size, so each iteration
 *   asks for a size not built before.
 * - The first draw in Debian's Chromium: a blank page gets the map's SVG
 *   (renderMapSvg, as the window and the note draw it) inserted, and the
 *   time until the frame after it is painted (two requestAnimationFrames) is
 *   the figure; a fresh page per load. Floor: the same for an SVG of 342
 *   plain rectangles. Chromium runs without a frame-rate limit, so a frame
 *   is not rounded up to 60 Hz.
 * - The PNG of the note (resvg, 1600 px wide) against resvg drawing the
 *   342 rectangles at the same size.
 * Ratios only; nothing is asserted.
 *
 *   npm run bench -- map
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOPOLOGY = path.join(ROOT, 'shared/map/data/gemeente_2026.topojson.json');
const SIZE = { width: 600, height: 720 } as const;
const GEOMETRY_RUNS = 20;
const LOADS = 10;
const PNG_RUNS = 8;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
];

/** Fills as the window gives them: counts 0–20 spread over the municipalities, in the map's classes. */
function mapSvg(geometry: MapGeometry): string {
  const values = geometry.municipalities.map((_, i) => (i * 7) % 21);
  const classes = numericClasses(values, String);
  const fills = new Map(geometry.municipalities.map((shape, i) => [shape.code, classOf(classes, values[i]!)?.fill ?? '#ffffff']));
  return renderMapSvg(geometry, fills, { title: 'Signalen per gemeente', description: 'Benchmark', legend: classes, attribution: 'Bron: CBS, Kadaster/PDOK' });
}

/** 342 plain rectangles in a grid of the same size: the least a browser can draw for as many shapes. */
function rectanglesSvg(count: number, width: number, height: number): string {
  const columns = 18;
  const w = width / columns;
  const h = height / Math.ceil(count / columns);
  const rects = Array.from({ length: count }, (_, i) => {
    const x = (i % columns) * w;
    const y = Math.floor(i / columns) * h;
    return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(w - 1).toFixed(1)}" height="${(h - 1).toFixed(1)}" fill="#41b6c4"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rects.join('')}</svg>`;
}

function geometryBuild(bench: BenchRun): void {
  const text = fs.readFileSync(TOPOLOGY, 'utf8');
  // Warm the JIT (and d3's modules) on sizes not measured.
  for (let i = 0; i < 2; i += 1) mapGeometry(SIZE.width - 1 - i, SIZE.height);
  bench.compare({ warmup: 1, n: GEOMETRY_RUNS }, [
    { id: 'map.parse', label: 'floor: JSON.parse of the municipality TopoJSON (129 kB)', run: () => JSON.parse(text) },
    {
      id: 'map.geometry',
      label: 'mapGeometry (342 municipalities + 12 provinces, d3-geo paths)',
      floor: { id: 'map.parse', label: 'JSON.parse' },
      // A size never built before: the memo would otherwise return at once.
      run: (i) => mapGeometry(SIZE.width + 1 + i, SIZE.height),
    },
  ]);
}

async function timeFirstDraw(browser: Browser, svg: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.setContent('<!doctype html><html lang="nl"><head><title>Kaart</title></head><body></body></html>');
    return await page.evaluate(async (markup) => {
      const start = performance.now();
      document.body.insertAdjacentHTML('beforeend', markup);
      // The first callback runs before the frame that shows the SVG is painted, the second after it.
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      return performance.now() - start;
    }, svg);
  } finally {
    await page.close();
  }
}

async function firstDraw(bench: BenchRun, geometry: MapGeometry): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const map = mapSvg(geometry);
    const rectangles = rectanglesSvg(geometry.municipalities.length, geometry.width, geometry.height);
    bench.info(`map SVG ${(map.length / 1024).toFixed(0)} kB, rectangles SVG ${(rectangles.length / 1024).toFixed(0)} kB; Chromium ${browser.version()}`);
    const floorSamples: number[] = [];
    const mapSamples: number[] = [];
    // One warm-up load of each, then alternate so background load hits both alike.
    await timeFirstDraw(browser, rectangles);
    await timeFirstDraw(browser, map);
    for (let i = 0; i < LOADS; i += 1) {
      floorSamples.push(await timeFirstDraw(browser, rectangles));
      mapSamples.push(await timeFirstDraw(browser, map));
    }
    const floor = bench.record('map.draw.rects', 'floor: Chromium first draw of 342 plain rectangles (SVG)', floorSamples);
    bench.record('map.draw', 'Chromium first draw of the municipality map (renderMapSvg)', mapSamples, {
      floor: { of: floor, label: '342 rects' },
      note: 'insertion to the frame after it (two requestAnimationFrames), fresh page per load, no frame-rate limit',
    });
  } finally {
    await browser.close();
  }
}

async function notePicture(bench: BenchRun, geometry: MapGeometry): Promise<void> {
  const map = renderMapSvg(geometry, new Map(), { title: 'Signalen per gemeente', description: 'Benchmark', legend: [], attribution: '' });
  const rectangles = rectanglesSvg(geometry.municipalities.length, geometry.width, geometry.height);
  const time = async (svg: string): Promise<number> => {
    const start = nowMs();
    await renderMapPng(svg, geometry);
    return nowMs() - start;
  };
  await time(rectangles);
  await time(map);
  const floorSamples: number[] = [];
  const mapSamples: number[] = [];
  for (let i = 0; i < PNG_RUNS; i += 1) {
    floorSamples.push(await time(rectangles));
    mapSamples.push(await time(map));
  }
  const floor = bench.record('map.png.rects', 'floor: resvg PNG of 342 plain rectangles, 1600 px', floorSamples);
  bench.record('map.png', 'resvg PNG of the map for a note, 1600 px (renderMapPng)', mapSamples, { floor: { of: floor, label: '342 rects' } });
}

export const mapDrawSuite: BenchSuite = {
  name: 'map: geometry and first draw',
  async run(bench) {
    const started = nowMs();
    const geometry = mapGeometry(SIZE.width, SIZE.height);
    bench.info(`first mapGeometry (cold: module load, TopoJSON decode, projection fit): ${(nowMs() - started).toFixed(0)} ms`);
    geometryBuild(bench);
    await firstDraw(bench, geometry);
    await notePicture(bench, geometry);
  },
};
