/**
 * Municipality names as people use them, next to the official register.
 *
 * Sources:
 * - Official names and codes: CBS, "Gemeentelijke indelingen per 1 januari 2026"
 *   (the register of migration 002, db/migrations/data/municipalities2026.ts).
 * - Mergers: CBS, "Gemeentelijke indelingen per 1 januari" 2019–2023 and the
 *   CBS overview "Gemeentelijke herindelingen" (each merger takes effect on
 *   1 January of the year given here).
 * - Colloquial and former names: everyday usage and earlier official spellings
 *   (the Frisian municipalities adopted their Frisian names: Dantumadiel 2009,
 *   De Fryske Marren 2015, Tytsjerksteradiel 1989).
 *
 * This is data, not code: a unit test checks that every target code exists in
 * the 2026 register and that no alias hides a current municipality name.
 */

/** A name people use for a municipality that officially carries another name. */
export interface MunicipalityNickname {
  name: string;
  /** CBS code of the municipality meant. */
  code: string;
}

/** A municipality that no longer exists because it merged into another. */
export interface MergedMunicipality {
  name: string;
  /** CBS code of the municipality it is part of now. */
  code: string;
  /** Year (1 January) in which it merged. */
  year: number;
}

export const MUNICIPALITY_NICKNAMES: readonly MunicipalityNickname[] = [
  { name: 'Den Haag', code: 'GM0518' },
  { name: 'The Hague', code: 'GM0518' },
  { name: 'Den Bosch', code: 'GM0796' },
  { name: 'Zuidwest-Friesland', code: 'GM1900' },
  { name: 'Noordoost-Friesland', code: 'GM1970' },
  { name: 'De Friese Meren', code: 'GM1940' },
  { name: 'Dantumadeel', code: 'GM1891' },
  { name: 'Tietjerksteradeel', code: 'GM0737' },
];

export const MERGED_MUNICIPALITIES: readonly MergedMunicipality[] = [
  // 2019
  { name: 'Haren', code: 'GM0014', year: 2019 },
  { name: 'Ten Boer', code: 'GM0014', year: 2019 },
  { name: 'Bedum', code: 'GM1966', year: 2019 },
  { name: 'De Marne', code: 'GM1966', year: 2019 },
  { name: 'Eemsmond', code: 'GM1966', year: 2019 },
  { name: 'Winsum', code: 'GM1966', year: 2019 },
  { name: 'Grootegast', code: 'GM1969', year: 2019 },
  { name: 'Leek', code: 'GM1969', year: 2019 },
  { name: 'Marum', code: 'GM1969', year: 2019 },
  { name: 'Zuidhorn', code: 'GM1969', year: 2019 },
  { name: 'Dongeradeel', code: 'GM1970', year: 2019 },
  { name: 'Ferwerderadiel', code: 'GM1970', year: 2019 },
  { name: 'Kollumerland en Nieuwkruisland', code: 'GM1970', year: 2019 },
  { name: 'Giessenlanden', code: 'GM1978', year: 2019 },
  { name: 'Molenwaard', code: 'GM1978', year: 2019 },
  { name: 'Leerdam', code: 'GM1961', year: 2019 },
  { name: 'Zederik', code: 'GM1961', year: 2019 },
  { name: 'Vianen', code: 'GM1961', year: 2019 },
  { name: 'Binnenmaas', code: 'GM1963', year: 2019 },
  { name: 'Cromstrijen', code: 'GM1963', year: 2019 },
  { name: 'Korendijk', code: 'GM1963', year: 2019 },
  { name: 'Oud-Beijerland', code: 'GM1963', year: 2019 },
  { name: 'Strijen', code: 'GM1963', year: 2019 },
  { name: 'Geldermalsen', code: 'GM1960', year: 2019 },
  { name: 'Lingewaal', code: 'GM1960', year: 2019 },
  { name: 'Neerijnen', code: 'GM1960', year: 2019 },
  { name: 'Aalburg', code: 'GM1959', year: 2019 },
  { name: 'Werkendam', code: 'GM1959', year: 2019 },
  { name: 'Woudrichem', code: 'GM1959', year: 2019 },
  { name: 'Nuth', code: 'GM1954', year: 2019 },
  { name: 'Onderbanken', code: 'GM1954', year: 2019 },
  { name: 'Schinnen', code: 'GM1954', year: 2019 },
  { name: 'Haarlemmerliede en Spaarnwoude', code: 'GM0394', year: 2019 },
  { name: 'Noordwijkerhout', code: 'GM0575', year: 2019 },
  // 2021
  { name: 'Appingedam', code: 'GM1979', year: 2021 },
  { name: 'Delfzijl', code: 'GM1979', year: 2021 },
  { name: 'Loppersum', code: 'GM1979', year: 2021 },
  // 2022
  { name: 'Weesp', code: 'GM0363', year: 2022 },
  { name: 'Boxmeer', code: 'GM1982', year: 2022 },
  { name: 'Cuijk', code: 'GM1982', year: 2022 },
  { name: 'Grave', code: 'GM1982', year: 2022 },
  { name: 'Mill en Sint Hubert', code: 'GM1982', year: 2022 },
  { name: 'Sint Anthonis', code: 'GM1982', year: 2022 },
  { name: 'Landerd', code: 'GM1991', year: 2022 },
  { name: 'Uden', code: 'GM1991', year: 2022 },
  { name: 'Heerhugowaard', code: 'GM1980', year: 2022 },
  { name: 'Langedijk', code: 'GM1980', year: 2022 },
  { name: 'Beemster', code: 'GM0439', year: 2022 },
  // 2023
  { name: 'Brielle', code: 'GM1992', year: 2023 },
  { name: 'Hellevoetsluis', code: 'GM1992', year: 2023 },
  { name: 'Westvoorne', code: 'GM1992', year: 2023 },
];
