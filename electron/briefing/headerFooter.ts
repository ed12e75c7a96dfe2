import { AlignmentType, Footer, Header, ImageRun, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { BriefingDocumentModel, DocumentLogo } from '../../shared/domain/briefingDocument';
import { COLOURS, SMALL_SIZE, TEXT_WIDTH } from './styles';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';

/**
 * Headers and footers. The classification stands in capitals at the top and
 * bottom of every page: the first page, odd and even pages each have their
 * own part in the file, and all three carry it. The footer counts pages with
 * PAGE and NUMPAGES fields, which Word and LibreOffice fill in.
 */

const PX_PER_MM = 96 / 25.4;

function classificationLine(classification: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun({ text: classification.toUpperCase(), bold: true, size: SMALL_SIZE + 2 })],
  });
}

function logoParagraph(logo: DocumentLogo, organisation: string): Paragraph {
  const width = Math.round(logo.widthMm * PX_PER_MM);
  const height = Math.round((width * logo.heightPx) / logo.widthPx);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: logo.type,
        data: logo.data,
        transformation: { width, height },
        altText: { name: 'Logo', title: 'Logo', description: `Logo ${organisation}` },
      }),
    ],
  });
}

function header(model: BriefingDocumentModel, withLogo: boolean): Header {
  const children = [classificationLine(model.classification)];
  if (withLogo && model.logo) children.unshift(logoParagraph(model.logo, model.referenceColumn.organisationLine));
  return new Header({ children });
}

function footer(model: BriefingDocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        spacing: { after: 0 },
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        children: [
          new TextRun({ text: model.reference, size: SMALL_SIZE, color: COLOURS.muted }),
          new TextRun({ text: `\t${model.classification.toUpperCase()}`, bold: true, size: SMALL_SIZE + 2 }),
          new TextRun({
            size: SMALL_SIZE,
            children: ['\t', `${DOCUMENT_TEXT.page} `, PageNumber.CURRENT, ` ${DOCUMENT_TEXT.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** Header and footer sets for a section: the logo only on the first page. */
export function headersAndFooters(model: BriefingDocumentModel): {
  headers: { default: Header; first: Header; even: Header };
  footers: { default: Footer; first: Footer; even: Footer };
} {
  return {
    headers: { default: header(model, false), first: header(model, true), even: header(model, false) },
    footers: { default: footer(model), first: footer(model), even: footer(model) },
  };
}
