import type { Table } from 'docx';
import type { BriefingDocumentModel, CaseLine, SignalLine } from '../../shared/domain/briefingDocument';
import { dataTable, type CellValue, type Column } from './tables';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';

const C = DOCUMENT_TEXT.column;

/** A periodic overview lists many signals: one line each, title only. */
const OVERVIEW_COLUMNS: Column[] = [
  { title: C.number, share: 15 },
  { title: C.received, share: 11 },
  { title: C.place, share: 16 },
  { title: C.theme, share: 16 },
  { title: C.title, share: 30 },
  { title: C.urgency, share: 12 },
];

/** A nota lists few: the title with its description. */
const NOTE_COLUMNS: Column[] = [
  { title: C.number, share: 15 },
  { title: C.received, share: 11 },
  { title: C.place, share: 16 },
  { title: C.theme, share: 15 },
  { title: C.signal, share: 43 },
];

function* overviewRows(signals: readonly SignalLine[]): Generator<CellValue[]> {
  for (const s of signals) yield [s.number, s.receivedOn, s.place, s.themes, s.title, s.urgency];
}

function* noteRows(signals: readonly SignalLine[]): Generator<CellValue[]> {
  for (const s of signals) yield [s.number, s.receivedOn, s.place, s.themes, { title: s.title, text: s.detail }];
}

/** One row per selected signal, under one repeating header row. */
export function signalTable(model: BriefingDocumentModel): Table {
  return model.kind === 'signaleringsoverzicht'
    ? dataTable(OVERVIEW_COLUMNS, overviewRows(model.signals))
    : dataTable(NOTE_COLUMNS, noteRows(model.signals));
}

const CASE_COLUMNS: Column[] = [
  { title: C.number, share: 15 },
  { title: C.caseTitle, share: 45 },
  { title: C.type, share: 17 },
  { title: C.status, share: 12 },
  { title: C.start, share: 11 },
];

export function caseTable(cases: readonly CaseLine[]): Table {
  return dataTable(
    CASE_COLUMNS,
    cases.map((c) => [c.number, c.title, c.type, c.status, c.startOn]),
  );
}
