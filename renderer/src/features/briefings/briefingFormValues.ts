import { z } from 'zod';
import {
  BRIEFING_CHARTS,
  BRIEFING_KINDS,
  BRIEFING_SECTIONS,
  briefingDraftSchema,
  findRecipient,
  isLowerClassification,
  type BriefingChart,
  type BriefingDraft,
  type BriefingDraftInput,
  type BriefingKind,
  type BriefingSection,
  type BriefingSections,
  type Recipient,
} from '../../../../shared/domain/briefing';
import { CLASSIFICATIONS, type Classification } from '../../../../shared/domain/enums';

/**
 * What the composer's inputs hold ('' = not given). Field names follow the
 * draft's paths (sections.aanleiding, selection.from, classificationOverride.reason),
 * so the schema's and the service's issues land on the right input.
 */
export interface BriefingFormValues {
  kind: BriefingKind;
  recipient: string;
  /** Copy-to recipients from the house style's list, by code. */
  copyToCodes: string[];
  /** Other copy-to recipients, one per line. */
  copyToOther: string;
  fromLine: string;
  date: string;
  deadline: string;
  subject: string;
  classification: '' | Classification;
  classificationOverride: { reason: string };
  sections: BriefingSections;
  selection: { from: string; to: string; themes: string[]; municipalities: string[]; caseIds: string[]; signalIds: string[] };
  includePersonalData: boolean;
  chart: BriefingChart;
  includeMap: boolean;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const emptySections = (): BriefingSections =>
  Object.fromEntries(BRIEFING_SECTIONS.map((section) => [section, ''])) as BriefingSections;

/**
 * The draft the values stand for. A reason is sent only with a classification
 * lower than the content's (when that is known), so a stale one is not kept.
 */
export function toDraftInput(values: BriefingFormValues, contentClassification: Classification | null): BriefingDraftInput {
  const chosen = values.classification === '' ? null : values.classification;
  const lower = chosen !== null && (contentClassification === null || isLowerClassification(chosen, contentClassification));
  const reason = values.classificationOverride.reason;
  return {
    kind: values.kind,
    recipient: values.recipient,
    copyTo: [...values.copyToCodes, ...lines(values.copyToOther)],
    fromLine: values.fromLine,
    date: orNull(values.date),
    deadline: orNull(values.deadline),
    subject: values.subject,
    classification: chosen,
    classificationOverride: lower && reason.trim() !== '' ? { reason } : null,
    sections: values.sections,
    selection: { ...values.selection, from: orNull(values.selection.from), to: orNull(values.selection.to) },
    includePersonalData: values.includePersonalData,
    chart: values.chart,
    includeMap: values.includeMap,
  };
}

const formShape = z.object({
  kind: z.enum(BRIEFING_KINDS, 'briefing.validation.kind'),
  recipient: z.string(),
  copyToCodes: z.array(z.string()),
  copyToOther: z.string(),
  fromLine: z.string(),
  date: z.string(),
  deadline: z.string(),
  subject: z.string(),
  classification: z.enum(['', ...CLASSIFICATIONS], 'validation.classification'),
  classificationOverride: z.object({ reason: z.string() }),
  sections: z.object(Object.fromEntries(BRIEFING_SECTIONS.map((section) => [section, z.string()])) as Record<BriefingSection, z.ZodString>),
  selection: z.object({
    from: z.string(),
    to: z.string(),
    themes: z.array(z.string()),
    municipalities: z.array(z.string()),
    caseIds: z.array(z.string()),
    signalIds: z.array(z.string()),
  }),
  includePersonalData: z.boolean(),
  chart: z.enum(BRIEFING_CHARTS, 'briefing.validation.chart'),
  includeMap: z.boolean(),
});

/**
 * The form's schema: the values as a draft, through the shared draft schema,
 * plus the rule the service enforces on save: a classification lower than
 * the content's needs a reason (`level`: the content's, from the latest preview).
 */
export function briefingFormSchema(level: Classification | null) {
  return formShape
    .transform((values) => toDraftInput(values, level))
    .pipe(
      briefingDraftSchema.superRefine((draft, ctx) => {
        if (level && draft.classification && isLowerClassification(draft.classification, level) && !draft.classificationOverride) {
          ctx.addIssue({ code: 'custom', path: ['classificationOverride', 'reason'], message: 'briefing.validation.classificationTooLow' });
        }
      }),
    );
}

export interface NewBriefingPrefill {
  kind?: BriefingKind;
  signalIds?: string[];
  caseIds?: string[];
}

export function newBriefingValues(prefill: NewBriefingPrefill): BriefingFormValues {
  return {
    kind: prefill.kind ?? 'informatienota',
    recipient: '',
    copyToCodes: [],
    copyToOther: '',
    fromLine: '',
    date: '',
    deadline: '',
    subject: '',
    classification: '',
    classificationOverride: { reason: '' },
    sections: emptySections(),
    selection: { from: '', to: '', themes: [], municipalities: [], caseIds: prefill.caseIds ?? [], signalIds: prefill.signalIds ?? [] },
    includePersonalData: false,
    chart: 'auto',
    includeMap: true,
  };
}

export function draftToValues(draft: BriefingDraft, recipients: readonly Recipient[]): BriefingFormValues {
  const known = draft.copyTo.filter((name) => findRecipient(recipients, name));
  return {
    kind: draft.kind,
    recipient: draft.recipient,
    copyToCodes: known.map((name) => findRecipient(recipients, name)?.code ?? name),
    copyToOther: draft.copyTo.filter((name) => !known.includes(name)).join('\n'),
    fromLine: draft.fromLine,
    date: draft.date ?? '',
    deadline: draft.deadline ?? '',
    subject: draft.subject,
    classification: draft.classification ?? '',
    classificationOverride: { reason: draft.classificationOverride?.reason ?? '' },
    sections: { ...emptySections(), ...draft.sections },
    selection: { ...draft.selection, from: draft.selection.from ?? '', to: draft.selection.to ?? '' },
    includePersonalData: draft.includePersonalData,
    chart: draft.chart,
    includeMap: draft.includeMap,
  };
}

/**
 * Where an issue from the schema or the service belongs in the form: the
 * contract's prefix goes, list entries point at their list, copy-to lines at
 * the free text. Null when no input matches (shown above the form instead).
 */
export function formPathOf(issuePath: string): string | null {
  const path = issuePath.replace(/^draft\./, '').replace(/(\.\d+)+(\.\w+)?$/, '');
  if (path === 'copyTo') return 'copyToOther';
  if (path === 'classificationOverride' || path === 'classificationOverride.reason') return 'classificationOverride.reason';
  if (path.startsWith('sections.') || path.startsWith('selection.')) return path;
  return ['kind', 'recipient', 'fromLine', 'date', 'deadline', 'subject', 'classification', 'chart'].includes(path) ? path : null;
}
