import type { ActionKind, ContactForm, ContactRole, OrganisationType } from '../../shared/domain/enums';

/**
 * The fictional network of the demo case file: organisations in the demo
 * signals' big cities, the people ESS talks to there, and what contact
 * moments and actions are about. Municipal and national bodies carry their
 * public names; every other organisation and every person is invented and
 * marked "(fictief)" where a name could be mistaken for a real one.
 */

export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  municipalities: readonly string[];
}

export const AMSTERDAM = 'GM0363';
export const ROTTERDAM = 'GM0599';
export const DEN_HAAG = 'GM0518';
export const UTRECHT = 'GM0344';
export const EINDHOVEN = 'GM0772';
export const ALMERE = 'GM0034';
export const GRONINGEN = 'GM0014';
export const TILBURG = 'GM0855';
export const ARNHEM = 'GM0202';
export const NIJMEGEN = 'GM0268';

/** Where contact moments happen, and how often (weights). */
export const DEMO_PLACES: readonly (readonly [code: string, name: string, weight: number])[] = [
  [AMSTERDAM, 'Amsterdam', 6],
  [ROTTERDAM, 'Rotterdam', 6],
  [DEN_HAAG, 'Den Haag', 5],
  [UTRECHT, 'Utrecht', 5],
  [EINDHOVEN, 'Eindhoven', 3],
  [GRONINGEN, 'Groningen', 3],
  [ARNHEM, 'Arnhem', 2],
  [NIJMEGEN, 'Nijmegen', 2],
  [ALMERE, 'Almere', 2],
  [TILBURG, 'Tilburg', 2],
];

/**
 * Places where contact has lapsed, so the network overview has something to
 * point at: their contact moments all lie more than QUIET_AFTER_DAYS back,
 * while the demo signals keep coming in there.
 */
export const QUIET_PLACES: readonly string[] = [ALMERE, TILBURG];
export const QUIET_AFTER_DAYS = 75;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { name: 'Gemeente Amsterdam', type: 'gemeente', municipalities: [AMSTERDAM] },
  { name: 'Stichting Buurtverbinding Nieuw-West (fictief)', type: 'zelforganisatie', municipalities: [AMSTERDAM] },
  { name: 'Moskee Al-Noer (fictief)', type: 'gebedshuis', municipalities: [AMSTERDAM] },
  { name: 'Meldpunt Discriminatie Amstelland (fictief)', type: 'antidiscriminatievoorziening', municipalities: [AMSTERDAM] },
  { name: 'Gemeente Rotterdam', type: 'gemeente', municipalities: [ROTTERDAM] },
  { name: 'Politie basisteam Rotterdam-Zuid (fictief)', type: 'politie', municipalities: [ROTTERDAM] },
  { name: 'Stichting Eritrese Gemeenschap Rijnmond (fictief)', type: 'zelforganisatie', municipalities: [ROTTERDAM] },
  { name: 'Kerkgenootschap De Ark (fictief)', type: 'gebedshuis', municipalities: [ROTTERDAM] },
  { name: 'Gemeente Den Haag', type: 'gemeente', municipalities: [DEN_HAAG] },
  { name: 'Haags Platform Levensbeschouwingen (fictief)', type: 'zelforganisatie', municipalities: [DEN_HAAG] },
  { name: 'Stichting Oekraïense Gemeenschap Haaglanden (fictief)', type: 'zelforganisatie', municipalities: [DEN_HAAG] },
  { name: 'Gemeente Utrecht', type: 'gemeente', municipalities: [UTRECHT] },
  { name: 'Kenniscentrum Sociale Cohesie Utrecht (fictief)', type: 'kennisinstituut', municipalities: [UTRECHT] },
  { name: 'Cultureel Centrum Kanaleneiland (fictief)', type: 'zelforganisatie', municipalities: [UTRECHT] },
  { name: 'Gemeente Eindhoven', type: 'gemeente', municipalities: [EINDHOVEN] },
  { name: 'Antidiscriminatiebureau Zuidoost-Brabant (fictief)', type: 'antidiscriminatievoorziening', municipalities: [EINDHOVEN, TILBURG] },
  { name: 'Gemeente Almere', type: 'gemeente', municipalities: [ALMERE] },
  { name: 'Jongerenwerk Almere Buiten (fictief)', type: 'zelforganisatie', municipalities: [ALMERE] },
  { name: 'Gemeente Groningen', type: 'gemeente', municipalities: [GRONINGEN] },
  { name: 'Joodse Gemeente Noord (fictief)', type: 'gebedshuis', municipalities: [GRONINGEN] },
  { name: 'Gemeente Tilburg', type: 'gemeente', municipalities: [TILBURG] },
  { name: 'Gemeente Arnhem', type: 'gemeente', municipalities: [ARNHEM] },
  { name: 'Zorg- en Veiligheidshuis Gelderland-Midden (fictief)', type: 'overig', municipalities: [ARNHEM, NIJMEGEN] },
  { name: 'Gemeente Nijmegen', type: 'gemeente', municipalities: [NIJMEGEN] },
  { name: 'Ministerie van Buitenlandse Zaken', type: 'ministerie', municipalities: [] },
  { name: 'NCTV', type: 'nctv', municipalities: [] },
  { name: 'Kennisplatform Samenleven (fictief)', type: 'kennisinstituut', municipalities: [] },
];

