/**
 * The 27 member states of the European Union, as data: the campaign-window
 * rule applies only to governments from outside the EU, so whether a country
 * is a member decides whether an election gets a window.
 *
 * Source: European Union, "Country profiles" (european-union.europa.eu, EU
 * countries), and the Treaty on European Union; the United Kingdom left on
 * 31 January 2020. Verified: 2026-12-03. Change this list (and its date) when
 * membership changes; the register reads it on every request.
 */
export const EU_MEMBER_STATES_SOURCE =
  'Europese Unie, “EU-landen” (european-union.europa.eu); Verenigd Koninkrijk uitgetreden 31-01-2020';
export const EU_MEMBER_STATES_VERIFIED_ON = '2026-12-03';

export const EU_MEMBER_STATES: readonly string[] = [
  'AT', // Oostenrijk
  'BE', // België
  'BG', // Bulgarije
  'CY', // Cyprus
  'CZ', // Tsjechië
  'DE', // Duitsland
  'DK', // Denemarken
  'EE', // Estland
  'ES', // Spanje
  'FI', // Finland
  'FR', // Frankrijk
  'GR', // Griekenland
  'HR', // Kroatië
  'HU', // Hongarije
  'IE', // Ierland
  'IT', // Italië
  'LT', // Litouwen
  'LU', // Luxemburg
  'LV', // Letland
  'MT', // Malta
  'NL', // Nederland
  'PL', // Polen
  'PT', // Portugal
  'RO', // Roemenië
  'SE', // Zweden
  'SI', // Slovenië
  'SK', // Slowakije
];

const MEMBERS = new Set(EU_MEMBER_STATES);

export function isEuMemberState(countryCode: string): boolean {
  return MEMBERS.has(countryCode);
}
