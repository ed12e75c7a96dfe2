import { z } from 'zod';
import { caseFieldsSchema, type Case, type CaseInput, type CaseInputDraft } from '../../../../shared/domain/case';

/** What the case form's inputs hold ('' = not given); validated through the shared case schema. */
export interface CaseFormValues {
  title: string;
  type: string;
  summary: string;
  status: string;
  startOn: string;
  endOn: string;
  municipalities: string[];
  themes: string[];
  ownerId: string;
  classification: string;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

export const caseFormSchema = z
  .object({
    title: z.string(),
    type: z.string(),
    summary: z.string(),
    status: z.string(),
    startOn: z.string(),
    endOn: z.string(),
    municipalities: z.array(z.string()),
    themes: z.array(z.string()),
    ownerId: z.string(),
    classification: z.string(),
  })
  .transform((values) => ({ ...values, endOn: orNull(values.endOn), ownerId: orNull(values.ownerId) }) as CaseInputDraft)
  .pipe(
    caseFieldsSchema.superRefine((value, ctx) => {
      if (value.endOn && value.endOn < value.startOn) {
        ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'validation.endBeforeStart' });
      }
    }),
  );

export const CASE_FORM_FIELDS = Object.keys(caseFormSchema.in.in.shape);

export function newCaseValues(today: string, ownerId: string | null): CaseFormValues {
  return {
    title: '',
    type: '',
    summary: '',
    status: 'open',
    startOn: today,
    endOn: '',
    municipalities: [],
    themes: [],
    ownerId: ownerId ?? '',
    classification: 'ongerubriceerd',
  };
}

export function caseToValues(item: Case): CaseFormValues {
  return {
    title: item.title,
    type: item.type,
    summary: item.summary,
    status: item.status,
    startOn: item.startOn,
    endOn: item.endOn ?? '',
    municipalities: item.municipalities,
    themes: item.themes,
    ownerId: item.ownerId ?? '',
    classification: item.classification,
  };
}

export type { CaseInput };
