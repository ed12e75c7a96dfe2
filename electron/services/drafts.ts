import { randomUUID } from 'node:crypto';
import { deleteDraft, findDraft, listDrafts, upsertDraft, type DraftRow } from '../../db/repositories/drafts';
import { saveDraftRequest, type Draft, type SaveDraftRequest } from '../../shared/contract/draftChannels';
import type { WriteContext } from './context';
import { parseOrThrow } from './validation';

/**
 * Unsaved form input kept across a lock, per adviser. Drafts are working
 * state: they are not audited (the record saved from them is), they are
 * deleted when the form is saved or the draft discarded, and no export reads
 * them. The case file's encryption is what keeps them private.
 */

type DraftContext = Pick<WriteContext, 'db' | 'actor' | 'now'>;

function adviserOf(ctx: DraftContext): string {
  // The session refuses writes without an adviser (NO_ADVISER) before this is reached.
  return ctx.actor.adviserId!;
}

const toDraft = (row: DraftRow): Draft => ({
  id: row.id,
  formKey: row.formKey,
  route: JSON.parse(row.routeJson) as Draft['route'],
  title: row.title,
  values: JSON.parse(row.valuesJson) as Record<string, unknown>,
  savedAt: row.savedAt,
});

export function saveDraft(ctx: DraftContext, raw: SaveDraftRequest): { id: string; savedAt: string } {
  // The IPC layer validated already; the CLI and tests come through here too.
  const draft = parseOrThrow(saveDraftRequest, raw, 'Draft');
  const adviserId = adviserOf(ctx);
  const savedAt = ctx.now.toISOString();
  const id = findDraft(ctx.db, adviserId, draft.formKey)?.id ?? randomUUID();
  upsertDraft(ctx.db, adviserId, {
    id,
    formKey: draft.formKey,
    routeJson: JSON.stringify(draft.route),
    title: draft.title,
    valuesJson: JSON.stringify(draft.values),
    savedAt,
  });
  return { id, savedAt };
}

export function listAdviserDrafts(ctx: DraftContext): Draft[] {
  return listDrafts(ctx.db, adviserOf(ctx)).map(toDraft);
}

export function discardDraft(ctx: DraftContext, formKey: string): { removed: boolean } {
  return { removed: deleteDraft(ctx.db, adviserOf(ctx), formKey) };
}
