import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { findAdviser, findAdviserByInitials, insertAdviser, updateAdviserName } from '../../db/repositories/advisers';
import { writeSetting } from '../../db/repositories/settings';
import type { Adviser, AdviserInput } from '../../shared/domain/adviser';
import { actorFor, type Actor } from './actor';
import { recordChange } from './audit';

/**
 * Makes the given adviser the one at work. Initials identify an adviser: known
 * initials reuse that adviser (renaming if the name changed), new ones add one.
 */
export function setCurrentAdviser(db: Db, input: AdviserInput, now: Date): Adviser {
  return db.transaction(() => {
    const at = now.toISOString();
    let adviser = findAdviserByInitials(db, input.initials);
    if (!adviser) {
      adviser = { id: randomUUID(), ...input, createdAt: at, updatedAt: at, version: 1 };
      insertAdviser(db, adviser, adviser.id);
      recordChange(db, actorFor(adviser), { entity: 'adviser', entityId: adviser.id, action: 'create', after: input }, now);
    } else if (adviser.name !== input.name) {
      updateAdviserName(db, adviser.id, input.name, at, adviser.id);
      const before = { name: adviser.name, initials: adviser.initials };
      adviser = findAdviser(db, adviser.id)!;
      recordChange(
        db,
        actorFor(adviser),
        { entity: 'adviser', entityId: adviser.id, action: 'update', before, after: input },
        now,
      );
    }
    writeSetting(db, 'currentAdviserId', adviser.id, at, adviser.id);
    return adviser;
  })();
}

export function currentActor(adviser: Adviser | null, fallback: Actor): Actor {
  return adviser ? actorFor(adviser) : fallback;
}
