import { showControlCharacters } from '../../shared/domain/controlCharacters';
import type { AppError } from '../../shared/errors';

// Everything `ess` prints passes showControlCharacters: a record saved before
// control characters were refused (or written by another SQLCipher client)
// must not be able to move the cursor, recolour or retitle the terminal, or
// reverse a line with U+202E.

let stdoutClosed = false;

/**
 * `ess themes FILE | head -1`: the reader is gone, which is not a failure of
 * the command. Output stops quietly and the command ends as it would have;
 * other stream errors are reported once. Installed once, by the entry point.
 */
export function stopQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE') process.stderr.write(`error IO_ERROR: standard output: ${error.message}\n`);
  });
  // `2>&1 | head -1` closes stderr with stdout: nothing is left to tell, so say nothing.
  process.stderr.on('error', () => undefined);
}

/** Results go to stdout, so `ess info --json > info.json` captures only data. Line breaks inside `line` stay. */
export function say(line = ''): void {
  if (stdoutClosed || process.stdout.destroyed) return;
  process.stdout.write(`${showControlCharacters(line, 'long')}\n`);
}

/** One text as a single line: its own newlines and tabs show as ␊ and ␉, so a row stays one row. */
export function oneLine(text: string): string {
  return showControlCharacters(text, 'line');
}

/** A list row: its cells, each on one line, two spaces apart. */
export function sayRow(cells: readonly string[]): void {
  say(cells.map(oneLine).join('  ').trimEnd());
}

/**
 * JSON for scripts. JSON.stringify escapes C0 controls but leaves DEL, C1
 * controls and bidirectional overrides raw; they become \u escapes here, so
 * the output parses to the same values and shows nothing raw on a terminal.
 */
export function sayJson(value: unknown): void {
  say(JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`));
}

/** Aligned "label  value" lines for human-readable reports. */
export function sayTable(rows: readonly (readonly [label: string, value: string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) say(`${label.padEnd(width)}  ${oneLine(value)}`);
}

/** The failure line scripts parse: always one line, whatever the message holds. */
export function errorLine(error: AppError): string {
  return oneLine(`error ${error.code}: ${error.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
}

export function writeError(error: AppError): void {
  process.stderr.write(`${errorLine(error)}\n`);
}

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} bytes`;
  return `${value.toFixed(1)} ${UNITS[unit]} (${bytes} bytes)`;
}
