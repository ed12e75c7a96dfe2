import type { Db } from '../../db/connection';
import type { Actor } from './actor';

/** What a changing use case needs: the open case file, who is working, and the time. */
export interface WriteContext {
  db: Db;
  actor: Actor;
  now: Date;
}
