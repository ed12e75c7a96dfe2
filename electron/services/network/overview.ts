import type { Db } from '../../../db/connection';
import { currentMunicipalityCount, queryNetworkOverview } from '../../../db/repositories/networkOverview';
import {
  networkOverviewQuerySchema,
  type NetworkOverview,
  type NetworkOverviewQueryInput,
} from '../../../shared/domain/municipality';
import { referenceData } from '../reference';
import { checkKnown, invalid, parseOrThrow, todayInNetherlands, type Issue } from '../validation';
import { attentionOf, attentionRuleFor, OVERDUE_DAYS } from './attention';

/**
 * Per municipality: signals and contact moments in the period, the last
 * contact and days since, open and overdue actions (see the repository for
 * the exact rules), and whether it needs attention (./attention: the signals
 * threshold comes from all current municipalities in the same period, so a
 * province filter does not change who needs attention). Sorted and filtered
 * in SQL; the attention sort and filter here, over at most 342 rows.
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
  const figures = queryNetworkOverview(db, parsed, today, OVERDUE_DAYS);
  // The thresholds come from every current municipality: reuse the rows when nothing narrowed them.
  const everywhere =
    parsed.provinces.length === 0 && parsed.municipalities.length === 0
      ? figures
      : queryNetworkOverview(db, { ...parsed, provinces: [], municipalities: [], onlyActive: true }, today, OVERDUE_DAYS);
  const attentionRule = attentionRuleFor(everywhere, currentMunicipalityCount(db));
  const rows = figures.map((row) => ({ ...row, attention: attentionOf(row, attentionRule) }));
  const attentionCount = rows.filter((row) => row.attention !== null).length;
  if (parsed.sort.column === 'attention') {
    // A stable sort: within each part the SQL order (longest since contact first) stays.
    const first = parsed.sort.direction === 'desc';
    rows.sort((a, b) => Number(first ? b.attention !== null : a.attention !== null) - Number(first ? a.attention !== null : b.attention !== null));
  }
  return {
    from: parsed.from,
    to: parsed.to,
    today,
    rows: parsed.onlyAttention ? rows.filter((row) => row.attention !== null) : rows,
    attentionRule,
    attentionCount,
  };
}
