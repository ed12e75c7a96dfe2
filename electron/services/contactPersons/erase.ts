import type { Db } from '../../../db/connection';
import { eraseAuditPayloads, payloadsOfRecord } from '../../../db/repositories/auditLog';
import {
  actionsOfContactMoments,
  contactMomentsOfPerson,
  optimizeSearchIndex,
  redactActionText,
  redactContactMomentText,
  redactSignalText,
  signalsOfContactMoments,
  type NetworkSearchIndex,
} from '../../../db/repositories/contactPersonPrivacy';
import { deleteContactPersonRow } from '../../../db/repositories/contactPersons';
import { deleteDraftsMentioning } from '../../../db/repositories/drafts';
import { checkpointAndTruncateWal } from '../../../db/repositories/signalErasure';
import type { ContactPersonErasure } from '../../../shared/domain/contactPerson';
import { recordChange, recordPayloadErasure } from '../audit';
import { forgetInBriefings } from '../briefings/erasure';
import type { WriteContext } from '../context';
import { stampOf } from '../organisations/writes';
import { invalid } from '../validation';
import { auditPerson, personStateOf } from './writes';

/** What stands where an erased person's name stood. */
export const ERASED_PERSON_PLACEHOLDER = '[verwijderde contactpersoon]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Not inside a longer word: "Jan de Vries" is not found in "Jan de Vriesman". */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
/** In JSON a letter may be the end of an escape ("\\nJan" is a line break, then Jan): that one does not count. */
const JSON_WORD_START = '(?<!(?<!\\\\)[\\p{L}\\p{N}])';

/**
 * The full name as a whole, case-insensitively and Unicode-aware (so
 * "ÖZDEMIR" finds "Özdemir"), with any run of white space between its words.
 */
function namePattern(words: string[], start: string, separator: string): RegExp {
  return new RegExp(`${start}${words.map(escapeRegExp).join(separator)}${WORD_END}`, 'giu');
}

/** The name in plain text, and the same words inside JSON, where a line break is written "\\n". */
export function nameMatchers(name: string): { inText: RegExp; inJson: RegExp } {
  const words = name.trim().split(/\s+/u);
  const jsonWords = words.map((word) => JSON.stringify(word).slice(1, -1));
  return {
    inText: namePattern(words, WORD_START, '\\s+'),
    inJson: namePattern(jsonWords, JSON_WORD_START, '(?:\\s|\\\\[nrt])+'),
  };
}

/** The records whose history may hold the person's name: where it is searched, nowhere else. */
type NamingRecord = { entity: 'contactMoment' | 'action' | 'signal' | 'briefing'; id: string };

/**
 * The entries that lose their before/after data: all of the person's own, and
 * those of the records that named them (their contact moments, the actions
 * and signals of those, the notes the erasure rewrote) whose data holds the
 * name. An unrelated record that happens to contain the same word ("laag",
 * "Amsterdam") keeps its history.
 */
function payloadsToErase(db: Db, personId: string, naming: readonly NamingRecord[], inJson: RegExp): number[] {
  const holdsName = (json: string | null) => json !== null && json.search(inJson) !== -1;
  const seqs = payloadsOfRecord(db, 'contactPerson', personId).map((row) => row.seq);
  for (const record of naming) {
    for (const row of payloadsOfRecord(db, record.entity, record.id)) {
      if (holdsName(row.beforeJson) || holdsName(row.afterJson)) seqs.push(row.seq);
    }
  }
  return [...new Set(seqs)];
}

export function eraseContactPerson(ctx: WriteContext, id: string, confirmName: string): ContactPersonErasure {
  const { db } = ctx;
  const erasure = db.transaction((): ContactPersonErasure => {
    const person = personStateOf(ctx, id);
    if (confirmName.trim() !== person.name.trim()) {
      throw invalid('Erase contact person', [{ path: 'confirmName', message: 'validation.confirmName' }]);
    }
    const { inText, inJson } = nameMatchers(person.name);
    const redact = (text: string) => text.replace(inText, ERASED_PERSON_PLACEHOLDER);
    const stamp = stampOf(ctx);
    const rewritten = new Set<NetworkSearchIndex>();
    const redactedIds: string[] = [];
    const redacted = (entity: 'contactMoment' | 'action' | 'signal', entityId: string, index: NetworkSearchIndex) => {
      recordChange(db, ctx.actor, { entity, entityId, action: 'update', after: { redacted: person.number } }, ctx.now);
      rewritten.add(index);
      redactedIds.push(entityId);
    };

    const moments = contactMomentsOfPerson(db, id);
    for (const moment of moments) {
      const text = { subject: redact(moment.subject), minutes: redact(moment.minutes) };
      if (text.subject === moment.subject && text.minutes === moment.minutes) continue;
      redactContactMomentText(db, moment.id, text, stamp);
      redacted('contactMoment', moment.id, 'contact_moments_fts');
    }
    const momentIds = moments.map((moment) => moment.id);
    const actions = actionsOfContactMoments(db, momentIds);
    const signals = signalsOfContactMoments(db, momentIds);
    for (const action of actions) {
      const text = { description: redact(action.description), result: redact(action.result) };
      if (text.description === action.description && text.result === action.result) continue;
      redactActionText(db, action.id, text, stamp);
      redacted('action', action.id, 'follow_up_actions_fts');
    }
    for (const signal of signals) {
      const { id: signalId, number: _number, ...fields } = signal;
      const text = {
        title: redact(fields.title),
        description: redact(fields.description),
        interpretation: redact(fields.interpretation),
        location: redact(fields.location),
        community: redact(fields.community),
      };
      if (JSON.stringify(text) === JSON.stringify(fields)) continue;
      redactSignalText(db, signalId, text, stamp);
      redacted('signal', signalId, 'signals_fts');
    }

    // Notes built from the rewritten records may hold the name in their stored copies.
    const briefings = forgetInBriefings(ctx, {
      reference: person.number,
      recordIds: [id, ...redactedIds],
      text: inText,
      placeholder: ERASED_PERSON_PLACEHOLDER,
    });
    const naming: NamingRecord[] = [
      ...momentIds.map((momentId) => ({ entity: 'contactMoment' as const, id: momentId })),
      ...actions.map((action) => ({ entity: 'action' as const, id: action.id })),
      ...signals.map((signal) => ({ entity: 'signal' as const, id: signal.id })),
      ...briefings.briefingIds.map((briefingId) => ({ entity: 'briefing' as const, id: briefingId })),
    ];
    const erasedSeqs = eraseAuditPayloads(db, payloadsToErase(db, id, naming, inJson));
    deleteContactPersonRow(db, id);
    deleteDraftsMentioning(db, id, [person.name]);
    auditPerson(ctx, id, 'erase', undefined, { number: person.number });
    recordPayloadErasure(db, ctx.actor, { entity: 'contactPerson', entityId: id, seqs: erasedSeqs }, ctx.now);
    for (const index of rewritten) optimizeSearchIndex(db, index);
    return { number: person.number, redactedRecords: redactedIds.length, erasedAuditPayloads: erasedSeqs.length };
  })();
  // Outside the transaction: a checkpoint cannot run inside one.
  checkpointAndTruncateWal(db);
  return erasure;
}
