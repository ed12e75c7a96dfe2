import type { Db } from '../../../db/connection';
import type { TimelineItem, TimelineKind } from '../../../shared/domain/case';
import { notImplemented } from '../notImplemented';

export function caseTimeline(_db: Db, _caseId: string, _kinds: TimelineKind[]): TimelineItem[] {
  return notImplemented('caseTimeline');
}
