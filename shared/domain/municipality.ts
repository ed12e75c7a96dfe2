import { z } from 'zod';
import type { FollowUpActionListRow } from './followUpAction';
import { isoDateSchema, lineText, municipalityCodeSchema, sortDirectionSchema } from './fields';

export interface MunicipalityListRow {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  validFrom: string;
  validTo: string | null;
  mergedInto: string | null;
}

export const municipalityListQuerySchema = z.object({
  provinces: z.array(z.string().regex(/^PV\d{2}$/, 'validation.province')).max(12).default([]),
  /** Province by name, as the CLI takes it (case-insensitive). */
  provinceName: lineText().max(60).optional(),
  text: lineText().max(100).optional(),
  includeFormer: z.boolean().default(false),
});
export type MunicipalityListQuery = z.output<typeof municipalityListQuerySchema>;
export type MunicipalityListQueryInput = z.input<typeof municipalityListQuerySchema>;

/** Everything linked to one municipality, for its page. Lists are capped; counts are not. */
export interface MunicipalityDetail extends MunicipalityListRow {
  lastContactOn: string | null;
  counts: { signals: number; cases: number; contactMoments: number; organisations: number; persons: number; openActions: number };
  signals: { id: string; number: string; title: string; receivedOn: string; status: string }[];
  cases: { id: string; number: string; title: string; status: string; startOn: string }[];
  contactMoments: { id: string; number: string; heldOn: string; form: string; subject: string }[];
  organisations: { id: string; name: string; type: string }[];
  persons: { id: string; name: string; role: string; organisationName: string | null }[];
  openActions: FollowUpActionListRow[];
}

export const NETWORK_SORT_COLUMNS = [
  'attention',
  'name',
  'provinceName',
  'signals',
  'contactMoments',
  'daysSinceContact',
  'openActions',
  'overdueActions',
] as const;

export const networkOverviewQuerySchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    provinces: z.array(z.string().regex(/^PV\d{2}$/, 'validation.province')).max(12).default([]),
    municipalities: z.array(municipalityCodeSchema).max(400).default([]),
    /** Hide municipalities with nothing in the period and no open actions. */
    onlyActive: z.boolean().default(false),
    /** Show only the municipalities that need attention (see NetworkAttentionRule). */
    onlyAttention: z.boolean().default(false),
    /** Attention first; within each part, longest since contact first. */
    sort: z
      .object({ column: z.enum(NETWORK_SORT_COLUMNS), direction: sortDirectionSchema })
      .default({ column: 'attention', direction: 'desc' }),
  })
  .superRefine((value, ctx) => {
    if (value.from > value.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'validation.periodOrder' });
  });
export type NetworkOverviewQuery = z.output<typeof networkOverviewQuerySchema>;
export type NetworkOverviewQueryInput = z.input<typeof networkOverviewQuerySchema>;

export interface NetworkOverviewRow {
  code: string;
  name: string;
  provinceName: string;
  /** Signals received in the period. */
  signals: number;
  /** Contact moments held in the period. */
  contactMoments: number;
  /**
   * The last contact on or before the reference day min(to, today), not only
   * in the period (with `to` today: the last contact ever); null when none.
   */
  lastContactOn: string | null;
  /** Days from the last contact to the reference day min(to, today); null when never. */
  daysSinceContact: number | null;
  /** Open or in-progress actions linked to the municipality through a signal, case or contact moment. */
  openActions: number;
  overdueActions: number;
  /** Open actions whose date is more than the rule's overdueDays before today. */
  longOverdueActions: number;
  /** Why this municipality needs attention; null when it does not. */
  attention: NetworkAttention | null;
}

/** The reasons a municipality needs attention (either or both). */
export interface NetworkAttention {
  /** Signals in the period above the rule's threshold, and no contact for quietDays (or never). */
  quiet: boolean;
  /** Open actions more than overdueDays past their date. */
  longOverdue: number;
}

/**
 * The attention rule with its thresholds for this period, so every screen and
 * the CLI state it with the numbers it was applied with.
 */
export interface NetworkAttentionRule {
  /** "Many signals" means more than this many in the period. */
  signalsAbove: number;
  /** signalsAbove is the level the top `topShare` percent of current municipalities are above. */
  topShare: number;
  /** signalsAbove is never below minSignals - 1, so a quiet file does not flag one signal. */
  minSignals: number;
  quietDays: number;
  overdueDays: number;
  /** "Long overdue" means more than this many actions overdueDays late (0: any); the same top share. */
  overdueAbove: number;
}

export interface NetworkOverview {
  from: string;
  to: string;
  /** Today in the Netherlands: actions due before it are overdue. */
  today: string;
  rows: NetworkOverviewRow[];
  attentionRule: NetworkAttentionRule;
  /** How many of the shown municipalities (before onlyAttention) need attention. */
  attentionCount: number;
}

const DAY_MS = 86_400_000;

/** The period of `days` calendar days that ends on `today` (both ends included), as ISO dates. */
export function periodEndingOn(today: string, days: number): { from: string; to: string } {
  const end = Date.parse(`${today}T00:00:00Z`);
  return { from: new Date(end - (days - 1) * DAY_MS).toISOString().slice(0, 10), to: today };
}

/** The overview's default period: the last 90 days up to today. */
export const DEFAULT_NETWORK_PERIOD_DAYS = 90;
