import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { MapPictureModel } from '../../shared/domain/briefingDocument';
import { COLOURS, SMALL_SIZE } from './styles';
import { NO_BORDERS } from './tables';

/**
 * The municipality map in a note: the PNG (mapImage.ts) placed with alt
 * text, then the legend and the caption with the source as the document's
 * own text in Verdana (the PNG holds no text; see mapImage.ts). Runs in the
 * briefing worker, so nothing here loads resvg.
 */

/** The printed size in Word's pixels (96 per inch): 11 cm wide. */
const PRINTED_WIDTH_PX = 416;

const SWATCH_DXA = 340;
const LABEL_DXA = 1500;
const swatchBorder = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.muted };

function legendCells(entry: { fill: string; label: string }): TableCell[] {
  return [
    new TableCell({
      width: { size: SWATCH_DXA, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: entry.fill },
      borders: { top: swatchBorder, bottom: swatchBorder, left: swatchBorder, right: swatchBorder },
      children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })],
    }),
    new TableCell({
      width: { size: LABEL_DXA, type: WidthType.DXA },
      margins: { left: 80 },
      children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: entry.label, size: SMALL_SIZE })] })],
    }),
  ];
}

/** The classes on one row: a coloured box and its label, lightest first, as real text. */
function legendTable(map: MapPictureModel): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    width: { size: map.legend.length * (SWATCH_DXA + LABEL_DXA), type: WidthType.DXA },
    columnWidths: map.legend.flatMap(() => [SWATCH_DXA, LABEL_DXA]),
    rows: [new TableRow({ cantSplit: true, children: map.legend.flatMap(legendCells) })],
  });
}

export function mapParagraphs(map: MapPictureModel): FileChild[] {
  const printedHeight = Math.round((PRINTED_WIDTH_PX * map.heightPx) / map.widthPx);
  return [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      alignment: AlignmentType.LEFT,
      spacing: { before: 120, after: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: map.png,
          transformation: { width: PRINTED_WIDTH_PX, height: printedHeight },
          altText: { name: map.title, title: map.title, description: map.altText },
        }),
      ],
    }),
    legendTable(map),
    new Paragraph({ style: 'Caption', spacing: { before: 120, after: 200 }, children: [new TextRun(map.caption)] }),
  ];
}