/** Invented names, paired first with last; no real person is meant. */
const FIRST_NAMES = [
  'Anke', 'Youssef', 'Marieke', 'Dennis', 'Fatima', 'Jeroen', 'Samira', 'Bram', 'Ilse', 'Mehmet',
  'Ruth', 'Kofi', 'Lotte', 'Ahmed', 'Esther', 'Tim', 'Nadia', 'Hans', 'Olena', 'Rachid',
  'Eva', 'Daniël', 'Hatice', 'Sander', 'Miriam', 'Tesfay', 'Judith', 'Karim', 'Wendy', 'Pieter',
  'Aylin', 'Joost', 'Saskia', 'Mohamed', 'Femke', 'Levi', 'Zeynep', 'Koen', 'Ingrid', 'Bilal',
] as const;
const LAST_NAMES = [
  'de Boer', 'Bakkali', 'Visser', 'Jansen', 'El Amrani', 'Mulder', 'Haddou', 'Smit', 'Meijer', 'Yılmaz',
  'Cohen', 'Mensah', 'de Graaf', 'Benali', 'van Dijk', 'Bos', 'Ouali', 'Vermeulen', 'Kovalenko', 'Ziani',
  'Dekker', 'Brouwer', 'Kaya', 'van Leeuwen', 'Hoekstra', 'Gebremedhin', 'Peters', 'Amrani', 'Kok', 'Post',
  'Demir', 'Willems', 'van der Linden', 'Ait Taleb', 'Prins', 'Blom', 'Aydın', 'Huisman', 'Koster', 'Chaouch',
] as const;

export const DEMO_PERSON_COUNT = FIRST_NAMES.length;

