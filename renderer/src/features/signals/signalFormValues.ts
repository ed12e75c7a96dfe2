import { z } from 'zod';
import {
  checkSignalRules,
  signalFieldsSchema,
  type Signal,
  type SignalInput,
  type SignalInputDraft,
} from '../../../../shared/domain/signal';

/**
 * The form holds what the inputs hold: strings for selects and dates (''
 * meaning "not given"), so no input ever shows "null". On validation the
 * values become a signal draft and go through the shared schema and rules,
 * the same ones the service applies.
 */
export interface SignalFormValues {
  title: string;
  description: string;
  interpretation: string;
  observedOn: string;
  receivedOn: string;
  isNational: boolean;
  municipalities: string[];
  location: string;
  themes: string[];
  community: string;
  stateActor: string;
  phase: string;
  urgency: string;
  trend: string;
  sourceType: string;
  sourceReliability: string;
  infoCredibility: string;
  status: string;
  caseId: string;
  ownerId: string;
  classification: string;
  containsPersonalData: boolean;
  retainUntil: string;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

const formShape = z.object({
  title: z.string(),
  description: z.string(),
  interpretation: z.string(),
  observedOn: z.string(),
  receivedOn: z.string(),
  isNational: z.boolean(),
  municipalities: z.array(z.string()),
  location: z.string(),
  themes: z.array(z.string()),
  community: z.string(),
  stateActor: z.string(),
  phase: z.string(),
  urgency: z.string(),
  trend: z.string(),
  sourceType: z.string(),
  sourceReliability: z.string(),
  infoCredibility: z.string(),
  status: z.string(),
  caseId: z.string(),
  ownerId: z.string(),
  classification: z.string(),
  containsPersonalData: z.boolean(),
  retainUntil: z.string(),
});

/** The form's schema; `today` is the adviser's local date, so "not in the future" means what they see. */
export function signalFormSchema(today: string) {
  return formShape
    .transform(
      (values) =>
        ({
          ...values,
          phase: orNull(values.phase),
          sourceType: orNull(values.sourceType),
          sourceReliability: orNull(values.sourceReliability),
          infoCredibility: values.infoCredibility ? Number(values.infoCredibility) : null,
          caseId: orNull(values.caseId),
          ownerId: orNull(values.ownerId),
          retainUntil: orNull(values.retainUntil),
        }) as SignalInputDraft,
    )
    .pipe(
      signalFieldsSchema.superRefine((signal, ctx) =>
        checkSignalRules(signal, today, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })),
      ),
    );
}

export function newSignalValues(today: string, ownerId: string | null): SignalFormValues {
  return {
    title: '',
    description: '',
    interpretation: '',
    observedOn: today,
    receivedOn: today,
    isNational: false,
    municipalities: [],
    location: '',
    themes: [],
    community: '',
    stateActor: '',
    phase: '',
    urgency: 'gemiddeld',
    trend: 'onbekend',
    sourceType: '',
    sourceReliability: '',
    infoCredibility: '',
    status: 'nieuw',
    caseId: '',
    ownerId: ownerId ?? '',
    classification: 'ongerubriceerd',
    containsPersonalData: false,
    retainUntil: '',
  };
}

export function signalToValues(signal: Signal): SignalFormValues {
  return {
    title: signal.title,
    description: signal.description,
    interpretation: signal.interpretation,
    observedOn: signal.observedOn,
    receivedOn: signal.receivedOn,
    isNational: signal.isNational,
    municipalities: signal.municipalities,
    location: signal.location,
    themes: signal.themes,
    community: signal.community,
    stateActor: signal.stateActor,
    phase: signal.phase ?? '',
    urgency: signal.urgency,
    trend: signal.trend,
    sourceType: signal.sourceType ?? '',
    sourceReliability: signal.sourceReliability ?? '',
    infoCredibility: signal.infoCredibility === null ? '' : String(signal.infoCredibility),
    status: signal.status,
    caseId: signal.caseId ?? '',
    ownerId: signal.ownerId ?? '',
    classification: signal.classification,
    containsPersonalData: signal.containsPersonalData,
    retainUntil: signal.retainUntil ?? '',
  };
}

export type { SignalInput };
