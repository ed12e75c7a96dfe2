import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInWorker } from '../../electron/briefing/runInWorker';
import { exportBriefing, exportContent } from '../../electron/services/briefings/export';
import type { BriefingDraftInput } from '../../shared/domain/briefing';
import { AMSTERDAM, DEN_HAAG, headingsOf, insertBriefingSignal, paragraphsOf, ROTTERDAM, tablesOf, unzipDocx, UTRECHT } from '../support/briefings';
import { openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';

/**
 * The municipality map in a signaleringsoverzicht, on a real encrypted case
 * file: the .docx unzipped, the PNG found in word/media and checked as a PNG
 * of print size, its alt text (descr=) naming the top municipalities by
 * hand-counted figures, the legend and the caption; and no picture when the
 * adviser unticks "Kaart opnemen" or the note is not an overview.
 */

const MAY = { from: '2026-05-01', to: '2026-05-31' } as const;
const MAY_TEXT = '1 mei 2026 t/m 31 mei 2026';
/** A former municipality that merged into Amsterdam (the register of 2026 has none of its own). */
const FORMER = 'GM9901';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let file: TestCaseFile;

beforeAll(() => {
  file = openTestCaseFile();
  const { db } = file;
  db.prepare(
    `INSERT INTO municipalities (code, name, province_code, province_name, valid_from, valid_to, merged_into)
     VALUES (?, 'Oud-Amstel-test', 'PV27', 'Noord-Holland', '1990-01-01', '2022-03-24', ?)`,
  ).run(FORMER, AMSTERDAM);
  const signal = (receivedOn: string, municipalities: string[], extra: { deleted?: boolean } = {}) =>
    insertBriefingSignal(db, { receivedOn, municipalities, themes: ['polarisatie'], ...extra });
  // Hand count for May: Utrecht 4, Amsterdam 3, Rotterdam 1.
  signal('2026-05-04', [UTRECHT]); // U1
  signal('2026-05-05', [UTRECHT]); // U2
  signal('2026-05-06', [UTRECHT, AMSTERDAM]); // U3, A1: once under each
  signal('2026-05-07', [UTRECHT]); // U4
  signal('2026-05-08', [FORMER]); // A2: through the merge
  signal('2026-05-11', [FORMER, AMSTERDAM]); // A3: once, though both codes are Amsterdam now
  signal('2026-05-12', [ROTTERDAM]); // R1
  signal('2026-05-13', []); // national: not on the map
  signal('2026-05-14', [DEN_HAAG], { deleted: true }); // deleted: not counted
  signal('2026-04-30', [DEN_HAAG]); // before the period
  // Only national signals in June: an overview without a map.
  signal('2026-06-03', []);
});
afterAll(() => file.close());

function overview(overrides: Partial<BriefingDraftInput> = {}): BriefingDraftInput {
  return { kind: 'signaleringsoverzicht', subject: 'Overzicht mei', selection: { ...MAY }, ...overrides };
}

async function exported(draft: BriefingDraftInput, options?: Parameters<typeof exportBriefing>[2]): Promise<Uint8Array> {
  const result = await exportBriefing(file.ctx('2026-06-02T10:00:00Z'), { draft }, options);
  return exportContent(file.db, result.export.id).bytes;
}

function mediaOf(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes)).filter(([name]) => name.startsWith('word/media/'));
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The docPr attributes of every drawing in the body: name, title and descr (the alt text). */
function drawingsOf(xml: string): { name: string; title: string; descr: string }[] {
  return [...xml.matchAll(/<wp:docPr [^>]*>/g)].map(([tag]) => ({
    name: /\bname="([^"]*)"/.exec(tag)?.[1] ?? '',
    title: /\btitle="([^"]*)"/.exec(tag)?.[1] ?? '',
    descr: /\bdescr="([^"]*)"/.exec(tag)?.[1] ?? '',
  }));
}

const CAPTION = `Figuur: signalen per gemeente, ${MAY_TEXT}. Bron kaart: CBS, Kadaster/PDOK`;

function checkMap(bytes: Uint8Array): void {
  const media = mediaOf(bytes);
  expect(media.map(([name]) => name)).toHaveLength(1);
  const [name, png] = media[0]!;
  expect(name).toMatch(/\.png$/);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.byteLength).toBeGreaterThan(10 * 1024);
  // Print resolution, the map's proportions (600 × 720).
  expect(pngSize(png)).toEqual({ width: 1600, height: 1920 });

  const xml = unzipDocx(bytes)['word/document.xml']!;
  const headings = headingsOf(xml).map((h) => `${h.level} ${h.text}`);
  expect(headings.slice(headings.indexOf('2 Signalen per provincie'), headings.indexOf('2 Signalen per provincie') + 3)).toEqual([
    '2 Signalen per provincie',
    '2 Signalen per gemeente',
    '2 Signalen per week',
  ]);
  const map = drawingsOf(xml).find((drawing) => drawing.name === 'Signalen per gemeente');
  expect(map).toBeDefined();
  expect(map!.title).toBe('Signalen per gemeente');
  expect(map!.descr).toBe(
    `Kaart van Nederland met het aantal signalen per gemeente, ${MAY_TEXT}. ` +
      '3 gemeenten met ten minste één signaal. Meeste signalen: Utrecht 4, Amsterdam 3 en Rotterdam 1. ' +
      'Hoe donkerder de gemeente, hoe meer signalen (klassen: 0; 1; 2–3; 4).',
  );
  // The legend as Word text: the classes of 339 zeros, 1, 3 and 4, lightest first, with their colours.
  const legend = tablesOf(xml).find((table) => table.rows[0]?.includes('0 signalen'));
  expect(legend?.rows[0]?.filter((cell) => cell !== '')).toEqual(['0 signalen', '1 signaal', '2–3 signalen', '4 signalen']);
  for (const fill of ['FFFFCC', 'A1DAB4', '2C7FB8', '253494']) expect(xml).toContain(`w:fill="${fill}"`);
  expect(paragraphsOf(xml)).toContainEqual({ style: 'Caption', text: CAPTION });
}

describe('the map in a signaleringsoverzicht', () => {
  it('includes the map by default: a print-size PNG with alt text naming the top municipalities, a legend and the caption', async () => {
    checkMap(await exported(overview()));
  });

  it('builds the same picture when the document is packed in the briefing worker (the app’s route)', async () => {
    const worker = { workerUrl: new URL('../../electron/briefing/worker.ts', import.meta.url), tsxApiUrl: import.meta.resolve('tsx/esm/api') };
    checkMap(await exported(overview(), { render: (model) => renderInWorker(model, worker) }));
  });

  it('has no picture when "Kaart opnemen" is unticked', async () => {
    const bytes = await exported(overview({ includeMap: false }));
    expect(mediaOf(bytes)).toEqual([]);
    const xml = unzipDocx(bytes)['word/document.xml']!;
    expect(headingsOf(xml).map((h) => h.text)).not.toContain('Signalen per gemeente');
    expect(xml).not.toContain('Figuur: signalen per gemeente');
  });

  it('has no map in a nota, and none in an overview whose signals have no municipality', async () => {
    const nota = await exported({ kind: 'informatienota', subject: 'Nota mei', selection: { ...MAY }, includeMap: true });
    expect(mediaOf(nota)).toEqual([]);
    const national = await exported(overview({ selection: { from: '2026-06-01', to: '2026-06-30' } }));
    expect(mediaOf(national)).toEqual([]);
    expect(unzipDocx(national)['word/document.xml']).not.toContain('Figuur: signalen per gemeente');
  });
});
