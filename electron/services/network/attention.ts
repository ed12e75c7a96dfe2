import type { NetworkOverviewFigures } from '../../../db/repositories/networkOverview';
import type { NetworkAttention, NetworkAttentionRule } from '../../../shared/domain/municipality';

/**
 * When a municipality needs a manager's attention, in words the legend states
 * with its numbers:
 *
 * - many signals in the period and no contact for QUIET_DAYS days (or never);
 * - or many actions more than OVERDUE_DAYS past their date.
 *
 * "Many" is relative to the spread over all current municipalities in the
 * same period: more than the level the top TOP_SHARE percent are above.
 * Fixed numbers ("3 signals", "an overdue action") flag nearly every
 * municipality in a large file (341 of 342 at 100,000 signals) and say
 * nothing about which ones stand out; a top share stays a handful at any
 * size. Floors keep a small file sane: never fewer than MIN_SIGNALS signals,
 * and with few late actions anywhere, one month-late action is enough.
 */
export const TOP_SHARE = 10;
export const MIN_SIGNALS = 3;
export const QUIET_DAYS = 60;
export const OVERDUE_DAYS = 30;

/**
 * The value at the (100 - TOP_SHARE)th percentile (nearest rank) of the
 * counts, municipalities without any counted as 0, so at most TOP_SHARE
 * percent are above it (ties at the level stay below).
 */
function topShareLevel(counts: readonly number[], population: number): number {
  const sorted = [...counts, ...Array<number>(Math.max(0, population - counts.length)).fill(0)].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(((100 - TOP_SHARE) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

/**
 * The rule's thresholds for one period, from the figures of the current
 * municipalities that have any (`population` is how many there are in all).
 */
export function attentionRuleFor(rows: readonly NetworkOverviewFigures[], population: number): NetworkAttentionRule {
  return {
    signalsAbove: Math.max(topShareLevel(rows.map((row) => row.signals), population), MIN_SIGNALS - 1),
    overdueAbove: topShareLevel(rows.map((row) => row.longOverdueActions), population),
    topShare: TOP_SHARE,
    minSignals: MIN_SIGNALS,
    quietDays: QUIET_DAYS,
    overdueDays: OVERDUE_DAYS,
  };
}

export function attentionOf(row: NetworkOverviewFigures, rule: NetworkAttentionRule): NetworkAttention | null {
  const quiet = row.signals > rule.signalsAbove && (row.daysSinceContact === null || row.daysSinceContact >= rule.quietDays);
  const longOverdue = row.longOverdueActions > rule.overdueAbove ? row.longOverdueActions : 0;
  return quiet || longOverdue > 0 ? { quiet, longOverdue } : null;
}
