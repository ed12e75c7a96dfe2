import type { Widen } from '../widen';

/**
 * Labels of the foreign-election register; spread into ../nl.ts and ../en.ts.
 * The backend's validation keys come first; UI keys are appended below them.
 */
export const nl = {
  election: {
    validation: {
      country: 'Kies een land uit de lijst (ISO-code van twee letters, bijvoorbeeld TR).',
      kind: 'Kies een soort verkiezing uit de lijst.',
      round: 'De ronde is 1, 2 of 3.',
      precision: 'Kies hoe precies de datum bekend is: dag, maand of jaar.',
      status: 'Kies een status: aangekondigd, verwacht of gehouden.',
      votingPlaceKind: 'Kies een soort stemlocatie: ambassade, consulaat of overig.',
      source: 'Vermeld de bron van de datum (instantie en document, of een link).',
      heldNeedsDay: 'Een gehouden verkiezing heeft een bekende dag; kies precisie ‘dag’.',
      heldInFuture: 'Een verkiezing in de toekomst kan nog niet gehouden zijn.',
      linkEntity: 'Een verkiezing kan alleen aan een signaal, casus of actie worden gekoppeld.',
      unknownElection: 'Onbekende verkiezing.',
      electionDeleted: 'Deze verkiezing is verwijderd.',
    },
  },
};

/** English labels, the same keys. */
export const en: Widen<typeof nl> = {
  election: {
    validation: {
      country: 'Choose a country from the list (two-letter ISO code, e.g. TR).',
      kind: 'Choose a kind of election from the list.',
      round: 'The round is 1, 2 or 3.',
      precision: 'Choose how precisely the date is known: day, month or year.',
      status: 'Choose a status: announced, expected or held.',
      votingPlaceKind: 'Choose a kind of polling place: embassy, consulate or other.',
      source: 'Give the source of the date (institution and document, or a link).',
      heldNeedsDay: 'An election that was held has a known day; choose precision ‘day’.',
      heldInFuture: 'An election in the future cannot have been held yet.',
      linkEntity: 'An election can only be linked to a signal, case or action.',
      unknownElection: 'Unknown election.',
      electionDeleted: 'This election has been deleted.',
    },
  },
};
