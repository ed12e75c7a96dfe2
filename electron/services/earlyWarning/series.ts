import type { Db } from '../../../db/connection';
import { weeklyCounts } from '../../../db/repositories/earlyWarningSeries';
import type { EarlyWarningUnitKind } from '../../../shared/domain/earlyWarningFinding';
import { isoWeekKey, isoWeekRange, weekEnd, weekStart, type IsoWeek } from '../../../shared/domain/isoWeek';

export interface UnitSeries {
  kind: EarlyWarningUnitKind;
  code: string;
  /** One count per week of WeeklySeries.weeks, zeros included. */
  counts: number[];
}

export interface WeeklySeries {
  /** Week keys ("2026-W48"), oldest first. */
  weeks: string[];
  /** Every unit with at least one signal in the weeks; a unit not listed counted zero every week. */
  units: UnitSeries[];
}

/**
 * Dense weekly series of every unit from `from` to `to` (both included), from
 * the repository's weekly counts: a week without signals is a 0, not a gap, because the
 * methods read the weeks by position.
 */
export function weeklySeries(db: Db, from: IsoWeek, to: IsoWeek): WeeklySeries {
  const weeks = isoWeekRange(from, to).map(isoWeekKey);
  const position = new Map(weeks.map((week, index) => [week, index]));
  const units = new Map<string, UnitSeries>();
  for (const row of weeklyCounts(db, weekStart(from), weekEnd(to))) {
    const key = `${row.kind}:${row.code}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { kind: row.kind, code: row.code, counts: new Array<number>(weeks.length).fill(0) };
      units.set(key, unit);
    }
    unit.counts[position.get(row.week)!] = row.count;
  }
  return { weeks, units: [...units.values()] };
}
