import type { Widen } from '../widen';

/**
 * Dutch labels of the triage order, the network attention rule and the
 * grouped global search; spread into ../nl.ts under their own key, so they
 * never replace another feature's labels.
 */
export const nl = {
  attention: {
    triageIntro: 'Signalen met status nieuw of in duiding: de meest urgente eerst (acuut, hoog, gemiddeld, laag), en binnen elke urgentie de oudste eerst.',
    network: {
      column: 'Aandacht',
      filter_one: '{{count, number}} gemeente vraagt aandacht',
      filter_other: '{{count, number}} gemeenten vragen aandacht',
      filterHint: 'Toon alleen deze gemeenten',
      filterOn: 'Alleen gemeenten die aandacht vragen. Klik nogmaals om alle gemeenten te tonen.',
      none: 'Geen gemeente vraagt aandacht in deze periode.',
      legend: '⚠ Aandacht: {{signals}}; of {{overdue}}.',
      legendSignals_one: 'meer dan {{count, number}} signaal in de periode (de hoogste {{share}}% van de gemeenten) en {{days}} dagen of langer geen contact',
      legendSignals_other: 'meer dan {{count, number}} signalen in de periode (de hoogste {{share}}% van de gemeenten) en {{days}} dagen of langer geen contact',
      legendSignalsFloor: '{{count, number}} of meer signalen in de periode en {{days}} dagen of langer geen contact',
      legendOverdueAny: 'een actie die meer dan {{days}} dagen verlopen is',
      legendOverdue_one: 'meer dan {{count, number}} actie die meer dan {{days}} dagen verlopen is (de hoogste {{share}}%)',
      legendOverdue_other: 'meer dan {{count, number}} acties die meer dan {{days}} dagen verlopen zijn (de hoogste {{share}}%)',
      reason: {
        quiet_one: '{{count, number}} signaal, {{days}} dagen geen contact',
        quiet_other: '{{count, number}} signalen, {{days}} dagen geen contact',
        neverContacted_one: '{{count, number}} signaal, nooit contact',
        neverContacted_other: '{{count, number}} signalen, nooit contact',
        overdue_one: '{{count, number}} actie langer dan {{days}} dagen verlopen',
        overdue_other: '{{count, number}} acties langer dan {{days}} dagen verlopen',
      },
    },
    search: {
      label: 'Zoek in signalen, casussen, journaal, contactmomenten, acties, organisaties, contactpersonen, gemeenten en notities',
      briefingFilter: 'Zoek op kenmerk of onderwerp',
      note: {
        nickname: '{{alias}} = {{name}}',
        merged: '{{alias}} → {{name}} sinds {{year}}',
      },
      kind: {
        organisation: 'Organisaties',
        person: 'Contactpersonen',
        municipality: 'Gemeenten',
        briefing: 'Notities',
      },
      all_one: '{{count, number}} resultaat in de lijst',
      all_other: 'Alle {{count, number}} resultaten',
      allMore: 'Meer dan {{count, number}} resultaten',
      allMoreLabel: '{{kind}}: meer dan {{count, number}} resultaten, in de lijst openen',
      allLabel_one: '{{kind}}: {{count, number}} resultaat in de lijst openen',
      allLabel_other: '{{kind}}: alle {{count, number}} resultaten in de lijst openen',
    },
  },
} as const;

export const en: Widen<typeof nl> = {
  attention: {
    triageIntro: 'Signals with status new or being interpreted: the most urgent first (acute, high, medium, low), and within each urgency the oldest first.',
    network: {
      column: 'Attention',
      filter_one: '{{count, number}} municipality needs attention',
      filter_other: '{{count, number}} municipalities need attention',
      filterHint: 'Show only these municipalities',
      filterOn: 'Only municipalities that need attention. Click again to show all municipalities.',
      none: 'No municipality needs attention in this period.',
      legend: '⚠ Attention: {{signals}}; or {{overdue}}.',
      legendSignals_one: 'more than {{count, number}} signal in the period (the top {{share}}% of municipalities) and no contact for {{days}} days or more',
      legendSignals_other: 'more than {{count, number}} signals in the period (the top {{share}}% of municipalities) and no contact for {{days}} days or more',
      legendSignalsFloor: '{{count, number}} or more signals in the period and no contact for {{days}} days or more',
      legendOverdueAny: 'an action more than {{days}} days overdue',
      legendOverdue_one: 'more than {{count, number}} action more than {{days}} days overdue (the top {{share}}%)',
      legendOverdue_other: 'more than {{count, number}} actions more than {{days}} days overdue (the top {{share}}%)',
      reason: {
        quiet_one: '{{count, number}} signal, {{days}} days without contact',
        quiet_other: '{{count, number}} signals, {{days}} days without contact',
        neverContacted_one: '{{count, number}} signal, never contacted',
        neverContacted_other: '{{count, number}} signals, never contacted',
        overdue_one: '{{count, number}} action more than {{days}} days overdue',
        overdue_other: '{{count, number}} actions more than {{days}} days overdue',
      },
    },
    search: {
      label: 'Search signals, cases, journal, contact moments, actions, organisations, contact persons, municipalities and notes',
      briefingFilter: 'Search by reference or subject',
      note: {
        nickname: '{{alias}} = {{name}}',
        merged: '{{alias}} → {{name}} since {{year}}',
      },
      kind: {
        organisation: 'Organisations',
        person: 'Contact persons',
        municipality: 'Municipalities',
        briefing: 'Notes',
      },
      all_one: '{{count, number}} result in the list',
      all_other: 'All {{count, number}} results',
      allMore: 'More than {{count, number}} results',
      allMoreLabel: '{{kind}}: more than {{count, number}} results, open in the list',
      allLabel_one: '{{kind}}: open {{count, number}} result in the list',
      allLabel_other: '{{kind}}: open all {{count, number}} results in the list',
    },
  },
};
