import type { Db } from '../../../db/connection';
import { findSignal } from '../../../db/repositories/signals';
import { listSignalRows } from '../../../db/repositories/signalList';
import { AppError } from '../../../shared/errors';
import {
  signalListQuerySchema,
  type Signal,
  type SignalListPage,
  type SignalListQueryInput,
} from '../../../shared/domain/signal';
import { parseOrThrow } from '../validation';

/** A signal with everything its page shows; NOT_FOUND when the id is unknown (or erased). */
export function getSignal(db: Db, id: string): Signal {
  const signal = findSignal(db, id);
  if (!signal) throw new AppError('NOT_FOUND', `Signal ${id} not found`);
  return signal;
}

/** One page of the signals list; accepts a partial query (the CLI's) and fills in the defaults. */
export function listSignals(db: Db, query: SignalListQueryInput): SignalListPage {
  return listSignalRows(db, parseOrThrow(signalListQuerySchema, query, 'List signals'));
}
