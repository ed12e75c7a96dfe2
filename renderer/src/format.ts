import { format, parseISO } from 'date-fns';

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
