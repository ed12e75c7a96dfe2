import { z } from 'zod';
import {
  contactPersonInputSchema,
  defaultReviewOn,
  type ContactPerson,
  type ContactPersonInputDraft,
} from '../../../../shared/domain/contactPerson';

/** What the person form's inputs hold ('' = no organisation); validated through the shared schema. */
export interface ContactPersonFormValues {
  name: string;
  function: string;
  role: string;
  organisationId: string;
  email: string;
  phone: string;
  legalBasis: string;
  reviewOn: string;
  notes: string;
}

export const contactPersonFormSchema = z
  .object({
    name: z.string(),
    function: z.string(),
    role: z.string(),
    organisationId: z.string(),
    email: z.string(),
    phone: z.string(),
    legalBasis: z.string(),
    reviewOn: z.string(),
    notes: z.string(),
  })
  .transform((values) => ({ ...values, organisationId: values.organisationId || null }) as ContactPersonInputDraft)
  .pipe(contactPersonInputSchema);

export const CONTACT_PERSON_FORM_FIELDS = Object.keys(contactPersonFormSchema.in.in.shape);

export function newContactPersonValues(today: string, organisationId = ''): ContactPersonFormValues {
  return {
    name: '',
    function: '',
    role: '',
    organisationId,
    email: '',
    phone: '',
    legalBasis: 'publieke-taak',
    reviewOn: defaultReviewOn(today),
    notes: '',
  };
}

export function contactPersonToValues(person: ContactPerson): ContactPersonFormValues {
  return {
    name: person.name,
    function: person.function,
    role: person.role,
    organisationId: person.organisationId ?? '',
    email: person.email,
    phone: person.phone,
    legalBasis: person.legalBasis,
    reviewOn: person.reviewOn,
    notes: person.notes,
  };
}
