/**
 * The map of a note rendered to PNG with resvg, from the same SVG the window
 * draws (renderMapSvg), in the main process.
 *
 * Fonts: resvg runs with `loadSystemFonts: false` and no font files, so it
 * draws no text at all. The SVG is therefore rendered without its legend and
 * attribution, and cropped to the map; the legend and the source are Word
 * text in Verdana below it (mapPicture.ts): readable, searchable, and the
 * same on every machine. No network, no system fonts, no font file shipped.
 *
 * resvg is a native module outside the bundle (scripts/build-electron.mjs),
 * loaded on the first map rather than at start-up.
 */

/** Print resolution: 1600 px over the printed width of about 11 cm is some 370 dpi. */
export const MAP_PNG_WIDTH = 1600;

/**
 * Renders an SVG whose map part is its top-left `map.width` × `map.height` to a
 * PNG of the map alone, `pngWidth` pixels wide. resvg runs on libuv's thread
 * pool (renderAsync), so the main process stays responsive meanwhile.
 */
export async function renderMapPng(
  svg: string,
  map: { width: number; height: number },
  pngWidth: number = MAP_PNG_WIDTH,
): Promise<{ png: Uint8Array; widthPx: number; heightPx: number }> {
  const zoom = pngWidth / map.width;
  const heightPx = Math.round(map.height * zoom);
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    // The crop is in output pixels: the map, without the legend column and attribution strip.
    crop: { left: 0, top: 0, right: pngWidth, bottom: heightPx },
    background: '#ffffff',
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    logLevel: 'off',
  });
  return { png: new Uint8Array(image.asPng()), widthPx: image.width, heightPx: image.height };
}
