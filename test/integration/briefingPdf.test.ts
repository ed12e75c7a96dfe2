import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefing } from '../../electron/services/briefings/export';
import { AMSTERDAM, DEN_HAAG, insertBriefingSignal, ROTTERDAM, UTRECHT } from '../support/briefings';
import { openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { tempDir } from '../support/tempDir';

/**
 * A generated note converted by LibreOffice (headless, with a private
 * profile) to PDF: it opens, lays out to a sensible number of pages, and
 * every page shows the classification and "Pagina x van y" with the fields
 * filled in. .ci/run installs LibreOffice and poppler-utils; without soffice
 * the test is skipped and says why.
 */

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const TOOLS = has('soffice') && has('pdfinfo') && has('pdftotext');
if (!TOOLS) console.warn('briefingPdf.test.ts skipped: soffice (libreoffice-writer) or pdfinfo/pdftotext (poppler-utils) is not installed');

const SIGNALS = 150;
const PLACES = [AMSTERDAM, ROTTERDAM, UTRECHT, DEN_HAAG];
const THEMES = ['polarisatie', 'discriminatie', 'desinformatie'];

let file: TestCaseFile;

beforeAll(() => {
  file = openTestCaseFile();
  file.db.transaction(() => {
    for (let i = 0; i < SIGNALS; i += 1) {
      const day = 1 + (i % 90);
      const receivedOn = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
      insertBriefingSignal(file.db, {
        title: `Signaal ${i + 1} over spanningen in de wijk`,
        receivedOn,
        municipalities: [PLACES[i % PLACES.length]!],
        themes: [THEMES[i % THEMES.length]!],
        classification: i === 7 ? 'departementaal-vertrouwelijk' : 'ongerubriceerd',
      });
    }
  })();
});
afterAll(() => file.close());

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

describe('briefing PDF via LibreOffice', () => {
  it.skipIf(!TOOLS)('converts a 150-signal overview to a PDF of the expected length, every page classified and numbered', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'overzicht.docx');
    await exportBriefing(
      file.ctx(),
      { draft: { kind: 'signaleringsoverzicht', selection: { from: '2026-01-01', to: '2026-03-31' } } },
      { outPath: docx },
    );
    const profile = path.join(dir, 'lo-profile');
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
    const pdf = path.join(dir, 'overzicht.pdf');
    expect(fs.existsSync(pdf)).toBe(true);

    const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [pdf]))?.[1]);
    // Title block and counts (14 weeks) take about two pages, 150 table rows three to five more.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(10);

    const texts = run('pdftotext', ['-layout', pdf, '-']).split('\f').filter((text) => text.trim() !== '');
    expect(texts).toHaveLength(pages);
    texts.forEach((text, index) => {
      expect(text.match(/DEPARTEMENTAAL VERTROUWELIJK/g)?.length, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Pagina ${index + 1} van ${pages}`);
    });
    // The signal table's header row repeats on the pages it runs over.
    expect(texts.filter((text) => /Nr\.\s+Datum\s+Gemeente\s+Thema\s+Titel\s+Urgentie/.test(text)).length).toBeGreaterThanOrEqual(3);
  });
});
