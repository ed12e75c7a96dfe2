import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefing, exportContent } from '../../electron/services/briefings/export';
import { updateHouseStyle } from '../../electron/services/briefings/houseStyle';
import type { BriefingDraftInput } from '../../shared/domain/briefing';
import {
  fieldsOf,
  headingsOf,
  LONG_WORD,
  marchDraft,
  OUTSIDER,
  paragraphsOf,
  partsMatching,
  PERSON_NAME,
  PERSONAL_MARKER,
  seedBriefingRecords,
  SPECIAL,
  tableWithHeader,
  unzipDocx,
  type DocxParts,
  type SeededRecords,
} from '../support/briefings';
import { openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';

/**
 * Each kind of note generated from a fixture case file and read back: the
 * .docx unzipped, its XML parsed. What must be there (outline, tables,
 * classification on every page, page numbers, text that survives) and what
 * must not (unselected records, personal data that was not included).
 */

let file: TestCaseFile;
let seeded: SeededRecords;

beforeAll(() => {
  file = openTestCaseFile();
  seeded = seedBriefingRecords(file.db);
});
afterAll(() => file.close());

async function generate(draft: BriefingDraftInput): Promise<DocxParts> {
  const result = await exportBriefing(file.ctx(), { draft });
  return unzipDocx(exportContent(file.db, result.export.id).bytes);
}

const headingTexts = (parts: DocxParts) => headingsOf(parts['word/document.xml']!).map((h) => `${h.level} ${h.text}`);

const NOTE_OUTLINE = [
  '1 Aanleiding',
  '1 Kernpunten',
  '1 Toelichting',
  '2 Beeld',
  '2 Duiding',
  '2 Contacten en acties',
  '3 Contacten in de periode',
  '3 Open acties',
  '2 Vervolg/advies',
  '1 Afstemming',
  '1 Niet openbaar',
  '1 Bijlagen',
  '1 Parafen',
];

/** The signals the March draft includes: both themes, live, in the period; never the outsiders. */
const MARCH_SIGNALS = 3;

describe('briefing documents', () => {
  it('writes an informatienota in the outline of the design, with Word heading styles and the title block', async () => {
    const parts = await generate(marchDraft('informatienota'));
    expect(headingTexts(parts)).toEqual(NOTE_OUTLINE);
    const paragraphs = paragraphsOf(parts['word/document.xml']!);
    expect(paragraphs[0]).toEqual({ style: 'Title', text: 'Nota' });
    const texts = paragraphs.map((p) => p.text);
    for (const line of ['Aan\tMinister van Sociale Zaken en Werkgelegenheid', 'Betreft\tTest informatienota', 'Doel\tTer informatie']) {
      expect(texts).toContain(line);
    }
    expect(texts).toContain('Kenmerk');
    expect(texts.some((text) => /^ESS-2026-\d{4}$/.test(text))).toBe(true);
    const styles = parts['word/styles.xml']!;
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toMatch(/<w:rFonts w:ascii="Verdana"/);
    expect(parts['word/theme/theme1.xml']).toContain('typeface="Verdana"');
  });

  it('puts Geadviseerd besluit after Aanleiding and the deadline in the title block of a beslisnota', async () => {
    const parts = await generate(
      marchDraft('beslisnota', { deadline: '2026-04-01', sections: { geadviseerdBesluit: 'Instemmen met een kennissessie.' } }),
    );
    expect(headingTexts(parts)).toEqual([NOTE_OUTLINE[0], '1 Geadviseerd besluit', ...NOTE_OUTLINE.slice(1)]);
    const texts = paragraphsOf(parts['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain('Doel\tTer beslissing');
    expect(texts).toContain('Deadline\t1 april 2026');
    expect(texts).toContain('Instemmen met een kennissessie.');
  });

  it('writes a signaleringsoverzicht with counts by theme, province and week, a chart with alt text, actions and contacts', async () => {
    const parts = await generate(marchDraft('signaleringsoverzicht'));
    expect(headingTexts(parts)).toEqual([
      '1 Kernpunten',
      '1 Periode en selectie',
      '1 Aantallen',
      '2 Signalen per thema',
      '2 Signalen per provincie',
      '2 Signalen per gemeente',
      '2 Signalen per week',
      '1 Geselecteerde signalen',
      '1 Contacten in de periode',
      '1 Open acties',
      '1 Duiding',
    ]);
    const xml = parts['word/document.xml']!;
    expect(tableWithHeader(xml, 'Thema', 'Aantal').rows.slice(1)).toEqual([
      ['Polarisatie', '2'],
      ['Discriminatie', '1'],
    ]);
    expect(tableWithHeader(xml, 'Provincie', 'Aantal').rows.slice(1)).toEqual([
      ['Noord-Holland', '1'],
      ['Utrecht', '1'],
      ['Zuid-Holland', '1'],
    ]);
    // 1 March 2026 is a Sunday (ISO week 9); 31 March lies in week 14.
    const weeks = tableWithHeader(xml, 'Week', 'Aantal').rows.slice(1);
    expect(weeks.map(([label]) => label!.split(' (')[0])).toEqual(['Week 9', 'Week 10', 'Week 11', 'Week 12', 'Week 13', 'Week 14']);
    expect(weeks.map(([, count]) => Number(count))).toEqual([0, 1, 1, 1, 0, 0]);
    expect(tableWithHeader(xml, 'Nr.', 'Actie').rows.slice(1).map((row) => row[1])).toEqual(['Kennissessie voor jongerenwerkers organiseren']);
    expect(tableWithHeader(xml, 'Datum', 'Vorm').rows.slice(1).map((row) => row[3])).toEqual(['Overleg met de gemeente over het buurthuis']);

    const [chart] = partsMatching(parts, /^word\/charts\/chart\d+\.xml$/);
    expect(chart).toBeDefined();
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Staafdiagram van het aantal signalen per week\. Week 9[^"]*: 0;/);
  });

  it.each(['informatienota', 'beslisnota', 'signaleringsoverzicht'] as const)(
    'lists one table row per selected signal under one repeating header row (%s)',
    async (kind) => {
      const parts = await generate(marchDraft(kind));
      const table = tableWithHeader(parts['word/document.xml']!, 'Nr.', 'Datum', 'Gemeente', 'Thema');
      expect(table.rows).toHaveLength(MARCH_SIGNALS + 1);
      expect(table.headerRows).toBe(1);
      expect(table.layoutFixed).toBe(true);
      expect(table.cantSplitRows).toBe(MARCH_SIGNALS + 1);
      expect(table.gridWidths.every((width) => width > 500)).toBe(true);
      expect(table.rows.slice(1).map((row) => row[0])).toEqual(['SIG-2026-0001', 'SIG-2026-0002', 'SIG-2026-0003']);
    },
  );

  it.each(['informatienota', 'signaleringsoverzicht'] as const)(
    'prints the classification in capitals in every header and footer part, with PAGE and NUMPAGES fields (%s)',
    async (kind) => {
      const parts = await generate(marchDraft(kind, { classification: 'departementaal-vertrouwelijk' }));
      const headers = partsMatching(parts, /^word\/header\d+\.xml$/);
      const footers = partsMatching(parts, /^word\/footer\d+\.xml$/);
      expect(headers).toHaveLength(3);
      expect(footers).toHaveLength(3);
      for (const [, xml] of [...headers, ...footers]) {
        expect(paragraphsOf(xml).map((p) => p.text).join('\n')).toContain('DEPARTEMENTAAL VERTROUWELIJK');
      }
      for (const [, xml] of footers) {
        expect(fieldsOf(xml)).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
        expect(paragraphsOf(xml).map((p) => p.text).join('')).toMatch(/Pagina .* van /);
      }
      const sectPr = parts['word/document.xml']!.match(/<w:sectPr[\s\S]*<\/w:sectPr>/)![0];
      for (const type of ['default', 'first', 'even']) {
        expect(sectPr).toMatch(new RegExp(`<w:headerReference w:type="${type}"`));
        expect(sectPr).toMatch(new RegExp(`<w:footerReference w:type="${type}"`));
      }
      expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders');
    },
  );

  it('keeps XML-special characters and long Dutch words intact', async () => {
    const parts = await generate(marchDraft('informatienota'));
    const texts = paragraphsOf(parts['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain(`Duiding met ${SPECIAL} en ${LONG_WORD}.`);
    const table = tableWithHeader(parts['word/document.xml']!, 'Nr.', 'Datum', 'Gemeente', 'Thema', 'Signaal');
    expect(table.rows[1]).toEqual([
      'SIG-2026-0001',
      '02-03-2026',
      'Amsterdam (Bos en Lommer)',
      'Polarisatie',
      `${SPECIAL}\nBewoners melden onrust; de ${LONG_WORD} is erbij betrokken.`,
    ]);
    expect(parts['word/document.xml']).toContain('Spanning &amp; onrust &lt;jongeren&gt;');
  });

  it('contains no record that was not selected', async () => {
    for (const kind of ['informatienota', 'beslisnota', 'signaleringsoverzicht'] as const) {
      const parts = await generate(marchDraft(kind));
      for (const [name, xml] of Object.entries(parts)) {
        expect(xml, `${kind}: ${name}`).not.toContain(OUTSIDER);
        expect(xml, `${kind}: ${name}`).not.toContain('AFGEROND-actie');
      }
    }
  });

  it('leaves personal data out unless it is included explicitly', async () => {
    const without = Object.values(await generate(marchDraft('informatienota'))).join('\n');
    expect(without).not.toContain(PERSONAL_MARKER);
    expect(without).not.toContain(PERSON_NAME);
    expect(without).toContain('Melding van een sleutelfiguur');
    expect(without).toContain('Bij 1 signaal is de vrije tekst weggelaten omdat die persoonsgegevens bevat.');

    const withData = await generate(marchDraft('informatienota', { includePersonalData: true }));
    const xml = withData['word/document.xml']!;
    expect(xml).toContain(`${PERSONAL_MARKER}: een bewoner van de Dorpsstraat 1 wordt bedreigd.`);
    expect(xml).toContain(`Utrecht (${PERSONAL_MARKER}-straat)`);
    expect(tableWithHeader(xml, 'Datum', 'Vorm').rows[1]![4]).toBe(PERSON_NAME);
  });

  it('prints the logo of the house style on the first page, with alt text', async () => {
    const before = await generate(marchDraft('informatienota'));
    expect(partsMatching(before, /^word\/media\//)).toHaveLength(0);
    updateHouseStyle(file.ctx(), { logo: { mime: 'image/png', base64: ONE_PIXEL_PNG, widthMm: 30 } });
    try {
      const bytes = exportContent(file.db, (await exportBriefing(file.ctx(), { draft: marchDraft('informatienota') })).export.id).bytes;
      const parts = unzipDocx(bytes);
      const withImage = partsMatching(parts, /^word\/header\d+\.xml$/).filter(([, xml]) => xml.includes('<pic:pic'));
      expect(withImage).toHaveLength(1);
      expect(withImage[0]![1]).toContain('descr="Logo Ministerie van Sociale Zaken en Werkgelegenheid"');
    } finally {
      updateHouseStyle(file.ctx(), {});
    }
  });

  it('uses the records of the selected case, and only those', async () => {
    const parts = await generate({ kind: 'informatienota', selection: { caseIds: [seeded.cases.selected] } });
    const xml = parts['word/document.xml']!;
    expect(tableWithHeader(xml, 'Nr.', 'Datum', 'Gemeente').rows.slice(1).map((row) => row[0])).toEqual(['SIG-2026-0002']);
    expect(tableWithHeader(xml, 'Nr.', 'Casus').rows.slice(1).map((row) => row[1])).toEqual(['Spanningen rond het buurthuis']);
    const subject = paragraphsOf(xml).find((p) => p.text.startsWith('Betreft'));
    expect(subject?.text).toBe('Betreft\tSpanningen rond het buurthuis');
  });
});

/** A valid 1×1 PNG. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
