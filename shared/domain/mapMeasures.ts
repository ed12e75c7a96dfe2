import { z } from 'zod';
import { isoDateSchema } from './fields';

/**
 * What the municipality map can be coloured by. Every measure gives each of
 * the 342 current municipalities a whole number, or null when there is none
 * (never contacted). A former municipality's records count under the one it
 * merged into; a record linked to several municipalities counts once under each.
 */
export const MAP_MEASURES = ['signals', 'contactMoments', 'daysSinceContact', 'openActions', 'overdueActions', 'earlyWarning'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** How many ISO weeks the default period covers: the running week and the 11 before it. */
export const MAP_DEFAULT_WEEKS = 12;

export const mapMeasuresQuerySchema = z
  .object({
    measure: z.enum(MAP_MEASURES),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'validation.periodOrder' });
  });
export type MapMeasuresQuery = z.output<typeof mapMeasuresQuerySchema>;
export type MapMeasuresQueryInput = z.input<typeof mapMeasuresQuerySchema>;

/** The early-warning status as a number, so the map orders it: 2 alarm, 1 reviewed, 0 none. */
export const EARLY_WARNING_VALUES = { alarm: 2, reviewed: 1, none: 0 } as const;

export interface MapMeasureValue {
  code: string;
  name: string;
  provinceName: string;
  value: number | null;
  /**
   * daysSinceContact: the date of the last contact (YYYY-MM-DD);
   * earlyWarning: the status ('alarm' | 'reviewed' | 'none').
   */
  detail?: string;
}

export interface MapMeasures {
  measure: MapMeasure;
  /** The period actually used (the default filled in), YYYY-MM-DD. */
  from: string;
  to: string;
  /** earlyWarning only: the ISO week judged ("2026-W11"). */
  week?: string;
  /** All current municipalities, by name. */
  values: MapMeasureValue[];
}
