/**
 * The text of the app's own date field (DateInput): what an adviser may type
 * and how a stored date is shown. The form value stays ISO (yyyy-mm-dd), so
 * schemas and services never see the typed form. Pure, for unit tests.
 *
 * Accepted, day first as in Dutch:
 *   3-12-2026, 03-12-2026, 3/12/2026, 3.12.2026, 3 12 2026   (day month year)
 *   3-12-26, 3/12/26                                        (two-digit year: 20yy)
 *   03122026, 031226                                        (digits only)
 *   2026-12-03                                              (ISO, e.g. pasted)
 * Anything else, and dates that do not exist (31-02-2026), is invalid.
 */
export type DateTextResult = { kind: 'empty' } | { kind: 'date'; iso: string; complete: boolean } | { kind: 'invalid' };

const SEPARATED = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export function parseDateText(text: string): DateTextResult {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { kind: 'empty' };
  const iso = trimmed.match(ISO);
  if (iso) return toResult(Number(iso[1]), Number(iso[2]), Number(iso[3]), true);
  const parts = trimmed.match(SEPARATED) ?? trimmed.match(DIGITS);
  if (!parts) return { kind: 'invalid' };
  const yearText = parts[3]!;
  // A two-digit year is read as this century; typing one is only "complete" on leaving the field.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return toResult(year, Number(parts[2]), Number(parts[1]), yearText.length === 4);
}

function toResult(year: number, month: number, day: number, complete: boolean): DateTextResult {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return { kind: 'invalid' };
  // Date.UTC rolls 31-02 over into March: a date exists only if it comes back unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { kind: 'invalid' };
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}`, complete };
}

/** An ISO date as the field shows it (dd-mm-yyyy); other text is shown as it is. */
export function formatDateText(value: string | null | undefined): string {
  if (!value) return '';
  const iso = value.match(ISO);
  return iso ? `${iso[3]}-${iso[2]}-${iso[1]}` : value;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
