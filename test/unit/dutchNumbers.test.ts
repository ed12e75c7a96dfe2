import { afterAll, describe, expect, it } from 'vitest';
import { formatDatesIn, formatNumber } from '../../renderer/src/format';
import i18next from '../../renderer/src/i18n';

describe('numbers in the app’s language', () => {
  afterAll(async () => {
    await i18next.changeLanguage('nl');
  });

  it('formats with the one formatter: 78.160 in Dutch, 78,160 in English', () => {
    expect(formatNumber(78160, 'nl')).toBe('78.160');
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    expect(formatNumber(999, 'nl')).toBe('999');
    expect(formatNumber(78160, 'en')).toBe('78,160');
    expect(formatNumber(null)).toBe('—');
  });

  it('message strings use it through {{count, number}}, with singular and plural', async () => {
    await i18next.changeLanguage('nl');
    expect(i18next.t('signals.selected', { count: 1 })).toBe('1 signaal geselecteerd');
    expect(i18next.t('signals.selected', { count: 2 })).toBe('2 signalen geselecteerd');
    expect(i18next.t('signals.selected', { count: 78160 })).toBe('78.160 signalen geselecteerd');
    expect(i18next.t('briefings.omittedSignals', { count: 1 })).toBe('… en nog 1 signaal; dat staat wel in het Word-bestand.');
    expect(i18next.t('briefings.omittedSignals', { count: 1200 })).toBe('… en nog 1.200 signalen; die staan wel in het Word-bestand.');
    await i18next.changeLanguage('en');
    expect(i18next.t('signals.selected', { count: 1 })).toBe('1 signal selected');
    expect(i18next.t('signals.selected', { count: 78160 })).toBe('78,160 signals selected');
  });

  it('shows ISO dates inside a text as dd-mm-yyyy', () => {
    expect(formatDatesIn('CAS-2026-0001 · 2026-03-01')).toBe('CAS-2026-0001 · 01-03-2026');
    expect(formatDatesIn('SIG-2026-0001')).toBe('SIG-2026-0001');
  });
});
