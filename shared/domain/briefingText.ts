/**
 * Fixed Dutch wording of the document. A note to a ministry is written in
 * Dutch whatever language the app shows, so these are not UI translations.
 */
export const DOCUMENT_TEXT = {
  nota: 'Nota',
  overview: 'Signaleringsoverzicht',
  to: 'Aan',
  from: 'Van',
  date: 'Datum',
  subject: 'Betreft',
  purpose: 'Doel',
  forInformation: 'Ter informatie',
  forDecision: 'Ter beslissing',
  deadline: 'Deadline',
  period: 'Periode',
  reference: 'Kenmerk',
  contact: 'Contactpersoon',
  attachments: 'Bijlagen',
  copyTo: 'Kopie aan',
  page: 'Pagina',
  of: 'van',
  toBeWritten: '[In te vullen]',
  none: 'Geen',
  noSignals: 'Er zijn geen signalen geselecteerd.',
  noActions: 'Er staan geen open acties bij de geselecteerde signalen en casussen.',
  noContacts: 'Er zijn in deze selectie geen contactmomenten vastgelegd.',
  national: 'Landelijk',
  heading: {
    aanleiding: 'Aanleiding',
    geadviseerdBesluit: 'Geadviseerd besluit',
    kernpunten: 'Kernpunten',
    toelichting: 'Toelichting',
    beeld: 'Beeld',
    duiding: 'Duiding',
    contactenEnActies: 'Contacten en acties',
    vervolgAdvies: 'Vervolg/advies',
    afstemming: 'Afstemming',
    nietOpenbaar: 'Niet openbaar',
    bijlagen: 'Bijlagen',
    parafen: 'Parafen',
    periode: 'Periode en selectie',
    aantallen: 'Aantallen',
    perTheme: 'Signalen per thema',
    perProvince: 'Signalen per provincie',
    perWeek: 'Signalen per week',
    signals: 'Geselecteerde signalen',
    cases: 'Casussen',
    openActions: 'Open acties',
    contacts: 'Contacten in de periode',
  },
  column: {
    number: 'Nr.',
    received: 'Datum',
    place: 'Gemeente',
    theme: 'Thema',
    title: 'Titel',
    signal: 'Signaal',
    urgency: 'Urgentie',
    count: 'Aantal',
    share: 'Aandeel',
    province: 'Provincie',
    week: 'Week',
    caseTitle: 'Casus',
    type: 'Soort',
    status: 'Status',
    start: 'Start',
    action: 'Actie',
    owner: 'Eigenaar',
    due: 'Deadline',
    date: 'Datum',
    form: 'Vorm',
    contactSubject: 'Onderwerp',
    withWhom: 'Met',
    role: 'Functie',
    name: 'Naam',
    initials: 'Paraaf',
  },
  wooGround: 'Woo-grond',
  parafenRoles: ['Opsteller', 'Coördinator ESS', 'Directeur'],
} as const;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** 2026-03-05 → "5 maart 2026". */
export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** 2026-03-05 → "05-03-2026", for narrow table columns. */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}
