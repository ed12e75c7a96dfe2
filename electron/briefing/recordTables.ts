import type { Table } from 'docx';
import type { ActionLine, ContactMomentLine, CountLine } from '../../shared/domain/briefingDocument';
import { TEXT_WIDTH } from './styles';
import { dataTable, type Column } from './tables';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';

const C = DOCUMENT_TEXT.column;

const ACTION_COLUMNS: Column[] = [
  { title: C.number, share: 15 },
  { title: C.action, share: 37 },
  { title: C.type, share: 15 },
  { title: C.owner, share: 11 },
  { title: C.due, share: 11 },
  { title: C.status, share: 11 },
];

export function actionTable(actions: readonly ActionLine[]): Table {
  return dataTable(
    ACTION_COLUMNS,
    actions.map((a) => [a.number, a.description, a.kind, a.owner, a.dueOn, a.status]),
  );
}

const CONTACT_COLUMNS: Column[] = [
  { title: C.date, share: 11 },
  { title: C.form, share: 14 },
  { title: C.place, share: 18 },
  { title: C.contactSubject, share: 33 },
  { title: C.withWhom, share: 24 },
];

export function contactMomentTable(moments: readonly ContactMomentLine[]): Table {
  return dataTable(
    CONTACT_COLUMNS,
    moments.map((m) => [m.heldOn, m.form, m.places, m.subject, m.withWhom]),
  );
}

/** A count per label (theme, province, week), in a table narrower than the text: two columns need no more. */
export function countTable(labelTitle: string, lines: readonly CountLine[]): Table {
  return dataTable(
    [
      { title: labelTitle, share: 78 },
      { title: C.count, share: 22, alignRight: true },
    ],
    lines.map((line) => [line.label, String(line.count)]),
    Math.round(TEXT_WIDTH * 0.6),
  );
}
