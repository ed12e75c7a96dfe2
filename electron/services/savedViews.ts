import type { Db } from '../../db/connection';
import type { SavedView } from '../../shared/domain/history';
import type { WriteContext } from './context';
import { notImplemented } from './notImplemented';

export function listViews(_db: Db, _entity: 'signal' | 'case'): SavedView[] {
  return notImplemented('listViews');
}
export function saveView(
  _ctx: WriteContext,
  _view: { entity: 'signal' | 'case'; name: string; definition: Record<string, unknown> },
): SavedView {
  return notImplemented('saveView');
}
export function deleteView(_ctx: WriteContext, _id: string): void {
  notImplemented('deleteView');
}
