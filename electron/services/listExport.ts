import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import { discardStaged, placeStaged, stageBeside, tempPathBeside } from '../../db/atomicFile';
import type { Db } from '../../db/connection';
import { toFtsQuery } from '../../db/ftsQuery';
import { queryCaseList } from '../../db/repositories/caseList';
import { queryContactMomentList } from '../../db/repositories/contactMomentList';
import { queryContactPersonList } from '../../db/repositories/contactPersonList';
import { queryActionList } from '../../db/repositories/followUpActionList';
import { queryOrganisationList } from '../../db/repositories/organisationList';
import { listSignalRows } from '../../db/repositories/signalList';
import {
  listExportRequestSchema,
  type ListExportFormat,
  type ListExportRequest,
  type ListExportRequestInput,
  type ListName,
} from '../../shared/contract/bulkChannels';
import { endOfIsoWeek } from '../../shared/domain/followUpAction';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ActionViewer } from './actions/reads';
import { recordChange } from './audit';
import type { WriteContext } from './context';
import { guardCsvText } from './formulaGuard';
import { dutchLabels, exportColumns, type ExportCell, type ExportColumn, type Labels } from './listExportColumns';
import { parseOrThrow, todayInNetherlands } from './validation';

/**
 * Rows are read a page at a time through the lists' own queries (so filters
 * and sort are exactly the screen's), never all at once: 100,000 signals as
 * one array of objects would hold the main process's memory for nothing.
 * Each page skips the rows before it (OFFSET), so fewer, larger pages are
 * faster: 10,000 rows are a few MB, and 100,000 signals take 10 queries.
 */
const PAGE_SIZE = 10_000;

/** Excel's own limit per sheet, less the header row. */
const XLSX_MAX_ROWS = 1_048_575;

interface Row0 {
  id: string;
}

/** Every page of the list in its sort order, from one query per page. */
function* pagesOf(db: Db, request: ListExportRequest, viewer: ActionViewer, pageSize: number): Generator<Row0[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = { offset, limit: pageSize };
    const rows = pageOf(db, request, viewer, page);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
  }
}

