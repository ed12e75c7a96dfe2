import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { COLOURS } from './styles';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';

/**
 * Headings and the adviser's free text. Text is split into paragraphs at
 * blank lines; lines that start with "-", "*" or "•" become bullets; other
 * line breaks stay line breaks. Everything goes in as text runs, so nothing
 * the adviser types is ever read as markup.
 */

export function heading1(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

export function heading3(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });
}

export function plain(text: string, options: { italics?: boolean; muted?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    keepNext: options.keepNext,
    children: [new TextRun({ text, italics: options.italics, color: options.muted ? COLOURS.muted : undefined })],
  });
}

/** The mark of a section still to be written: visible in the draft, easy to find in Word. */
export function placeholder(): Paragraph {
  return plain(DOCUMENT_TEXT.toBeWritten, { italics: true, muted: true });
}

const BULLET = /^\s*[-*•]\s+/;

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

function paragraphWithBreaks(block: string[]): Paragraph {
  return new Paragraph({ children: block.map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1 })) });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(text)] });
}

/** Free text as paragraphs and bullets; the placeholder when there is none. */
export function textBlock(text: string): Paragraph[] {
  if (text.trim() === '') return [placeholder()];
  const paragraphs: Paragraph[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) paragraphs.push(paragraphWithBreaks(block));
    block = [];
  };
  for (const line of lines(text)) {
    if (line.trim() === '') flush();
    else if (BULLET.test(line)) {
      flush();
      paragraphs.push(bullet(line.replace(BULLET, '')));
    } else block.push(line.trimEnd());
  }
  flush();
  return paragraphs;
}

/** Every non-empty line a bullet: key points are a list even when typed without dashes. */
export function bulletList(text: string): Paragraph[] {
  const items = lines(text)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => line !== '');
  return items.length === 0 ? [placeholder()] : items.map(bullet);
}

/** Attachments, numbered as they are counted in the reference column. */
export function numberedLines(text: string): Paragraph[] {
  const items = lines(text)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return items.length === 0 ? [plain(DOCUMENT_TEXT.none)] : items.map((item, index) => plain(`${index + 1}. ${item}`));
}
