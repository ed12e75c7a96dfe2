import { HeadingLevel, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType } from 'docx';
import type { BriefingDocumentModel } from '../../shared/domain/briefingDocument';
import { SMALL_SIZE, TEXT_WIDTH } from './styles';
import { NO_BORDERS, widthsOf } from './tables';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';

/**
 * The top of the first page: the title ("Nota") with Aan / Van / Datum /
 * Betreft / purpose / Deadline on the left, and the reference column on the
 * right (organisation, directorate, unit, address, contact, date, reference,
 * attachments, copy to), as a borderless table of fixed width.
 */

const LEFT_SHARE = 0.7;
const [LEFT_WIDTH, RIGHT_WIDTH] = widthsOf([LEFT_SHARE, 1 - LEFT_SHARE]) as [number, number];
/** Where values start after "Aan", "Betreft", ...; wrapped lines hang there too. */
const VALUE_INDENT = 1250;

function field(label: string, value: string, bold = false): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    indent: { left: VALUE_INDENT, hanging: VALUE_INDENT },
    tabStops: [{ type: TabStopType.LEFT, position: VALUE_INDENT }],
    children: [new TextRun({ text: label, bold: true }), new TextRun({ text: `\t${value}`, bold })],
  });
}

function purpose(model: BriefingDocumentModel): string {
  return model.kind === 'beslisnota' ? DOCUMENT_TEXT.forDecision : DOCUMENT_TEXT.forInformation;
}

function leftColumn(model: BriefingDocumentModel): Paragraph[] {
  const title = model.kind === 'signaleringsoverzicht' ? DOCUMENT_TEXT.overview : DOCUMENT_TEXT.nota;
  const lines = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    field(DOCUMENT_TEXT.to, model.to),
    field(DOCUMENT_TEXT.from, model.from),
    field(DOCUMENT_TEXT.date, model.date),
    field(DOCUMENT_TEXT.subject, model.subject, true),
  ];
  if (model.period) lines.push(field(DOCUMENT_TEXT.period, model.period));
  lines.push(field(DOCUMENT_TEXT.purpose, purpose(model)));
  if (model.kind === 'beslisnota') lines.push(field(DOCUMENT_TEXT.deadline, model.deadline ?? DOCUMENT_TEXT.toBeWritten, true));
  return lines;
}

function small(text: string, options: { bold?: boolean; spaceBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { before: options.spaceBefore ? 120 : 0, after: 0, line: 220, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, size: SMALL_SIZE, bold: options.bold })],
  });
}

function block(label: string, values: readonly string[]): Paragraph[] {
  const present = values.filter((value) => value.trim() !== '');
  if (present.length === 0) return [];
  return [small(label, { bold: true, spaceBefore: true }), ...present.map((value) => small(value))];
}

function attachmentCount(model: BriefingDocumentModel): string {
  const lines = model.sections.bijlagen.split('\n').filter((lineText) => lineText.trim() !== '');
  return lines.length === 0 ? DOCUMENT_TEXT.none : String(lines.length);
}

function referenceColumn(model: BriefingDocumentModel): Paragraph[] {
  const column = model.referenceColumn;
  const sender = [column.organisationLine, column.directorate, column.unit].filter((value) => value.trim() !== '');
  return [
    ...sender.map((value, index) => small(value, { bold: index === 0 })),
    ...column.addressLines.map((value, index) => small(value, { spaceBefore: index === 0 })),
    ...block(DOCUMENT_TEXT.contact, [column.contactName, column.contactEmail, column.contactPhone]),
    ...block(DOCUMENT_TEXT.date, [model.date]),
    ...block(DOCUMENT_TEXT.reference, [model.reference]),
    ...block(DOCUMENT_TEXT.attachments, [attachmentCount(model)]),
    ...block(DOCUMENT_TEXT.copyTo, model.copyTo),
  ];
}

export function titleBlock(model: BriefingDocumentModel): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 113 },
    rows: [
      new TableRow({
        children: [
          new TableCell({ verticalAlign: VerticalAlign.TOP, children: leftColumn(model) }),
          new TableCell({ verticalAlign: VerticalAlign.TOP, children: referenceColumn(model) }),
        ],
      }),
    ],
  });
}
