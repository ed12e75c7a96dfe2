import { LineRuleType, type IPropertiesOptions, type IStylesOptions } from 'docx';

/**
 * The house style of every note: Verdana throughout, Word's built-in heading
 * styles (so the navigation pane and a table of contents work), A4 with the
 * text width all table widths are measured against.
 */
export const FONT = 'Verdana';
/** Half-points: 9 pt body text, as in central-government notes. */
export const BODY_SIZE = 18;
export const SMALL_SIZE = 14;
export const TABLE_SIZE = 15;

const CM = 567;
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: Math.round(2.6 * CM),
  marginBottom: Math.round(2.2 * CM),
  marginLeft: Math.round(2.3 * CM),
  marginRight: Math.round(2.0 * CM),
  header: Math.round(1.0 * CM),
  footer: Math.round(0.9 * CM),
} as const;
/** The width tables are laid out in (twentieths of a point, DXA). */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const COLOURS = {
  text: '000000',
  muted: '535353',
  rule: 'A6A6A6',
  headerFill: 'DCE6F1',
  accent: '154273',
} as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: COLOURS.text },
      // An explicit rule: LibreOffice reads a bare w:line as exact, which clips charts and images to one line.
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 32, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 0, after: 240 } },
    },
    heading1: {
      run: { font: FONT, size: 21, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 300, after: 100 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: BODY_SIZE, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: BODY_SIZE, italics: true, color: COLOURS.text },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true },
    },
    listParagraph: { run: { font: FONT, size: BODY_SIZE } },
    caption: { run: { font: FONT, size: SMALL_SIZE, italics: true, color: COLOURS.muted } },
  },
};

/** Document-level options besides the sections: fonts in the theme too, so charts and new text stay Verdana. */
export const DOCUMENT_OPTIONS: Omit<IPropertiesOptions, 'sections'> = {
  styles: STYLES,
  theme: { fonts: { headings: FONT, body: FONT } },
  // Even pages get their own header and footer parts, so every part must carry the classification.
  evenAndOddHeaderAndFooters: true,
};
