import type { TFunction } from 'i18next';
import type { CampaignWindow } from '../../../../shared/domain/campaignWindow';
import { countryOf } from '../../../../shared/domain/countries';
import { isEuMemberState } from '../../../../shared/domain/euMemberStates';
import type { ElectionDatePrecision, ElectionKind } from '../../../../shared/domain/election';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date written out ("14 mei 2028", "mei 2028", "2028") in the app's language, never the system's. */
export function longDate(iso: string, language: string, precision: ElectionDatePrecision = 'day'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  if (precision === 'year') return String(year);
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  const key = `${locale}-${precision}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    formats.set(key, formatter);
  }
  // Noon UTC, so no time zone can move the day.
  return formatter.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** The country's name in the app's language. */
export function countryName(code: string, language: string): string {
  const country = countryOf(code);
  if (!country) return code;
  return language.startsWith('en') ? country.en : country.nl;
}

/** What the form stores as the date for a precision: the 1st of the month, or 1 January. */
export function storedDate(date: string, precision: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  return date;
}

interface Nameable {
  title?: string;
  kind: ElectionKind;
  round: number;
  country: string;
}

/** The election's own title, or one made of kind, country and round ("Presidentsverkiezing Turkije, 2e ronde"). */
export function electionTitle(t: TFunction, election: Nameable, language: string): string {
  if (election.title) return election.title;
  const base = t('elections.titleOf', { kind: t(`elections.kindTitle.${election.kind}`), country: countryName(election.country, language) });
  return election.round > 1 ? `${base}, ${t('elections.round', { round: election.round })}` : base;
}

/** "Presidentieel" or "Presidentieel, 2e ronde". */
export function kindAndRound(t: TFunction, kind: ElectionKind, round: number): string {
  const label = t(`elections.kind.${kind}`);
  return round > 1 ? t('elections.kindRound', { kind: label, round }) : label;
}

/** The sentence under the form's date: the campaign ban that follows from country, date and precision. */
export function campaignRuleText(t: TFunction, country: string, window: CampaignWindow | null, precision: string, language: string): string {
  if (!window) return t('elections.ruleNoCountry');
  if (isEuMemberState(country)) return t('elections.ruleEu', { country: countryName(country, language) });
  if (window.from === null) return precision === 'year' ? t('elections.ruleYear') : t('elections.ruleNoCountry');
  const from = longDate(window.from, language);
  if (window.approximate) return t('elections.ruleMonth', { from, to: longDate(window.to ?? window.from, language) });
  return t('elections.ruleDay', { from });
}
