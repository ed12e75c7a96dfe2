import { describe, expect, it } from 'vitest';
import { campaignWindowOf, campaignWindowStart, isInsideCampaignWindow } from '../../shared/domain/campaignWindow';
import { COUNTRIES, isCountryCode } from '../../shared/domain/countries';
import { EU_MEMBER_STATES } from '../../shared/domain/euMemberStates';

describe('the campaign window: three calendar months before election day', () => {
  it.each([
    ['2028-05-14', '2028-02-14'], // the example
    ['2028-05-31', '2028-02-29'], // leap year: the last day of February
    ['2027-05-31', '2027-02-28'], // no 31 February: the last day of February, not 3 March
    ['2026-12-31', '2026-09-30'], // no 31 September
    ['2026-11-30', '2026-08-30'],
    ['2027-03-31', '2026-12-31'], // across the year end
    ['2026-08-31', '2026-05-31'],
  ])('%s opens the window on %s', (election, from) => {
    expect(campaignWindowStart(election)).toBe(from);
    expect(campaignWindowOf('TR', election, 'day')).toEqual({ from, to: election, approximate: false });
  });

  it('runs up to and including election day', () => {
    const window = campaignWindowOf('TR', '2028-05-14', 'day');
    expect(isInsideCampaignWindow('2028-02-13', window)).toBe(false);
    expect(isInsideCampaignWindow('2028-02-14', window)).toBe(true);
    expect(isInsideCampaignWindow('2028-05-14', window)).toBe(true);
    expect(isInsideCampaignWindow('2028-05-15', window)).toBe(false);
  });

  it('has no window for an EU member state', () => {
    for (const country of ['PL', 'RO', 'BG', 'DE']) {
      expect(campaignWindowOf(country, '2027-10-10', 'day')).toEqual({ from: null, to: null, approximate: false });
    }
    expect(isInsideCampaignWindow('2027-10-01', campaignWindowOf('PL', '2027-10-10', 'day'))).toBe(false);
  });

  it('has no window while only the year is known', () => {
    expect(campaignWindowOf('TR', '2028-01-01', 'year')).toEqual({ from: null, to: null, approximate: false });
  });

  it('counts from the 1st with month precision, up to the month end, marked approximate', () => {
    expect(campaignWindowOf('MA', '2027-09-01', 'month')).toEqual({ from: '2027-06-01', to: '2027-09-30', approximate: true });
    // A date inside the month is read as its month.
    expect(campaignWindowOf('MA', '2027-09-17', 'month')).toEqual({ from: '2027-06-01', to: '2027-09-30', approximate: true });
  });
});

describe('the country data', () => {
  it('lists the 27 EU member states, each a known country, the United Kingdom not among them', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    for (const code of EU_MEMBER_STATES) expect(isCountryCode(code), code).toBe(true);
    expect(EU_MEMBER_STATES).not.toContain('GB');
  });

  it('holds every ISO 3166-1 alpha-2 code once, plus Kosovo, with Dutch and English names', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(new Set(COUNTRIES.map((country) => country.code)).size).toBe(250);
    for (const country of COUNTRIES) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.nl.length).toBeGreaterThan(1);
      expect(country.en.length).toBeGreaterThan(1);
    }
    expect(COUNTRIES.find((country) => country.code === 'TR')?.nl).toBe('Turkije');
    expect(COUNTRIES.find((country) => country.code === 'CV')?.nl).toBe('Kaapverdië');
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('tr')).toBe(false);
  });
});
