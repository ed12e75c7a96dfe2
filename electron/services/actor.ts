import type { Adviser } from '../../shared/domain/adviser';

/** Who makes a change: the adviser at work, or the system itself (migrations, set-up). */
export interface Actor {
  adviserId: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { adviserId: null, label: 'systeem' };

export function actorFor(adviser: Adviser): Actor {
  return { adviserId: adviser.id, label: `${adviser.name} (${adviser.initials})` };
}
