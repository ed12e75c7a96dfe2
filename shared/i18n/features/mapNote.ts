import type { Widen } from '../widen';

/**
 * The municipality map as a picture in a signaleringsoverzicht, and the
 * sources the app names in its settings. Dutch labels; spread into ../nl.ts.
 */
export const nl = {
  mapNote: {
    includeMap: 'Kaart opnemen',
    includeMapHint: 'Een kaart van het aantal signalen per gemeente in de periode, met legenda en bron, als afbeelding in het overzicht.',
  },
  sources: {
    heading: 'Bronnen en licenties',
    intro: 'ESS Casusbeheer gebruikt deze gegevens van anderen. De volledige lijst staat in NOTICE.md bij de installatie.',
    mapLabel: 'Kaart',
    map: 'Bron: CBS, Kadaster/PDOK (CC BY 4.0)',
    registerLabel: 'Gemeenteregister',
    register: 'De 342 gemeenten van 1 januari 2026 met hun provincie. Bron: CBS, Kadaster/PDOK (CC BY 4.0)',
  },
};

export const en: Widen<typeof nl> = {
  mapNote: {
    includeMap: 'Include map',
    includeMapHint: 'A map of the number of signals per municipality in the period, with legend and source, as a picture in the overview.',
  },
  sources: {
    heading: 'Sources and licences',
    intro: 'ESS Case Management uses this data from others. The full list is in NOTICE.md with the installation.',
    mapLabel: 'Map',
    map: 'Source: CBS, Kadaster/PDOK (CC BY 4.0)',
    registerLabel: 'Municipality register',
    register: 'The 342 municipalities of 1 January 2026 with their province. Source: CBS, Kadaster/PDOK (CC BY 4.0)',
  },
};
