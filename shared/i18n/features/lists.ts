import type { Widen } from '../widen';

/** Dutch labels of the list pager and the app's own date field; spread into ../nl.ts. */
export const nl = {
  pager: {
    first: 'Eerste',
    last: 'Laatste',
    page: 'Pagina',
    pageOf: 'van {{pages}}',
    goToPage: 'Ga',
    pageInvalid: 'Kies een pagina van 1 tot en met {{pages}}.',
  },
  dateInput: {
    placeholder: 'dd-mm-jjjj',
    invalid: 'Geen geldige datum: gebruik dd-mm-jjjj.',
  },
} as const;

export const en: Widen<typeof nl> = {
  pager: {
    first: 'First',
    last: 'Last',
    page: 'Page',
    pageOf: 'of {{pages}}',
    goToPage: 'Go',
    pageInvalid: 'Choose a page from 1 to {{pages}}.',
  },
  dateInput: {
    placeholder: 'dd-mm-yyyy',
    invalid: 'Not a valid date: use dd-mm-yyyy.',
  },
};
