import { findFinding, markFindingReviewed } from '../../../db/repositories/earlyWarningFindings';
import { reviewNoteSchema, type EarlyWarningFinding } from '../../../shared/domain/earlyWarningFinding';
import { AppError } from '../../../shared/errors';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import { parseOrThrow } from '../validation';
import { getFinding } from './findings';

/** The audit log's name for a finding. */
export const FINDING_ENTITY = 'earlyWarningFinding';

/**
 * An adviser's judgement of an alarm: reviewed, with a note saying why. A
 * finding is reviewed once; the review is audited like any record change,
 * with the count and threshold it was judged on.
 */
export function reviewFinding(ctx: WriteContext, id: string, rawNote: string): EarlyWarningFinding {
  const note = parseOrThrow(reviewNoteSchema, rawNote, 'Review');
  ctx.db.transaction(() => {
    const finding = findFinding(ctx.db, id);
    if (!finding) throw new AppError('NOT_FOUND', `No early-warning finding with id ${id}`);
    if (finding.status === 'reviewed') throw new AppError('CONFLICT', `Finding ${id} was already reviewed`);
    markFindingReviewed(ctx.db, id, { by: ctx.actor.adviserId, at: ctx.now.toISOString(), note });
    recordChange(
      ctx.db,
      ctx.actor,
      {
        entity: FINDING_ENTITY,
        entityId: id,
        action: 'status',
        before: { status: 'open' },
        after: {
          status: 'reviewed',
          note,
          unit: `${finding.unitKind}:${finding.unitCode}`,
          week: finding.week,
          method: finding.method,
          observed: finding.observed,
          threshold: finding.threshold,
        },
      },
      ctx.now,
    );
  })();
  return getFinding(ctx.db, id);
}
