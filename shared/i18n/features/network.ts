import type { Widen } from '../widen';

/** Dutch labels of this feature; spread into ../nl.ts. */
export const nl = {
  municipality: { placeholder: 'municipality' },
  municipalities: { placeholder: 'municipalities' },
  network: {
    placeholder: 'network',
    tabs: 'Onderdelen van het netwerk',
    tab: { network: 'Overzicht', municipalities: 'Gemeenten', organisations: 'Organisaties', contactPersons: 'Contactpersonen' },
  },
} as const;

export const en: Widen<typeof nl> = {
  municipality: { placeholder: 'municipality' },
  municipalities: { placeholder: 'municipalities' },
  network: {
    placeholder: 'network',
    tabs: 'Parts of the network',
    tab: { network: 'Overview', municipalities: 'Municipalities', organisations: 'Organisations', contactPersons: 'Contact persons' },
  },
};
