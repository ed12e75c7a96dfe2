import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type ITableBordersOptions,
} from 'docx';
import { COLOURS, FONT, TABLE_SIZE, TEXT_WIDTH } from './styles';

/**
 * Data tables as Word and LibreOffice need them to keep their shape: column
 * widths in DXA on a fixed layout (else both make equal columns and break
 * words), a header row that repeats on every page, rows that do not split.
 * Each body cell is one paragraph with one run (two for a title with text):
 * a 10,000-row table stays within memory that way.
 */

export const TABLE_TEXT_STYLE = 'TabelTekst';
export const TABLE_HEADER_STYLE = 'TabelKop';

export const TABLE_PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: TABLE_TEXT_STYLE,
    name: 'Tabeltekst',
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: TABLE_SIZE },
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
  },
  {
    id: TABLE_HEADER_STYLE,
    name: 'Tabelkop',
    basedOn: TABLE_TEXT_STYLE,
    quickFormat: true,
    run: { bold: true },
    paragraph: { keepNext: true },
  },
];

export interface Column {
  title: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
  alignRight?: boolean;
}

/** A cell: plain text, or a bold title with text below it in the same paragraph. */
export type CellValue = string | { title: string; text: string };

const line = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const GRID_BORDERS: ITableBordersOptions = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS: ITableBordersOptions = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** Column widths in DXA that add up to exactly the given width. */
export function widthsOf(shares: readonly number[], total = TEXT_WIDTH): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((share) => Math.floor((share / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function bodyParagraph(value: CellValue, alignRight: boolean): Paragraph {
  const alignment = alignRight ? 'right' : undefined;
  if (typeof value === 'string') return new Paragraph({ style: TABLE_TEXT_STYLE, alignment, children: [new TextRun(value)] });
  const children = [new TextRun({ text: value.title, bold: true })];
  if (value.text) children.push(new TextRun({ text: value.text, break: 1 }));
  return new Paragraph({ style: TABLE_TEXT_STYLE, alignment, children });
}

export function headerRow(columns: readonly Column[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, fill: COLOURS.headerFill, color: 'auto' },
          children: [new Paragraph({ style: TABLE_HEADER_STYLE, alignment: column.alignRight ? 'right' : undefined, children: [new TextRun(column.title)] })],
        }),
    ),
  });
}

export function bodyRow(columns: readonly Column[], values: readonly CellValue[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: columns.map((column, index) => new TableCell({ children: [bodyParagraph(values[index] ?? '', column.alignRight === true)] })),
  });
}

/** A bordered data table with a repeating header row, as wide as the text unless a narrower width is given. */
export function dataTable(columns: readonly Column[], rows: Iterable<readonly CellValue[]>, width = TEXT_WIDTH): Table {
  const tableRows = [headerRow(columns)];
  for (const values of rows) tableRows.push(bodyRow(columns, values));
  return new Table({
    rows: tableRows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widthsOf(
      columns.map((column) => column.share),
      width,
    ),
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
  });
}
