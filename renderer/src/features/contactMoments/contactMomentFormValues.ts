import { z } from 'zod';
import {
  createContactMomentSchema,
  type ContactMoment,
  type CreateContactMomentInput,
} from '../../../../shared/domain/contactMoment';

/** A follow-up action agreed at the contact moment, as its inline inputs hold it ('' = not given). */
export interface NewActionValues {
  description: string;
  kind: string;
  ownerId: string;
  dueOn: string;
}

/** What the contact moment form's inputs hold; validated through the shared schema, as the service does. */
export interface ContactMomentFormValues {
  heldOn: string;
  form: string;
  subject: string;
  minutes: string;
  municipalities: string[];
  organisationIds: string[];
  personIds: string[];
  staffIds: string[];
  themes: string[];
  signalIds: string[];
  caseId: string;
  classification: string;
  actions: NewActionValues[];
}

const orNull = (value: string): string | null => (value === '' ? null : value);

const formShape = z.object({
  heldOn: z.string(),
  form: z.string(),
  subject: z.string(),
  minutes: z.string(),
  municipalities: z.array(z.string()),
  organisationIds: z.array(z.string()),
  personIds: z.array(z.string()),
  staffIds: z.array(z.string()),
  themes: z.array(z.string()),
  signalIds: z.array(z.string()),
  caseId: z.string(),
  classification: z.string(),
  actions: z.array(z.object({ description: z.string(), kind: z.string(), ownerId: z.string(), dueOn: z.string() })),
});

export const CONTACT_MOMENT_FORM_FIELDS = Object.keys(formShape.shape);

/** The form's schema; `today` is the adviser's local date, so "not in the future" means what they see. */
export function contactMomentFormSchema(today: string) {
  return formShape
    .transform(
      (values) =>
        ({
          ...values,
          caseId: orNull(values.caseId),
          actions: values.actions.map((action) => ({ ...action, ownerId: orNull(action.ownerId), dueOn: orNull(action.dueOn) })),
        }) as z.input<typeof createContactMomentSchema>,
    )
    .pipe(
      createContactMomentSchema.superRefine((moment, ctx) => {
        if (moment.heldOn > today) ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'validation.dateInFuture' });
      }),
    );
}

export function newActionRow(ownerId: string | null): NewActionValues {
  return { description: '', kind: '', ownerId: ownerId ?? '', dueOn: '' };
}

export function newContactMomentValues(today: string, adviserId: string | null): ContactMomentFormValues {
  return {
    heldOn: today,
    form: 'overleg',
    subject: '',
    minutes: '',
    municipalities: [],
    organisationIds: [],
    personIds: [],
    // The adviser logging the contact was usually there.
    staffIds: adviserId ? [adviserId] : [],
    themes: [],
    signalIds: [],
    caseId: '',
    classification: 'ongerubriceerd',
    actions: [],
  };
}

export function contactMomentToValues(moment: ContactMoment): ContactMomentFormValues {
  return {
    heldOn: moment.heldOn,
    form: moment.form,
    subject: moment.subject,
    minutes: moment.minutes,
    municipalities: moment.municipalities,
    organisationIds: moment.organisationIds,
    personIds: moment.personIds,
    staffIds: moment.staffIds,
    themes: moment.themes,
    signalIds: moment.signalIds,
    caseId: moment.caseId ?? '',
    classification: moment.classification,
    actions: [],
  };
}

export type { CreateContactMomentInput };
