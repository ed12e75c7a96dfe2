import type { Widen } from '../widen';

/** Dutch labels of the one record picker; spread into ../nl.ts. */
export const nl = {
  pickers: {
    placeholder: {
      municipality: 'Typ een gemeente…',
      organisation: 'Typ een organisatie…',
      person: 'Typ een naam…',
      signal: 'Typ een nummer of woorden…',
      case: 'Typ een nummer of woorden…',
    },
    noMatch: {
      municipality: "Geen gemeente gevonden voor '{{text}}'",
      organisation: "Geen organisatie gevonden voor '{{text}}'",
      person: "Geen persoon gevonden voor '{{text}}'",
      signal: "Geen signaal gevonden voor '{{text}}'",
      case: "Geen casus gevonden voor '{{text}}'",
    },
    searching: 'Zoeken…',
    suggestions: 'Suggesties',
    chosen: 'Gekozen: {{label}}',
    remove: '{{name}} verwijderen',
    count: {
      municipality_one: '{{count}} gemeente gekozen',
      municipality_other: '{{count}} gemeenten gekozen',
      organisation_one: '{{count}} organisatie gekozen',
      organisation_other: '{{count}} organisaties gekozen',
      person_one: '{{count}} persoon gekozen',
      person_other: '{{count}} personen gekozen',
      signal_one: '{{count}} signaal gekozen',
      signal_other: '{{count}} signalen gekozen',
      case_one: '{{count}} casus gekozen',
      case_other: '{{count}} casussen gekozen',
    },
    note: {
      nickname: '{{alias}} = {{name}}',
      merged: '{{alias}} → {{name}} sinds {{year}}',
    },
  },
} as const;

export const en: Widen<typeof nl> = {
  pickers: {
    placeholder: {
      municipality: 'Type a municipality…',
      organisation: 'Type an organisation…',
      person: 'Type a name…',
      signal: 'Type a number or words…',
      case: 'Type a number or words…',
    },
    noMatch: {
      municipality: "No municipality found for '{{text}}'",
      organisation: "No organisation found for '{{text}}'",
      person: "No person found for '{{text}}'",
      signal: "No signal found for '{{text}}'",
      case: "No case found for '{{text}}'",
    },
    searching: 'Searching…',
    suggestions: 'Suggestions',
    chosen: 'Chosen: {{label}}',
    remove: 'Remove {{name}}',
    count: {
      municipality_one: '{{count}} municipality chosen',
      municipality_other: '{{count}} municipalities chosen',
      organisation_one: '{{count}} organisation chosen',
      organisation_other: '{{count}} organisations chosen',
      person_one: '{{count}} person chosen',
      person_other: '{{count}} people chosen',
      signal_one: '{{count}} signal chosen',
      signal_other: '{{count}} signals chosen',
      case_one: '{{count}} case chosen',
      case_other: '{{count}} cases chosen',
    },
    note: {
      nickname: '{{alias}} = {{name}}',
      merged: '{{alias}} → {{name}} since {{year}}',
    },
  },
};
