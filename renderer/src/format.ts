import { format, parseISO } from 'date-fns';
import i18next from 'i18next';

/**
 * The one number formatter of the renderer: Dutch grouping (78.160) in Dutch,
 * 78,160 in English. It follows the app's language, never the operating system's.
 * i18next message strings reach it through `{{count, number}}` (see i18n.ts).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(value: number | null | undefined, language: string = i18next.language ?? 'nl'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  let formatter = numberFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    numberFormats.set(locale, formatter);
  }
  return formatter.format(value);
}

/** Dates as Dutch readers expect them (dd-MM-yyyy); the stored form stays ISO. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'dd-MM-yyyy');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'dd-MM-yyyy HH:mm');
}

/** Today in the adviser's own time zone, as the schemas compare dates. */
export function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/**
 * ISO dates inside a display text ("CAS-2026-0001 · 2026-03-01", as search
 * hits name journal entries and contact moments) shown as dd-MM-yyyy.
 */
export function formatDatesIn(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_match, year: string, month: string, day: string) => `${day}-${month}-${year}`);
}
