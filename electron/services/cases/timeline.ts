import type { Db } from '../../../db/connection';
import { findCaseHeader } from '../../../db/repositories/cases';
import { queryTimeline } from '../../../db/repositories/timeline';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';

/**
 * Everything linked to a case in date order, oldest first; `kinds` narrows it
 * ([] = every kind). Item fields per kind:
 * - case: detail is the audit action ('create', 'delete', 'restore') or
 *   'update:<changed fields>' (e.g. 'update:title,summary' or 'update:addedSignals');
 * - signal: at is the received date, detail the signal's current status code;
 * - status: refId is the case or signal whose status changed, detail the new status code;
 * - journal: at is the entry date, title the note's first line, detail the whole note;
 * - contactMoment: at is the day it was held, title number and subject, detail the form code,
 *   by the ESS staff present;
 * - action: twice per action: at its creation (detail 'created:<due date or empty>') and, once
 *   finished, on its completion date (detail 'completed:<result>'); by is the owner.
 */
export function caseTimeline(db: Db, caseId: string, kinds: TimelineKind[]): TimelineItem[] {
  if (!findCaseHeader(db, caseId)) throw new AppError('NOT_FOUND', `No case with id ${caseId}`);
  const known = kinds.filter((kind) => (TIMELINE_KINDS as readonly string[]).includes(kind));
  return queryTimeline(db, caseId, known);
}
