/**
 * Characters that steer a terminal or reorder what a reader sees instead of
 * being text: C0 controls, DEL, C1 controls, and the bidirectional
 * embeddings, overrides and isolates (a title holding U+202E reads backwards
 * in every list). Zero-width joiners and the plain direction marks
 * (U+200E/U+200F) are not among them: names in several scripts need them.
 *
 * Input refuses them (shared/domain/fields.ts); output that may hold old
 * records shows them (showControlCharacters).
 */

// The ranges are the point of these expressions, so the lint rule against control characters in a regex does not apply.
// eslint-disable-next-line no-control-regex
const IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const IN_LONG_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Single-line fields refuse them all; long texts (textareas) may hold newlines and tabs. */
export type TextKind = 'line' | 'long';

export function hasControlCharacter(value: string, kind: TextKind = 'line'): boolean {
  return (kind === 'long' ? IN_LONG_TEXT : IN_LINE).test(value);
}

/** U+241B for ESC: the Unicode "control pictures" block mirrors C0 at U+2400. */
function picture(character: string): string {
  const code = character.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const EVERY_IN_LINE = new RegExp(IN_LINE.source, 'gu');
const EVERY_IN_LONG_TEXT = new RegExp(IN_LONG_TEXT.source, 'gu');

/**
 * The text with every refused character shown as a visible stand-in (␛ for
 * ESC, ␍ for CR, <U+202E> for a right-to-left override), so text from a case
 * file cannot drive a terminal or reorder a line. As a 'long' text, newlines
 * and tabs stay what they are; as a 'line', they show as ␊ and ␉ too.
 */
export function showControlCharacters(value: string, kind: TextKind = 'line'): string {
  return value.replace(kind === 'long' ? EVERY_IN_LONG_TEXT : EVERY_IN_LINE, picture);
}
