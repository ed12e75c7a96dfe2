import type { ElectionFieldsDraft } from '../election';

/**
 * The starter list of foreign elections that matter to communities here,
 * loaded once into every case file by migration 010. Advisers then correct and
 * extend it themselves: it is a start, not a feed.
 *
 * Rules kept here: a day only where the election authority announced or held
 * the election on that day (cited per entry); an election whose day is not
 * fixed is 'verwacht' with year precision (the year follows from the term of
 * office set in the constitution or electoral law, cited per entry).
 *
 * Compiled on 2026-12-03 offline from the compiler's knowledge of these
 * official announcements and results, without a live check of the sources:
 * `verifiedOn` is that compilation date. Re-check each source before relying
 * on a date, and update verifiedOn when you do.
 *
 * Left out on purpose: elections of 2026 whose day we cannot cite (Morocco's
 * House of Representatives, Cape Verde's legislative and presidential
 * elections, Bulgaria's presidential election, Russia's State Duma): by the
 * time this list ships they are due or past, and a guessed day would mislead.
 * Eritrea (no national election held since independence) and Ukraine
 * (elections suspended under martial law) have no date to list.
 */
const COMPILED_ON = '2026-12-03';

export const ELECTION_STARTER_LIST: readonly ElectionFieldsDraft[] = [
  // Turkey, 2023: Yüksek Seçim Kurulu (YSK), decision on the calendar of the 14 May 2023 elections; run-off 28 May 2023.
  {
    country: 'TR', kind: 'presidentieel', round: 1, date: '2023-05-14', precision: 'day', status: 'gehouden',
    title: 'Presidents- en parlementsverkiezing Turkije', source: 'Yüksek Seçim Kurulu (YSK), uitslag verkiezingen 14 mei 2023',
    verifiedOn: COMPILED_ON,
  },
  {
    country: 'TR', kind: 'presidentieel', round: 2, date: '2023-05-28', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Turkije, 2e ronde', source: 'Yüksek Seçim Kurulu (YSK), uitslag tweede ronde 28 mei 2023',
    verifiedOn: COMPILED_ON,
  },
  // Turkey, next general election: the Constitution (art. 77) sets a five-year term; the day is not fixed.
  {
    country: 'TR', kind: 'presidentieel', round: 1, date: '2028-01-01', precision: 'year', status: 'verwacht',
    title: 'Presidents- en parlementsverkiezing Turkije', source: 'Grondwet Turkije, art. 77 (zittingsduur vijf jaar na mei 2023)',
    verifiedOn: COMPILED_ON, notes: 'Dag nog niet vastgesteld; vul de datum in zodra de YSK die bekendmaakt (dan verschijnt het campagnevenster).',
  },
  // Turkey, local elections: held 31 March 2024 (YSK); five-year term, so next in 2029.
  {
    country: 'TR', kind: 'lokaal', round: 1, date: '2029-01-01', precision: 'year', status: 'verwacht',
    title: 'Lokale verkiezingen Turkije', source: 'YSK; vorige lokale verkiezingen 31 maart 2024, zittingsduur vijf jaar',
    verifiedOn: COMPILED_ON, notes: 'In Turkije wonende kiezers stemmen; Turken in het buitenland stemmen niet bij lokale verkiezingen.',
  },
  // Suriname: general elections held 25 May 2025 (Centraal Hoofdstembureau); five-year term, next in 2030.
  {
    country: 'SR', kind: 'parlementair', round: 1, date: '2025-05-25', precision: 'day', status: 'gehouden',
    title: 'Verkiezingen De Nationale Assemblée', source: 'Centraal Hoofdstembureau Suriname, uitslag verkiezingen 25 mei 2025',
    verifiedOn: COMPILED_ON, notes: 'Stemmen kan alleen in Suriname zelf; er zijn geen stembureaus in Nederland.',
  },
  {
    country: 'SR', kind: 'parlementair', round: 1, date: '2030-01-01', precision: 'year', status: 'verwacht',
    title: 'Verkiezingen De Nationale Assemblée', source: 'Grondwet Suriname (zittingsduur De Nationale Assemblée vijf jaar, na mei 2025)',
    verifiedOn: COMPILED_ON,
  },
  // Poland (EU: no campaign window): presidential election 18 May 2025, run-off 1 June 2025 (Państwowa Komisja Wyborcza).
  {
    country: 'PL', kind: 'presidentieel', round: 1, date: '2025-05-18', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Polen', source: 'Państwowa Komisja Wyborcza (PKW), uitslag 18 mei 2025',
    verifiedOn: COMPILED_ON,
  },
  {
    country: 'PL', kind: 'presidentieel', round: 2, date: '2025-06-01', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Polen, 2e ronde', source: 'Państwowa Komisja Wyborcza (PKW), uitslag 1 juni 2025',
    verifiedOn: COMPILED_ON,
  },
  // Poland, Sejm and Senate: last elected 15 October 2023, four-year term (Constitution art. 98), so 2027.
  {
    country: 'PL', kind: 'parlementair', round: 1, date: '2027-01-01', precision: 'year', status: 'verwacht',
    title: 'Parlementsverkiezing Polen (Sejm en Senaat)', source: 'Grondwet Polen, art. 98 (zittingsduur vier jaar na oktober 2023)',
    verifiedOn: COMPILED_ON,
  },
  // Romania (EU): presidential election 4 May 2025, run-off 18 May 2025 (Biroul Electoral Central).
  {
    country: 'RO', kind: 'presidentieel', round: 1, date: '2025-05-04', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Roemenië', source: 'Biroul Electoral Central (BEC), uitslag 4 mei 2025',
    verifiedOn: COMPILED_ON,
  },
  {
    country: 'RO', kind: 'presidentieel', round: 2, date: '2025-05-18', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Roemenië, 2e ronde', source: 'Biroul Electoral Central (BEC), uitslag 18 mei 2025',
    verifiedOn: COMPILED_ON,
  },
  // Romania, parliament: last elected 1 December 2024, four-year term (Constitution art. 63), so 2028.
  {
    country: 'RO', kind: 'parlementair', round: 1, date: '2028-01-01', precision: 'year', status: 'verwacht',
    title: 'Parlementsverkiezing Roemenië', source: 'Grondwet Roemenië, art. 63 (zittingsduur vier jaar na december 2024)',
    verifiedOn: COMPILED_ON,
  },
  // Ghana: general election 7 December 2024 (Electoral Commission of Ghana); four-year term, next in 2028.
  {
    country: 'GH', kind: 'presidentieel', round: 1, date: '2024-12-07', precision: 'day', status: 'gehouden',
    title: 'Presidents- en parlementsverkiezing Ghana', source: 'Electoral Commission of Ghana, uitslag 7 december 2024',
    verifiedOn: COMPILED_ON,
  },
  {
    country: 'GH', kind: 'presidentieel', round: 1, date: '2028-01-01', precision: 'year', status: 'verwacht',
    title: 'Presidents- en parlementsverkiezing Ghana', source: 'Grondwet Ghana 1992, art. 66 en 113 (ambtstermijn vier jaar na december 2024)',
    verifiedOn: COMPILED_ON,
  },
  // Iran: presidential election 28 June 2024, run-off 5 July 2024 (Ministry of Interior).
  {
    country: 'IR', kind: 'presidentieel', round: 1, date: '2024-06-28', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Iran', source: 'Ministerie van Binnenlandse Zaken Iran, uitslag 28 juni 2024',
    verifiedOn: COMPILED_ON,
  },
  {
    country: 'IR', kind: 'presidentieel', round: 2, date: '2024-07-05', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Iran, 2e ronde', source: 'Ministerie van Binnenlandse Zaken Iran, uitslag 5 juli 2024',
    verifiedOn: COMPILED_ON,
  },
  // Iran, Majlis: last elected 1 March 2024, four-year term (Constitution art. 63), so 2028.
  {
    country: 'IR', kind: 'parlementair', round: 1, date: '2028-01-01', precision: 'year', status: 'verwacht',
    title: 'Parlementsverkiezing Iran (Majlis)', source: 'Grondwet Iran, art. 63 (zittingsduur vier jaar na maart 2024)',
    verifiedOn: COMPILED_ON,
  },
  // Russia: presidential election 15–17 March 2024 (Central Election Commission); six-year term, next in 2030.
  {
    country: 'RU', kind: 'presidentieel', round: 1, date: '2024-03-17', precision: 'day', status: 'gehouden',
    title: 'Presidentsverkiezing Rusland', source: 'Centrale Kiescommissie Russische Federatie, uitslag 15–17 maart 2024',
    verifiedOn: COMPILED_ON, notes: 'Stemmen over drie dagen (15–17 maart); als datum de laatste dag.',
  },
  {
    country: 'RU', kind: 'presidentieel', round: 1, date: '2030-01-01', precision: 'year', status: 'verwacht',
    title: 'Presidentsverkiezing Rusland', source: 'Grondwet Russische Federatie, art. 81 (ambtstermijn zes jaar na maart 2024)',
    verifiedOn: COMPILED_ON,
  },
];
