import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TEXT } from '../../../../shared/domain/briefingText';

/**
 * Building blocks of the note as a page, mirroring how the Word document
 * treats the adviser's text (electron/briefing/sections.ts): paragraphs at
 * blank lines, "-", "*" or "•" lines as bullets, "[In te vullen]" for an
 * empty section. Everything is rendered as text, never as markup.
 */

const BULLET = /^\s*[-*•]\s+/;
const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

function Placeholder() {
  return <p className="briefing-doc__placeholder">{DOCUMENT_TEXT.toBeWritten}</p>;
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'bullets'; items: string[] };

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of linesOf(text)) {
    const last = blocks[blocks.length - 1];
    if (line.trim() === '') blocks.push({ kind: 'paragraph', lines: [] });
    else if (BULLET.test(line)) {
      if (last?.kind === 'bullets') last.items.push(line.replace(BULLET, ''));
      else blocks.push({ kind: 'bullets', items: [line.replace(BULLET, '')] });
    } else if (last?.kind === 'paragraph') last.lines.push(line.trimEnd());
    else blocks.push({ kind: 'paragraph', lines: [line.trimEnd()] });
  }
  return blocks.filter((block) => (block.kind === 'paragraph' ? block.lines.length > 0 : true));
}

export function TextBlock({ text }: { text: string }) {
  if (text.trim() === '') return <Placeholder />;
  return (
    <>
      {blocksOf(text).map((block, index) =>
        block.kind === 'bullets' ? (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index} className="briefing-doc__lines">
            {block.lines.join('\n')}
          </p>
        ),
      )}
    </>
  );
}

/** Every non-empty line a bullet, as key points are printed. */
export function BulletList({ text }: { text: string }) {
  const items = linesOf(text)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => line !== '');
  if (items.length === 0) return <Placeholder />;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function NumberedLines({ text }: { text: string }) {
  const items = linesOf(text)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (items.length === 0) return <p>{DOCUMENT_TEXT.none}</p>;
  return (
    <ol>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ol>
  );
}

const MAX_ROWS = 200;

export function DocTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="briefing-doc__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <p className="briefing-doc__note">{t('briefings.moreRows', { count: rows.length - MAX_ROWS })}</p>}
    </div>
  );
}

export function Italic({ children }: { children: ReactNode }) {
  return <p className="briefing-doc__note">{children}</p>;
}
