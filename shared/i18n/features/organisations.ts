import type { Widen } from '../widen';

/** Dutch labels of this feature; spread into ../nl.ts. */
export const nl = {
  organisation: { placeholder: 'organisation' },
  organisations: { placeholder: 'organisations' },
  contactPerson: { placeholder: 'contactPerson' },
  contactPersons: { placeholder: 'contactPersons' },
  privacy: { placeholder: 'privacy' },
} as const;

export const en: Widen<typeof nl> = {
  organisation: { placeholder: 'organisation' },
  organisations: { placeholder: 'organisations' },
  contactPerson: { placeholder: 'contactPerson' },
  contactPersons: { placeholder: 'contactPersons' },
  privacy: { placeholder: 'privacy' },
};
