import type { SavedView } from '../../shared/domain/history';
import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

type Entity = SavedView['entity'];

interface ViewRow {
  id: string;
  entity: Entity;
  name: string;
  definition: string;
  updatedAt: string;
  version: number;
}

export interface StoredView extends SavedView {
  version: number;
}

const COLUMNS = 'id, entity, name, definition, updated_at AS updatedAt, version FROM saved_views';

const toView = ({ definition, ...row }: ViewRow): StoredView => ({ ...row, definition: JSON.parse(definition) as unknown });

export function listSavedViews(db: Db, entity: Entity): StoredView[] {
  return (
    statement(db, `SELECT ${COLUMNS} WHERE entity = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, name`).all(
      entity,
    ) as ViewRow[]
  ).map(toView);
}

export function findLiveView(db: Db, id: string): StoredView | undefined {
  const row = statement(db, `SELECT ${COLUMNS} WHERE id = ? AND deleted_at IS NULL`).get(id) as ViewRow | undefined;
  return row && toView(row);
}

export function findLiveViewByName(db: Db, entity: Entity, name: string): StoredView | undefined {
  const row = statement(db, `SELECT ${COLUMNS} WHERE entity = ? AND name = ? AND deleted_at IS NULL`).get(entity, name) as
    | ViewRow
    | undefined;
  return row && toView(row);
}

export function insertSavedView(
  db: Db,
  view: { id: string; entity: Entity; name: string; definitionJson: string },
  stamp: Stamp,
): void {
  statement(
    db,
    `INSERT INTO saved_views (id, entity, name, definition, created_at, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(view.id, view.entity, view.name, view.definitionJson, stamp.at, stamp.at, stamp.by);
}

export function updateSavedViewDefinition(db: Db, id: string, definitionJson: string, stamp: Stamp): void {
  statement(
    db,
    'UPDATE saved_views SET definition = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?',
  ).run(definitionJson, stamp.at, stamp.by, id);
}

export function markSavedViewDeleted(db: Db, id: string, stamp: Stamp): void {
  statement(
    db,
    'UPDATE saved_views SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?',
  ).run(stamp.at, stamp.at, stamp.by, id);
}
