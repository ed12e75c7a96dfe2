import type { Draft } from '../../../../shared/contract/draftChannels';
import { call } from '../../api/client';
import type { Route } from '../../features/shell/navigation';

/**
 * Query keys of drafts. They are read from the case file, so a lock forgets
 * them like every other case-file query (api/queries.ts forgetCaseFileData).
 */
export const draftKeys = {
  all: ['drafts'] as const,
  offer: ['drafts', 'offer'] as const,
  form: (formKey: string) => ['drafts', 'form', formKey] as const,
};

/** What a form needs to keep a draft: which form, where it lives, and how the offer names it. */
export interface DraftConfig<V> {
  /** 'signal:new', 'case:edit:<id>'... one draft per adviser and form key. */
  formKey: string;
  /** Where "Doorgaan" goes to open the form again. */
  route: Route;
  /** "Nieuw signaal 'Boycot'": a line for the offer after unlocking. */
  title: (values: V) => string;
  /**
   * When the record being edited last changed. A draft older than that was
   * typed over an older version: saving it would undo the newer change, so the
   * form says so instead of restoring silently.
   */
  recordUpdatedAt?: string;
}

export async function findDraft(formKey: string): Promise<Draft | null> {
  const drafts = await call('drafts.list', {});
  return drafts.find((draft) => draft.formKey === formKey) ?? null;
}

// The same characters the contract refuses in a single line (shared/domain/controlCharacters.ts).
// eslint-disable-next-line no-control-regex
const NOT_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** The offer's title of a draft: one line, shortened with an ellipsis. */
export function draftTitleText(text: string, max = 60): string {
  const line = text.replace(NOT_IN_LINE, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
