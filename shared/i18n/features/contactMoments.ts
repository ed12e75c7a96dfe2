import type { Widen } from '../widen';

/** Dutch labels of this feature; spread into ../nl.ts. */
export const nl = {
  contactMoment: { placeholder: 'contactMoment' },
  contactMoments: { placeholder: 'contactMoments' },
  action: { placeholder: 'action' },
  actions: { placeholder: 'actions' },
  digest: { placeholder: 'digest' },
} as const;

export const en: Widen<typeof nl> = {
  contactMoment: { placeholder: 'contactMoment' },
  contactMoments: { placeholder: 'contactMoments' },
  action: { placeholder: 'action' },
  actions: { placeholder: 'actions' },
  digest: { placeholder: 'digest' },
};
