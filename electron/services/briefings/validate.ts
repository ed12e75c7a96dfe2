import type { Db } from '../../../db/connection';
import {
  briefingDraftSchema,
  findRecipient,
  isLowerClassification,
  type BriefingDraft,
  type HouseStyle,
} from '../../../shared/domain/briefing';
import type { Classification } from '../../../shared/domain/enums';
import { checkKnown, invalid, parseOrThrow, type Issue } from '../validation';

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * A draft as the service accepts it: the shared schema, then the case file's
 * own knowledge (themes, municipalities, cases and signals that exist, a
 * recipient from the house style). Nothing is written when it fails.
 */
export function validateDraft(db: Db, raw: unknown, houseStyle: HouseStyle): BriefingDraft {
  const draft = parseOrThrow(briefingDraftSchema, raw, 'Briefing');
  const selection = {
    ...draft.selection,
    themes: unique(draft.selection.themes).sort(),
    municipalities: unique(draft.selection.municipalities).sort(),
    caseIds: unique(draft.selection.caseIds),
    signalIds: unique(draft.selection.signalIds),
  };
  const issues: Issue[] = [];
  checkKnown(db, issues, 'selection.themes', 'theme', selection.themes);
  checkKnown(db, issues, 'selection.municipalities', 'municipality', selection.municipalities);
  checkKnown(db, issues, 'selection.caseIds', 'case', selection.caseIds);
  checkKnown(db, issues, 'selection.signalIds', 'signal', selection.signalIds);
  const recipient = draft.recipient === '' ? undefined : findRecipient(houseStyle.recipients, draft.recipient);
  if (draft.recipient !== '' && !recipient) {
    issues.push({ path: 'recipient', message: 'briefing.validation.unknownRecipient', detail: `${draft.recipient}; known: ${houseStyle.recipients.map((r) => r.code).join(', ')}` });
  }
  if (issues.length > 0) throw invalid('Briefing', issues);
  return { ...draft, recipient: recipient?.code ?? '', selection };
}

export interface ClassificationChoice {
  classification: Classification;
  /** Set when the note is marked lower than its content: the reason and the content's level. */
  override: { reason: string; contentClassification: Classification } | null;
}

/**
 * The note's classification: the draft's choice, or the content's when it
 * has none. A choice lower than the content needs a reason (INVALID_INPUT
 * without one); a higher one is always allowed.
 */
export function chooseClassification(draft: BriefingDraft, contentClassification: Classification): ClassificationChoice {
  const chosen = draft.classification ?? contentClassification;
  if (!isLowerClassification(chosen, contentClassification)) return { classification: chosen, override: null };
  if (!draft.classificationOverride) {
    throw invalid('Briefing', [
      { path: 'classificationOverride.reason', message: 'briefing.validation.classificationTooLow', detail: `content is ${contentClassification}, chosen ${chosen}` },
    ]);
  }
  return { classification: chosen, override: { reason: draft.classificationOverride.reason, contentClassification } };
}
