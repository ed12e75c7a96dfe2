import type { Db } from '../../../db/connection';
import type { Signal, SignalListPage, SignalListQuery } from '../../../shared/domain/signal';
import { notImplemented } from '../notImplemented';

export function getSignal(_db: Db, _id: string): Signal {
  return notImplemented('getSignal');
}
export function listSignals(_db: Db, _query: SignalListQuery): SignalListPage {
  return notImplemented('listSignals');
}
