/**
 * Spreadsheet formula injection (CSV injection): a cell whose text starts with
 * = + - @ (or a tab or carriage return, which Excel skips before looking for
 * one) may be run as a formula when the file is opened, e.g. a signal titled
 * "=HYPERLINK(...)" that leaks data or a "=cmd|..." that starts a program.
 * Any text an adviser or a source typed can start that way.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The one guard for exported text. CSV has no cell types, so such a cell gets
 * a leading single quote, as OWASP advises: Excel and LibreOffice then show
 * it as text. (In XLSX the same text goes into a string cell, which Excel
 * never evaluates; see listExport's xlsx writer, which relies on this flag.)
 */
export function guardCsvText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
