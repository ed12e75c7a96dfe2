import type { TFunction } from 'i18next';
import type { NetworkAttentionRule, NetworkOverviewRow } from '../../../../shared/domain/municipality';

/**
 * The reasons a municipality needs attention, in words with its own numbers.
 * The rule itself is decided in the main process (electron/services/network/
 * attention.ts) so the CLI and the tests share it; this only says it.
 */
export function attentionReasons(t: TFunction, row: NetworkOverviewRow, rule: NetworkAttentionRule): string[] {
  const attention = row.attention;
  if (!attention) return [];
  const reasons: string[] = [];
  if (attention.quiet) {
    reasons.push(
      row.daysSinceContact === null
        ? t('attention.network.reason.neverContacted', { count: row.signals })
        : t('attention.network.reason.quiet', { count: row.signals, days: row.daysSinceContact }),
    );
  }
  if (attention.longOverdue > 0) reasons.push(t('attention.network.reason.overdue', { count: attention.longOverdue, days: rule.overdueDays }));
  return reasons;
}

/** The rule in plain words with this period's thresholds, for the legend. */
export function attentionLegend(t: TFunction, rule: NetworkAttentionRule): string {
  // In a small file the floor (at least minSignals) decides, not the top share: say which.
  const signals =
    rule.signalsAbove === rule.minSignals - 1
      ? t('attention.network.legendSignalsFloor', { count: rule.minSignals, days: rule.quietDays })
      : t('attention.network.legendSignals', { count: rule.signalsAbove, share: rule.topShare, days: rule.quietDays });
  const overdue =
    rule.overdueAbove === 0
      ? t('attention.network.legendOverdueAny', { days: rule.overdueDays })
      : t('attention.network.legendOverdue', { count: rule.overdueAbove, days: rule.overdueDays, share: rule.topShare });
  return t('attention.network.legend', { signals, overdue });
}
