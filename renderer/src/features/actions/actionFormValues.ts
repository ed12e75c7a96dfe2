import { z } from 'zod';
import {
  checkActionRules,
  followUpActionInputSchema,
  type FollowUpAction,
  type FollowUpActionInput,
  type FollowUpActionInputDraft,
} from '../../../../shared/domain/followUpAction';

/** What the action form's inputs hold ('' = not given); validated through the shared schema and rules. */
export interface ActionFormValues {
  description: string;
  kind: string;
  ownerId: string;
  dueOn: string;
  status: string;
  result: string;
  completedOn: string;
  signalId: string;
  caseId: string;
  contactMomentId: string;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

const formShape = z.object({
  description: z.string(),
  kind: z.string(),
  ownerId: z.string(),
  dueOn: z.string(),
  status: z.string(),
  result: z.string(),
  completedOn: z.string(),
  signalId: z.string(),
  caseId: z.string(),
  contactMomentId: z.string(),
});

export const ACTION_FORM_FIELDS = Object.keys(formShape.shape);

/** The form's schema; `today` is the adviser's local date, so "not in the future" means what they see. */
export function actionFormSchema(today: string) {
  return formShape
    .transform(
      (values) =>
        ({
          ...values,
          ownerId: orNull(values.ownerId),
          dueOn: orNull(values.dueOn),
          completedOn: orNull(values.completedOn),
          signalId: orNull(values.signalId),
          caseId: orNull(values.caseId),
          contactMomentId: orNull(values.contactMomentId),
        }) as FollowUpActionInputDraft,
    )
    .pipe(
      followUpActionInputSchema.superRefine((action, ctx) =>
        checkActionRules(action, today, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })),
      ),
    );
}

export interface ActionLinks {
  signalId?: string | null;
  caseId?: string | null;
  contactMomentId?: string | null;
}

export function newActionValues(ownerId: string | null, links: ActionLinks): ActionFormValues {
  return {
    description: '',
    kind: '',
    ownerId: ownerId ?? '',
    dueOn: '',
    status: 'open',
    result: '',
    completedOn: '',
    signalId: links.signalId ?? '',
    caseId: links.caseId ?? '',
    contactMomentId: links.contactMomentId ?? '',
  };
}

export function actionToValues(action: FollowUpAction): ActionFormValues {
  return {
    description: action.description,
    kind: action.kind,
    ownerId: action.ownerId ?? '',
    dueOn: action.dueOn ?? '',
    status: action.status,
    result: action.result,
    completedOn: action.completedOn ?? '',
    signalId: action.signalId ?? '',
    caseId: action.caseId ?? '',
    contactMomentId: action.contactMomentId ?? '',
  };
}

/** The stored action as input again, e.g. for a quick status change that keeps everything else. */
export function actionToInput(action: FollowUpAction): FollowUpActionInput {
  const { description, kind, ownerId, dueOn, status, result, completedOn, signalId, caseId, contactMomentId } = action;
  return { description, kind, ownerId, dueOn, status, result, completedOn, signalId, caseId, contactMomentId };
}
