import { Document, Packer, Paragraph, type FileChild } from 'docx';
import { chartParagraph } from './chart';
import { headersAndFooters } from './headerFooter';
import { mapParagraphs } from './mapPicture';
import type { BriefingDocumentModel } from '../../shared/domain/briefingDocument';
import { parafenblok } from './parafen';
import { actionTable, contactMomentTable, countTable } from './recordTables';
import { bulletList, heading1, heading2, heading3, numberedLines, plain, textBlock } from './sections';
import { caseTable, signalTable } from './signalTable';
import { DOCUMENT_OPTIONS, PAGE, STYLES } from './styles';
import { TABLE_PARAGRAPH_STYLES } from './tables';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';
import { DOCX_ANCHOR_PROPERTY, formatAnchorProperty } from '../../shared/domain/auditAnchor';
import { titleBlock } from './titleBlock';

/**
 * The whole note as a docx Document, from a model that already holds only
 * what may leave the case file. The outline follows DESIGN.md: title block,
 * Aanleiding, Geadviseerd besluit (beslisnota), Kernpunten, Toelichting
 * (Beeld, Duiding, Contacten en acties, Vervolg/advies), Afstemming, Niet
 * openbaar, Bijlagen, parafenblok. A periodic overview has its own outline.
 */

const H = DOCUMENT_TEXT.heading;

/** A little space after a table, which Word otherwise glues to the next heading. */
const gap = (): Paragraph => new Paragraph({ spacing: { after: 0 }, children: [] });

function signalsPart(model: BriefingDocumentModel): FileChild[] {
  if (model.signals.length === 0) return [plain(DOCUMENT_TEXT.noSignals, { italics: true })];
  return [signalTable(model), gap()];
}

function contactsAndActions(model: BriefingDocumentModel, headingOf: (text: string) => Paragraph): FileChild[] {
  const parts: FileChild[] = [headingOf(H.contacts)];
  parts.push(...(model.contactMoments.length > 0 ? [contactMomentTable(model.contactMoments), gap()] : [plain(DOCUMENT_TEXT.noContacts, { italics: true })]));
  parts.push(headingOf(H.openActions));
  parts.push(...(model.actions.length > 0 ? [actionTable(model.actions), gap()] : [plain(DOCUMENT_TEXT.noActions, { italics: true })]));
  return parts;
}

function notOpenPart(model: BriefingDocumentModel): FileChild[] {
  const parts: FileChild[] = [heading1(H.nietOpenbaar), ...textBlock(model.sections.nietOpenbaar)];
  if (model.sections.wooGrond.trim() !== '') parts.push(plain(`${DOCUMENT_TEXT.wooGround}: ${model.sections.wooGrond.trim()}`, { italics: true }));
  return parts;
}

function noteBody(model: BriefingDocumentModel): FileChild[] {
  const s = model.sections;
  const body: FileChild[] = [heading1(H.aanleiding), ...textBlock(s.aanleiding)];
  if (model.kind === 'beslisnota') body.push(heading1(H.geadviseerdBesluit), ...textBlock(s.geadviseerdBesluit));
  body.push(heading1(H.kernpunten), ...bulletList(s.kernpunten));
  body.push(heading1(H.toelichting), heading2(H.beeld), plain(model.summary));
  if (model.chart) body.push(chartParagraph(model.chart, true));
  body.push(...signalsPart(model));
  if (model.cases.length > 0) body.push(heading3(H.cases), caseTable(model.cases), gap());
  body.push(heading2(H.duiding), ...textBlock(s.toelichting));
  body.push(heading2(H.contactenEnActies), ...textBlock(s.contactenEnActies));
  body.push(...contactsAndActions(model, heading3));
  body.push(heading2(H.vervolgAdvies), ...textBlock(s.vervolgAdvies));
  body.push(heading1(H.afstemming), ...textBlock(s.afstemming));
  body.push(...notOpenPart(model));
  body.push(heading1(H.bijlagen), ...numberedLines(s.bijlagen));
  body.push(heading1(H.parafen), parafenblok(model.draftedBy));
  return body;
}

function countsPart(model: BriefingDocumentModel): FileChild[] {
  const chart = model.chart;
  const parts: FileChild[] = [heading1(H.aantallen), plain(model.summary)];
  parts.push(heading2(H.perTheme));
  if (chart?.basis === 'perTheme') parts.push(chartParagraph(chart, false));
  parts.push(countTable(DOCUMENT_TEXT.column.theme, model.counts.byTheme), gap());
  parts.push(heading2(H.perProvince), countTable(DOCUMENT_TEXT.column.province, model.counts.byProvince), gap());
  if (model.map) parts.push(heading2(model.map.title), ...mapParagraphs(model.map));
  parts.push(heading2(H.perWeek));
  if (chart?.basis === 'perWeek') parts.push(chartParagraph(chart, false));
  parts.push(countTable(DOCUMENT_TEXT.column.week, model.counts.byWeek), gap());
  return parts;
}

function overviewBody(model: BriefingDocumentModel): FileChild[] {
  const s = model.sections;
  const body: FileChild[] = [heading1(H.kernpunten), ...bulletList(s.kernpunten)];
  body.push(heading1(H.periode), ...model.selectionLines.map((line) => plain(line)));
  body.push(...countsPart(model));
  body.push(heading1(H.signals), ...signalsPart(model));
  body.push(...contactsAndActions(model, heading1));
  body.push(heading1(H.duiding), ...textBlock(s.toelichting));
  if (s.vervolgAdvies.trim() !== '') body.push(heading1(H.vervolgAdvies), ...textBlock(s.vervolgAdvies));
  if (s.nietOpenbaar.trim() !== '') body.push(...notOpenPart(model));
  if (s.bijlagen.trim() !== '') body.push(heading1(H.bijlagen), ...numberedLines(s.bijlagen));
  return body;
}

export function buildBriefingDocument(model: BriefingDocumentModel): Document {
  const body = model.kind === 'signaleringsoverzicht' ? overviewBody(model) : noteBody(model);
  return new Document({
    ...DOCUMENT_OPTIONS,
    styles: { ...STYLES, paragraphStyles: TABLE_PARAGRAPH_STYLES },
    title: `${model.reference} ${model.subject}`,
    subject: model.subject,
    creator: model.referenceColumn.unit || model.referenceColumn.organisationLine,
    description: model.classification.toUpperCase(),
    customProperties: model.auditAnchor ? [{ name: DOCX_ANCHOR_PROPERTY, value: formatAnchorProperty(model.auditAnchor) }] : [],
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        ...headersAndFooters(model),
        children: [titleBlock(model), gap(), ...body],
      },
    ],
  });
}

/** The bare docx pack: the floor the bench compares the whole export against. */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.toBuffer(document);
}

/** Model in, .docx bytes out: what runs inline or in a worker thread. */
export async function renderBriefing(model: BriefingDocumentModel): Promise<Uint8Array> {
  return packDocument(buildBriefingDocument(model));
}
