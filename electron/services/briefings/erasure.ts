import {
  allBriefingDrafts,
  exportsWithContent,
  replaceBriefingDraft,
  withdrawExportContent,
} from '../../../db/repositories/briefingErasure';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';

/** What an erasure removed, as far as briefings are concerned. */
export interface ErasedContent {
  /** The number of the erased record (SIG-…, PER-…), the only thing the audit entries name. */
  reference: string;
  /** Ids of the erased record and of records whose text the erasure rewrote. */
  recordIds: readonly string[];
  /** Text that must not survive (a person's name, a signal's title), matched globally. */
  text: RegExp | null;
  placeholder: string;
}

export interface BriefingErasure {
  changedDrafts: number;
  withdrawnExports: number;
  /** The notes whose draft or stored export the erasure touched: their history may hold the text too. */
  briefingIds: string[];
}

/**
 * An erasure must also reach the notes built from the erased content: a
 * draft loses the record from its selection and the text from its sections;
 * an exported version that included the record (or mentions the text) loses
 * its stored .docx, because that copy cannot be rewritten. Call inside the
 * erasure's transaction, before the audit log is scanned for the text.
 */
export function forgetInBriefings(ctx: WriteContext, erased: ErasedContent): BriefingErasure {
  const stamp = { at: ctx.now.toISOString(), by: ctx.actor.adviserId };
  const scrub = (json: string): string => JSON.stringify(scrubValue(JSON.parse(json) as unknown, erased));
  let changedDrafts = 0;
  const briefingIds = new Set<string>();
  for (const draft of allBriefingDrafts(ctx.db)) {
    const scrubbed = scrub(draft.draftJson);
    if (scrubbed === JSON.stringify(JSON.parse(draft.draftJson))) continue;
    replaceBriefingDraft(ctx.db, draft.id, scrubbed, stamp);
    recordChange(ctx.db, ctx.actor, { entity: 'briefing', entityId: draft.id, action: 'update', after: { erased: erased.reference } }, ctx.now);
    changedDrafts += 1;
    briefingIds.add(draft.id);
  }
  let withdrawnExports = 0;
  for (const snapshot of exportsWithContent(ctx.db)) {
    const included = erased.recordIds.some((id) => snapshot.recordsJson.includes(id));
    const scrubbed = scrub(snapshot.draftJson);
    if (!included && scrubbed === JSON.stringify(JSON.parse(snapshot.draftJson))) continue;
    withdrawExportContent(ctx.db, snapshot.id, scrubbed, stamp.at);
    recordChange(
      ctx.db,
      ctx.actor,
      { entity: 'briefing', entityId: snapshot.briefingId, action: 'update', after: { withdrawnExport: snapshot.version, erased: erased.reference } },
      ctx.now,
    );
    withdrawnExports += 1;
    briefingIds.add(snapshot.briefingId);
  }
  return { changedDrafts, withdrawnExports, briefingIds: [...briefingIds] };
}

/** Removes erased ids from every list and replaces the erased text in every string. */
function scrubValue(value: unknown, erased: ErasedContent): unknown {
  if (typeof value === 'string') return erased.text ? value.replace(erased.text, erased.placeholder) : value;
  if (Array.isArray(value)) {
    return value.filter((item) => typeof item !== 'string' || !erased.recordIds.includes(item)).map((item) => scrubValue(item, erased));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, erased)]));
  }
  return value;
}
