import { eraseAuditPayloadsOf } from '../../../db/repositories/auditLog';
import {
  actionsOfContactMoments,
  contactMomentsOfPerson,
  eraseAuditPayloadsWhere,
  optimizeSearchIndex,
  redactActionText,
  redactContactMomentText,
  redactSignalText,
  signalsOfContactMoments,
  type NetworkSearchIndex,
} from '../../../db/repositories/contactPersonPrivacy';
import { deleteContactPersonRow } from '../../../db/repositories/contactPersons';
import { checkpointAndTruncateWal } from '../../../db/repositories/signalErasure';
import type { ContactPersonErasure } from '../../../shared/domain/contactPerson';
import { recordChange } from '../audit';
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
    for (const action of actionsOfContactMoments(db, momentIds)) {
      const text = { description: redact(action.description), result: redact(action.result) };
      if (text.description === action.description && text.result === action.result) continue;
      redactActionText(db, action.id, text, stamp);
      redacted('action', action.id, 'follow_up_actions_fts');
    }
    for (const signal of signalsOfContactMoments(db, momentIds)) {
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
    forgetInBriefings(ctx, {
      reference: person.number,
      recordIds: [id, ...redactedIds],
      text: inText,
      placeholder: ERASED_PERSON_PLACEHOLDER,
    });
    const ownPayloads = eraseAuditPayloadsOf(db, 'contactPerson', id);
    const mentioning = eraseAuditPayloadsWhere(db, (json) => json.search(inJson) !== -1);
    deleteContactPersonRow(db, id);
    auditPerson(ctx, id, 'erase', undefined, { number: person.number });
    for (const index of rewritten) optimizeSearchIndex(db, index);
    return { number: person.number, redactedRecords: redactedIds.length, erasedAuditPayloads: ownPayloads + mentioning };
  })();
  // Outside the transaction: a checkpoint cannot run inside one.
  checkpointAndTruncateWal(db);
  return erasure;
}
