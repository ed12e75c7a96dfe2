import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from '../../renderer/src/components/dateText';

describe('the text of the app’s own date field', () => {
  it.each([
    ['3-12-2026', '2026-12-03'],
    ['03-12-2026', '2026-12-03'],
    ['3/12/2026', '2026-12-03'],
    ['3.12.2026', '2026-12-03'],
    ['3 12 2026', '2026-12-03'],
    ['  03-12-2026 ', '2026-12-03'],
    ['03122026', '2026-12-03'],
    ['2026-12-03', '2026-12-03'],
    ['29-02-2028', '2028-02-29'],
    ['1-1-1900', '1900-01-01'],
  ])('reads %s as %s (complete while typing)', (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: 'date', iso, complete: true });
  });

  it.each([
    ['3-12-26', '2026-12-03'],
    ['3/12/26', '2026-12-03'],
    ['031226', '2026-12-03'],
    ['1-1-00', '2000-01-01'],
  ])('reads a two-digit year %s as %s, complete only on leaving the field', (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: 'date', iso, complete: false });
  });

  it.each([
    '31-02-2026', // February has no 31st
    '29-02-2026', // not a leap year
    '0-12-2026',
    '3-13-2026',
    '3-12-202', // three-digit year, still typing
    '3-12',
    '12/3/2026x',
    '2026-13-01',
    '3122026', // seven digits: ambiguous
    '1-1-1899',
    'morgen',
    '3--12-2026',
  ])('refuses %s', (text) => {
    expect(parseDateText(text)).toEqual({ kind: 'invalid' });
  });

  it('treats blank text as no date', () => {
    expect(parseDateText('')).toEqual({ kind: 'empty' });
    expect(parseDateText('   ')).toEqual({ kind: 'empty' });
  });

  it('shows a stored ISO date as dd-mm-yyyy, and anything else as it is', () => {
    expect(formatDateText('2026-12-03')).toBe('03-12-2026');
    expect(formatDateText('')).toBe('');
    expect(formatDateText(null)).toBe('');
    expect(formatDateText(undefined)).toBe('');
    expect(formatDateText('3-12-20')).toBe('3-12-20');
  });

  it('round-trips: what it shows, it reads back as the same date', () => {
    for (const iso of ['2026-01-01', '2026-12-31', '2028-02-29', '1999-07-15']) {
      expect(parseDateText(formatDateText(iso))).toEqual({ kind: 'date', iso, complete: true });
    }
  });
});
