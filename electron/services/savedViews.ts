import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import {
  findLiveView,
  findLiveViewByName,
  insertSavedView,
  listSavedViews,
  markSavedViewDeleted,
  updateSavedViewDefinition,
  type StoredView,
} from '../../db/repositories/savedViews';
import { requiredText } from '../../shared/domain/fields';
import type { SavedView } from '../../shared/domain/history';
import { AppError } from '../../shared/errors';
import { recordChange } from './audit';
import type { WriteContext } from './context';
import { invalid, parseOrThrow } from './validation';

type Entity = SavedView['entity'];

const viewSchema = z.object({
  entity: z.enum(['signal', 'case']),
  name: requiredText(80),
  definition: z.record(z.string(), z.unknown()),
});

// A view holds filters and a sort, not data; a cap keeps a runaway definition out of the file.
const MAX_DEFINITION_CHARS = 20_000;

const toSavedView = ({ version: _version, ...view }: StoredView): SavedView => view;

export function listViews(db: Db, entity: Entity): SavedView[] {
  return listSavedViews(db, entity).map(toSavedView);
}

/**
 * Saves a named filter and sort set. Names are unique per entity: saving under
 * an existing name replaces that view's definition (a new version), which is
 * what "save view" means to someone who picks the same name again.
 */
export function saveView(
  ctx: WriteContext,
  raw: { entity: Entity; name: string; definition: Record<string, unknown> },
): SavedView {
  const view = parseOrThrow(viewSchema, raw, 'View');
  const definitionJson = JSON.stringify(view.definition);
  if (definitionJson.length > MAX_DEFINITION_CHARS) {
    throw invalid('View', [{ path: 'definition', message: 'validation.tooLong' }]);
  }
  const stamp = { at: ctx.now.toISOString(), by: ctx.actor.adviserId };
  const id = ctx.db.transaction(() => {
    const existing = findLiveViewByName(ctx.db, view.entity, view.name);
    if (existing) {
      updateSavedViewDefinition(ctx.db, existing.id, definitionJson, stamp);
      recordChange(
        ctx.db,
        ctx.actor,
        { entity: 'view', entityId: existing.id, action: 'update', before: { definition: existing.definition }, after: { definition: view.definition } },
        ctx.now,
      );
      return existing.id;
    }
    const created = randomUUID();
    insertSavedView(ctx.db, { id: created, entity: view.entity, name: view.name, definitionJson }, stamp);
    recordChange(ctx.db, ctx.actor, { entity: 'view', entityId: created, action: 'create', after: view }, ctx.now);
    return created;
  })();
  return toSavedView(findLiveView(ctx.db, id)!);
}

/** Soft delete; the name becomes free for a new view. */
export function deleteView(ctx: WriteContext, id: string): void {
  ctx.db.transaction(() => {
    const existing = findLiveView(ctx.db, id);
    if (!existing) throw new AppError('NOT_FOUND', `No saved view with id ${id}`);
    markSavedViewDeleted(ctx.db, id, { at: ctx.now.toISOString(), by: ctx.actor.adviserId });
    recordChange(ctx.db, ctx.actor, { entity: 'view', entityId: id, action: 'delete', before: { name: existing.name } }, ctx.now);
  })();
}
