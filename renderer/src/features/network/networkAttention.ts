import type { NetworkOverviewRow } from '../../../../shared/domain/municipality';

/**
 * When a municipality asks for a manager's attention: several signals in the
 * period while nobody has spoken to it for a while (or ever), or actions past
 * their date. A fixed, explainable rule (the legend states it), shown as text
 * and an icon, never by colour alone.
 */
export const ATTENTION_MIN_SIGNALS = 3;
export const ATTENTION_QUIET_DAYS = 60;

export interface Attention {
  /** Many signals, no recent contact. */
  quiet: boolean;
  overdue: number;
}

export function attentionOf(row: NetworkOverviewRow): Attention | null {
  const quiet =
    row.signals >= ATTENTION_MIN_SIGNALS && (row.daysSinceContact === null || row.daysSinceContact > ATTENTION_QUIET_DAYS);
  return quiet || row.overdueActions > 0 ? { quiet, overdue: row.overdueActions } : null;
}
