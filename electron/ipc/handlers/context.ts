import type { Db } from '../../../db/connection';
import type { WriteContext } from '../../services/context';
import type { HandlerDeps } from './types';

export interface ReadContext {
  db: Db;
}

/** Reads need an unlocked case file; writes also need to know who is working. */
export function contexts(deps: HandlerDeps): { read: () => ReadContext; write: () => WriteContext } {
  const clock = deps.now ?? (() => new Date());
  return {
    read: () => ({ db: deps.session.current().db }),
    write: () => ({ db: deps.session.current().db, actor: deps.session.actor(), now: clock() }),
  };
}
