import type { Db } from '../../../db/connection';
import { EARLY_WARNING_METHODS, judgeWeek, weeksNeeded, type EarlyWarningMethod } from '../../../shared/domain/earlyWarning';
import type { EarlyWarningUnitKind } from '../../../shared/domain/earlyWarningFinding';
import { addIsoWeeks, type IsoWeek } from '../../../shared/domain/isoWeek';
import { weeklySeries } from './series';

/** One unit judged in one week, with the reference weeks the method compared it with. */
export interface UnitJudgement {
  kind: EarlyWarningUnitKind;
  code: string;
  observed: number;
  threshold: number;
  alarm: boolean;
  referenceFrom: string;
  referenceTo: string;
}

/** Weeks of history before the judged week that every method has enough of. */
function historyWeeks(methods: readonly EarlyWarningMethod[]): number {
  return Math.max(...methods.map(weeksNeeded));
}

/**
 * Judges every unit with signals in the weeks the method looks at. A unit
 * without any signal there is all zeros, which no method alarms on, so it is
 * left out (the callers list it as "no signals").
 */
export function judgeUnits(db: Db, week: IsoWeek, method: EarlyWarningMethod): UnitJudgement[] {
  const history = historyWeeks([method]);
  const series = weeklySeries(db, addIsoWeeks(week, -history), week);
  const index = series.weeks.length - 1;
  const judgements: UnitJudgement[] = [];
  for (const unit of series.units) {
    const judged = judgeWeek(method, unit.counts, index);
    if (!judged) continue;
    judgements.push({
      kind: unit.kind,
      code: unit.code,
      observed: judged.observed,
      threshold: judged.threshold,
      alarm: judged.alarm,
      referenceFrom: series.weeks[judged.referenceFrom]!,
      referenceTo: series.weeks[judged.referenceTo]!,
    });
  }
  return judgements;
}

/**
 * The whole early-warning picture over a span of weeks: every unit, every
 * week from `from` to `to`, each method in `methods`, from one count. What
 * the bench measures; returns the number of alarms per method.
 */
export function judgeWeeks(
  db: Db,
  from: IsoWeek,
  to: IsoWeek,
  methods: readonly EarlyWarningMethod[] = EARLY_WARNING_METHODS,
): Record<EarlyWarningMethod, number> {
  const history = historyWeeks(methods);
  const series = weeklySeries(db, addIsoWeeks(from, -history), to);
  const alarms = Object.fromEntries(methods.map((method) => [method, 0])) as Record<EarlyWarningMethod, number>;
  for (const unit of series.units) {
    for (let index = history; index < series.weeks.length; index++) {
      for (const method of methods) {
        if (judgeWeek(method, unit.counts, index)?.alarm) alarms[method]++;
      }
    }
  }
  return alarms;
}