export function demoPersonName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]!} ${LAST_NAMES[(index * 7) % LAST_NAMES.length]!}`;
}

/** What someone at each kind of organisation does, and in which role ESS knows them. */
export const FUNCTIONS: Readonly<Record<OrganisationType, readonly (readonly [fn: string, role: ContactRole])[]>> = {
  gemeente: [['Beleidsadviseur sociale stabiliteit', 'beleidsambtenaar'], ['Wethouder', 'bestuurder'], ['Wijkregisseur', 'professional']],
  ministerie: [['Beleidsmedewerker', 'beleidsambtenaar']],
  politie: [['Wijkagent', 'wijkagent'], ['Teamchef', 'bestuurder']],
  nctv: [['Senior adviseur statelijke dreigingen', 'beleidsambtenaar']],
  antidiscriminatievoorziening: [['Consulent', 'professional']],
  gebedshuis: [['Bestuurslid', 'sleutelfiguur'], ['Voorzitter', 'sleutelfiguur']],
  zelforganisatie: [['Voorzitter', 'sleutelfiguur'], ['Jongerenwerker', 'professional']],
  kennisinstituut: [['Onderzoeker', 'professional']],
  overig: [['Procesregisseur', 'professional']],
};

export interface DemoTopic {
  theme: string;
  about: string;
  minutes: string;
}

/** What contact moments are about; {place} is filled in. */
export const TOPICS: readonly DemoTopic[] = [
  { theme: 'polarisatie', about: 'oplopende spanningen tussen groepen jongeren', minutes: 'De gemeente ziet een verharding van de toon op school en online. Afgesproken: jongerenwerk en wijkagent trekken samen op; ESS deelt de handreiking over polarisatie.' },
  { theme: 'statelijke-inmenging', about: 'druk op leden van een diasporagemeenschap', minutes: 'Sleutelfiguren vertellen dat leden zich onder druk gezet voelen. Besproken hoe signalen veilig kunnen worden gemeld en wie waarvoor aanspreekpunt is.' },
  { theme: 'buitenlandse-verkiezingen', about: 'de campagneperiode rond een buitenlandse verkiezing', minutes: 'Aangekondigde campagnebijeenkomsten doorgenomen. Toegelicht: de campagneperiode van drie maanden en de meldplicht van bezoeken bij Buitenlandse Zaken.' },
  { theme: 'internationaal-conflict', about: 'de doorwerking van een internationaal conflict op scholen', minutes: 'Leraren merken spanningen in de klas. Afgesproken: een kennissessie voor docenten en contact met het schoolbestuur.' },
  { theme: 'discriminatie', about: 'meldingen van discriminatie bij een sportvereniging', minutes: 'Het meldpunt ontving meerdere meldingen. De vereniging wil een gedragscode; ESS verwijst naar bestaande aanpakken.' },
  { theme: 'asiel-opvang', about: 'de komst van een nieuwe opvanglocatie', minutes: 'De informatieavond verliep onrustig. Besproken: communicatie met omwonenden en het tegengaan van geruchten.' },
  { theme: 'gebedshuizen', about: 'de veiligheid van gebedshuizen', minutes: 'Besturen van gebedshuizen willen gezamenlijke afspraken met gemeente en politie. Vervolgoverleg gepland.' },
  { theme: 'desinformatie', about: 'desinformatie na een incident in de wijk', minutes: 'Een onjuist bericht gaat rond in besloten groepen. De gemeente bereidt een feitelijke reactie voor; sleutelfiguren helpen die te verspreiden.' },
  { theme: 'online-haat', about: 'online intimidatie van een lokale woordvoerder', minutes: 'De woordvoerder is ondersteund; aangifte is gedaan. Besproken hoe de gemeente haar steun zichtbaar maakt.' },
  { theme: 'demonstraties', about: 'een aangekondigde demonstratie en tegendemonstratie', minutes: 'Beeld van de sfeer gedeeld met de driehoek. Geen aanwijzingen voor geweld; wel aandacht voor online oproepen.' },
];

export const FORM_OPENERS: Readonly<Record<ContactForm, string>> = {
  overleg: 'Overleg over',
  telefoon: 'Telefonisch contact over',
  'e-mail': 'Afstemming per e-mail over',
  werkbezoek: 'Werkbezoek: gesprek over',
  kennissessie: 'Kennissessie over',
  netwerkbijeenkomst: 'Netwerkbijeenkomst over',
};

export const FORM_WEIGHTS: readonly (readonly [ContactForm, number])[] = [
  ['overleg', 5],
  ['telefoon', 4],
  ['e-mail', 3],
  ['werkbezoek', 2],
  ['kennissessie', 1],
  ['netwerkbijeenkomst', 1],
];

export const ACTION_TEXTS: readonly (readonly [ActionKind, string])[] = [
  ['advies', 'Schriftelijk advies sturen over de aanpak van {about}'],
  ['kennisproduct', 'Handreiking over {about} toesturen'],
  ['kennissessie', 'Kennissessie voor professionals over {about} plannen'],
  ['doorverwijzen', 'Betrokkenen doorverwijzen naar het antidiscriminatiebureau'],
  ['ministerie-informeren', 'Ministerie informeren over {about} in {place}'],
  ['afstemmen-partner', 'Afstemmen met gemeente en politie over het vervolg in {place}'],
];

export const RESULTS = [
  'Advies verstuurd en besproken met de beleidsadviseur (fictief).',
  'Handreiking gedeeld; de gemeente neemt die mee in haar aanpak (fictief).',
  'Kennissessie gehouden met twintig deelnemers (fictief).',
  'Afgestemd; geen verdere actie nodig (fictief).',
] as const;
