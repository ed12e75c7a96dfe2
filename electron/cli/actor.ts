import type { Actor } from '../services/actor';

/** The CLI acts for no adviser in particular; the audit trail still shows where a change came from. */
export const CLI_ACTOR: Actor = { adviserId: null, label: 'ess CLI' };
