import { randomUUID } from 'node:crypto';
import { addSignalLinks, insertSignalShare } from '../../../db/repositories/signalLinks';
import { findSignal, setSignalDeleted, touchSignal } from '../../../db/repositories/signals';
import type { Signal } from '../../../shared/domain/signal';
import type { WriteContext } from '../context';
import { invalid, type Issue } from '../validation';
import { auditSignal, requireSignal, stampOf } from './common';

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/**
 * Merges a duplicate (source) into the signal that stays (target). The target
 * gains the source's municipalities, themes and shares; the source is kept,
 * soft-deleted and pointing at the target, so both histories stay readable
 * (the target's history includes the source's entries).
 */
export function mergeSignals(ctx: WriteContext, targetId: string, sourceId: string): Signal {
  const { db } = ctx;
  return db.transaction(() => {
    const target = requireSignal(ctx, targetId);
    const source = requireSignal(ctx, sourceId);
    const issues: Issue[] = [];
    if (target.id === source.id) issues.push({ path: 'sourceId', message: 'validation.mergeIntoItself' });
    if (target.mergedInto || target.deletedAt) issues.push({ path: 'targetId', message: 'validation.mergeTargetGone', detail: target.number });
    if (source.mergedInto || source.deletedAt) issues.push({ path: 'sourceId', message: 'validation.mergeSourceGone', detail: source.number });
    if (issues.length > 0) throw invalid('Merge signals', issues);

    const stamp = stampOf(ctx);
    const municipalities = union(target.municipalities, source.municipalities);
    const themes = union(target.themes, source.themes);
    addSignalLinks(db, target.id, 'municipalities', source.municipalities);
    addSignalLinks(db, target.id, 'themes', source.themes);
    // Copies, not moves: the source keeps an intact record of where it went.
    for (const { id: _id, ...share } of source.shares) {
      insertSignalShare(db, { ...share, id: randomUUID(), signalId: target.id });
    }
    touchSignal(db, target.id, stamp);
    // mergedFrom.id is also how mergedSourceIds() finds the source again: keep that shape.
    auditSignal(
      ctx,
      target.id,
      'update',
      { municipalities: target.municipalities, themes: target.themes },
      { municipalities, themes, mergedFrom: { id: source.id, number: source.number }, sharesAdded: source.shares.length },
    );

    const reason = `Samengevoegd met ${target.number}`;
    setSignalDeleted(db, source.id, { at: stamp.at, reason, mergedIntoId: target.id }, stamp);
    auditSignal(
      ctx,
      source.id,
      'delete',
      { deletedAt: null, deletedReason: null, mergedInto: null },
      { deletedAt: stamp.at, deletedReason: reason, mergedInto: { id: target.id, number: target.number } },
    );
    return findSignal(db, target.id)!;
  })();
}
