import type { Db } from '../../../db/connection';
import { municipalityStatuses } from '../earlyWarning/status';

export type MapWarningStatus = 'alarm' | 'reviewed' | 'none';

/**
 * The map's one door to early warning: the status per municipality in a
 * week, as the early-warning service judges it (Bayes; 'alarm' is a finding
 * not yet reviewed). Judging may store new findings, as looking at the
 * findings list does.
 */
export function earlyWarningStatuses(db: Db, now: Date, week: string): { week: string; byCode: Map<string, MapWarningStatus> } {
  const result = municipalityStatuses({ db, now }, week);
  return { week: result.week, byCode: new Map(result.statuses.map((row) => [row.code, row.status])) };
}
