/**
 * Code lists of the domain. Codes are stored in the case file and never
 * renamed; their Dutch/English labels live in shared/i18n (enums.*).
 */
export const SIGNAL_PHASES = ['sluimerend-ongenoegen', 'oplopende-spanningen', 'escalatie', 'na-escalatie'] as const;
export type SignalPhase = (typeof SIGNAL_PHASES)[number];

export const URGENCIES = ['laag', 'gemiddeld', 'hoog', 'acuut'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const TRENDS = ['afnemend', 'stabiel', 'toenemend', 'onbekend'] as const;
export type Trend = (typeof TRENDS)[number];

export const SIGNAL_STATUSES = ['nieuw', 'in-duiding', 'gedeeld', 'in-opvolging', 'afgesloten'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** Admiralty code: reliability of the source (A–F) and credibility of the information (1–6). */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];
export const INFO_CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

/** VIR-BI levels usable on a normal workstation; Stg.-levels are refused. */
export const CLASSIFICATIONS = ['ongerubriceerd', 'departementaal-vertrouwelijk'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const CASE_TYPES = ['lokale-spanning', 'buitenlandse-verkiezing', 'obi', 'incident', 'thematisch'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['open', 'in-behandeling', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SHARE_CHANNELS = ['overleg', 'telefoon', 'e-mail', 'beveiligde-mail', 'brief', 'overig'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

/** Default themes of a new case file; the list is editable per case file. */
export const DEFAULT_THEMES: readonly { code: string; nl: string; en: string }[] = [
  { code: 'polarisatie', nl: 'Polarisatie', en: 'Polarisation' },
  { code: 'statelijke-inmenging', nl: 'Ongewenste buitenlandse inmenging (OBI)', en: 'Unwanted foreign interference' },
  { code: 'buitenlandse-verkiezingen', nl: 'Buitenlandse verkiezingen', en: 'Foreign elections' },
  { code: 'internationaal-conflict', nl: 'Doorwerking internationaal conflict', en: 'Impact of international conflict' },
  { code: 'discriminatie', nl: 'Discriminatie', en: 'Discrimination' },
  { code: 'antisemitisme', nl: 'Antisemitisme', en: 'Antisemitism' },
  { code: 'moslimdiscriminatie', nl: 'Moslimdiscriminatie', en: 'Anti-Muslim discrimination' },
  { code: 'asiel-opvang', nl: 'Spanningen rond asielopvang', en: 'Tensions around asylum reception' },
  { code: 'desinformatie', nl: 'Desinformatie', en: 'Disinformation' },
  { code: 'online-haat', nl: 'Online haat en intimidatie', en: 'Online hate and intimidation' },
  { code: 'demonstraties', nl: 'Demonstraties en protest', en: 'Demonstrations and protest' },
  { code: 'gebedshuizen', nl: 'Gebedshuizen en religieuze instellingen', en: 'Places of worship' },
];

/** Default source types; editable per case file. */
export const DEFAULT_SOURCE_TYPES: readonly { code: string; nl: string; en: string }[] = [
  { code: 'gemeente', nl: 'Gemeente', en: 'Municipality' },
  { code: 'politie', nl: 'Politie', en: 'Police' },
  { code: 'sleutelfiguur', nl: 'Sleutelfiguur', en: 'Key figure' },
  { code: 'professional', nl: 'Professional (onderwijs, welzijn, zorg)', en: 'Professional (education, welfare, care)' },
  { code: 'zelforganisatie', nl: 'Zelforganisatie', en: 'Community organisation' },
  { code: 'rijksoverheid', nl: 'Rijksoverheid', en: 'Central government' },
  { code: 'media', nl: 'Media', en: 'Media' },
  { code: 'sociale-media', nl: 'Sociale media', en: 'Social media' },
  { code: 'eigen-waarneming', nl: 'Eigen waarneming', en: 'Own observation' },
  { code: 'overig', nl: 'Overig', en: 'Other' },
];

export const ORGANISATION_TYPES = [
  'gemeente',
  'ministerie',
  'politie',
  'nctv',
  'antidiscriminatievoorziening',
  'gebedshuis',
  'zelforganisatie',
  'kennisinstituut',
  'overig',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const CONTACT_ROLES = ['sleutelfiguur', 'beleidsambtenaar', 'bestuurder', 'wijkagent', 'professional'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** AVG article 6 grounds; a ministry's contact register normally rests on its public task. */
export const LEGAL_BASES = ['publieke-taak', 'toestemming', 'gerechtvaardigd-belang', 'wettelijke-verplichting'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const CONTACT_FORMS = ['overleg', 'telefoon', 'e-mail', 'werkbezoek', 'kennissessie', 'netwerkbijeenkomst'] as const;
export type ContactForm = (typeof CONTACT_FORMS)[number];

export const ACTION_KINDS = [
  'advies',
  'kennisproduct',
  'kennissessie',
  'doorverwijzen',
  'ministerie-informeren',
  'afstemmen-partner',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['open', 'lopend', 'afgerond', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses that still ask for work: only these can be overdue. */
export const OPEN_ACTION_STATUSES = ['open', 'lopend'] as const satisfies readonly ActionStatus[];