function pageOf(db: Db, request: ListExportRequest, viewer: ActionViewer, page: { offset: number; limit: number }): Row0[] {
  switch (request.list) {
    case 'signals':
      return listSignalRows(db, { ...request.query, page }).rows;
    case 'actions':
      return queryActionList(db, { ...request.query, page }, toFtsQuery(request.query.filters.text ?? ''), {
        adviserId: viewer.adviserId,
        today: viewer.today,
        weekEnd: endOfIsoWeek(viewer.today),
      }).rows;
    case 'cases':
      return queryCaseList(db, { ...request.query, page }, toFtsQuery(request.query.filters.text ?? '')).rows;
    case 'contactMoments':
      return queryContactMomentList(db, { ...request.query, page }, toFtsQuery(request.query.filters.text ?? '')).rows;
    case 'organisations':
      return queryOrganisationList(db, { ...request.query, page }).rows;
    case 'contactPersons':
      return queryContactPersonList(db, { ...request.query, page }).rows;
  }
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd-mm-jjjj, as everywhere in the app. */
function dutchDate(iso: string): string {
  const match = iso.match(isoDate);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A stored timestamp as the list shows it: dd-mm-jjjj uu:mm, Dutch time. */
function dutchDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = dateTimeFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')} ${part('hour')}:${part('minute')}`;
}

function csvValue(cell: ExportCell): string {
  switch (cell.type) {
    case 'text':
      return guardCsvText(cell.value);
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.value ? dutchDate(cell.value) : '';
    case 'dateTime':
      return cell.value ? dutchDateTime(cell.value) : '';
  }
}

/**
 * CSV for Dutch Excel: a semicolon between fields, because Excel with Dutch
 * regional settings uses the comma as the decimal sign and expects ';' (a
 * comma-separated file opens as one column); and a UTF-8 byte order mark,
 * without which Excel reads the file as Windows-1252 and garbles ë, é and ’.
 */
const CSV_CONFIG = { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false } as const;
const BOM = '\uFEFF';

function csvLines(rows: string[][]): string {
  return `${Papa.unparse(rows, CSV_CONFIG)}\r\n`;
}

/** Streams the CSV into a staged file beside the target, page by page; returns the staged path and the row count. */
function stageCsv<Row>(target: string, pages: Iterable<Row[]>, columns: ExportColumn<Row>[], labels: Labels, onRows: (rows: Row[]) => void) {
  const staged = tempPathBeside(target, 'tmp');
  let count = 0;
  try {
    const fd = fs.openSync(staged, 'wx', 0o600);
    try {
      fs.writeSync(fd, BOM + csvLines([columns.map((column) => translate('nl', column.header))]));
      for (const rows of pages) {
        fs.writeSync(fd, csvLines(rows.map((row) => columns.map((column) => csvValue(column.cell(row, labels))))));
        count += rows.length;
        onRows(rows);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return { staged, count };
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }
}

/** Excel's cell for one value; text is always a string cell, so Excel never evaluates it (formula guard). */
function xlsxCell(cell: ExportCell): Row[number] {
  switch (cell.type) {
    case 'text':
      return { type: String, value: cell.value };
    case 'number':
      return { type: Number, value: cell.value };
    case 'date':
      // A real date (sortable, filterable in Excel), shown as dd-mm-jjjj.
      return cell.value ? { type: Date, value: new Date(`${cell.value}T00:00:00Z`), format: 'dd-mm-yyyy' } : null;
    case 'dateTime':
      return cell.value ? { type: String, value: dutchDateTime(cell.value) } : null;
  }
}

/**
 * XLSX is one zip written at the end, so its sheet is built in memory; the
 * cells are small plain objects, and reading still goes a page at a time.
 */
function xlsxSheet<Row>(pages: Iterable<Row[]>, columns: ExportColumn<Row>[], labels: Labels, onRows: (rows: Row[]) => void): SheetData {
  const sheet: SheetData = [columns.map((column) => ({ type: String, value: translate('nl', column.header), fontWeight: 'bold' as const }))];
  for (const rows of pages) {
    if (sheet.length - 1 + rows.length > XLSX_MAX_ROWS) {
      throw new AppError('INVALID_INPUT', `The list has more rows than an Excel sheet holds (${XLSX_MAX_ROWS}); narrow it or export CSV`);
    }
    for (const row of rows) sheet.push(columns.map((column) => xlsxCell(column.cell(row, labels))));
    onRows(rows);
  }
  return sheet;
}

const SHEET_NAMES: Record<ListName, string> = {
  signals: 'Signalen',
  actions: 'Vervolgacties',
  cases: 'Casussen',
  contactMoments: 'Contactmomenten',
  organisations: 'Organisaties',
  contactPersons: 'Contactpersonen',
};

/** A suggested file name that names no one: the list and today's date. */
export function listExportFileName(list: ListName, format: ListExportFormat, now: Date): string {
  return `${SHEET_NAMES[list]} ${dutchDate(todayInNetherlands(now))}.${format}`;
}

/** The save dialog may return a name without extension (Linux); then it gets one and no existing file is replaced. */
export function exportTarget(chosen: string, format: ListExportFormat): { path: string; overwrite: boolean } {
  return path.extname(chosen).toLowerCase() === `.${format}`
    ? { path: chosen, overwrite: true }
    : { path: `${chosen}.${format}`, overwrite: false };
}

/**
 * Writes the list (its filters and sort, every matching row) to `outPath` as
 * CSV or XLSX, whole or not at all: staged beside the target, then renamed.
 * The rows are read in one read transaction, so the file is one consistent
 * moment of the case file. Exporting contact persons (personal data) leaves
 * an 'export' entry in each exported person's history, written in the same
 * transaction that puts the file in place, as the AVG access export does.
 */
export async function exportList(
  ctx: WriteContext,
  raw: ListExportRequestInput,
  /** `pageSize` only for tests that must cross page boundaries with few rows. */
  out: { outPath: string; overwrite: boolean; pageSize?: number },
): Promise<{ path: string; rows: number }> {
  const request = parseOrThrow(listExportRequestSchema, raw, 'Export list');
  const target = path.resolve(out.outPath);
  if (!out.overwrite && fs.existsSync(target)) throw new AppError('FILE_EXISTS', `A file already exists at ${target}`);
  const { db } = ctx;
  const viewer: ActionViewer = { adviserId: ctx.actor.adviserId, today: todayInNetherlands(ctx.now) };
  const columns = exportColumns<Row0>(request.list, request.columns);
  const labels = dutchLabels(db);
  const exportedIds: string[] = [];
  const pageSize = out.pageSize ?? PAGE_SIZE;
  const remember = (rows: Row0[]) => {
    if (request.list === 'contactPersons') exportedIds.push(...rows.map((row) => row.id));
  };

  let staged: string | null = null;
  let placed = false;
  try {
    let count: number;
    if (request.format === 'csv') {
      const result = db.transaction(() => stageCsv(target, pagesOf(db, request, viewer, pageSize), columns, labels, remember))();
      staged = result.staged;
      count = result.count;
    } else {
      const sheet = db.transaction(() => xlsxSheet(pagesOf(db, request, viewer, pageSize), columns, labels, remember))();
      count = sheet.length - 1;
      const bytes = await writeXlsxFile(sheet, {
        sheet: SHEET_NAMES[request.list],
        stickyRowsCount: 1,
        columns: columns.map(() => ({ width: 24 })),
      }).toBuffer();
      staged = stageBeside(target, bytes);
    }
    const ready = staged;
    db.transaction(() => {
      for (const id of exportedIds) {
        recordChange(db, ctx.actor, { entity: 'contactPerson', entityId: id, action: 'export', after: { file: path.basename(target), list: true } }, ctx.now);
      }
      placeStaged(ready, target, out.overwrite);
      placed = true;
    })();
    staged = null;
    return { path: target, rows: count };
  } catch (error) {
    // The commit itself can fail after the file was placed: then the file must go too.
    if (placed) fs.rmSync(target, { force: true });
    throw error;
  } finally {
    discardStaged(staged);
  }
}
