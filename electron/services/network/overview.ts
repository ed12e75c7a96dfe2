import type { Db } from '../../../db/connection';
import { queryNetworkOverview } from '../../../db/repositories/networkOverview';
import {
  networkOverviewQuerySchema,
  type NetworkOverview,
  type NetworkOverviewQueryInput,
} from '../../../shared/domain/municipality';
import { referenceData } from '../reference';
import { checkKnown, invalid, parseOrThrow, todayInNetherlands, type Issue } from '../validation';

/**
 * Per municipality: signals and contact moments in the period, the last
 * contact and days since, open and overdue actions (see the repository for
 * the exact rules). Sorted and filtered in SQL.
 */
export function networkOverview(db: Db, query: NetworkOverviewQueryInput, now: Date): NetworkOverview {
  const parsed = parseOrThrow(networkOverviewQuerySchema, query, 'Network overview');
  const issues: Issue[] = [];
  checkKnown(db, issues, 'municipalities', 'municipality', parsed.municipalities);
  if (parsed.provinces.length > 0) {
    const known = new Set(referenceData(db).provinces.map((province) => province.code));
    const unknown = parsed.provinces.filter((code) => !known.has(code));
    if (unknown.length > 0) issues.push({ path: 'provinces', message: 'validation.province', detail: unknown.join(', ') });
  }
  if (issues.length > 0) throw invalid('Network overview', issues);
  const today = todayInNetherlands(now);
  return { from: parsed.from, to: parsed.to, today, rows: queryNetworkOverview(db, parsed, today) };
}
