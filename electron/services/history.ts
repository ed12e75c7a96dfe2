import type { Db } from '../../db/connection';
import type { HistoryEntry } from '../../shared/domain/history';
import { notImplemented } from './notImplemented';

export function entityHistory(_db: Db, _entity: 'signal' | 'case', _id: string): HistoryEntry[] {
  return notImplemented('entityHistory');
}
