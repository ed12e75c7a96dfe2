import type { Db } from '../../../db/connection';
import { currentMunicipalitiesByName, queryMapFigures } from '../../../db/repositories/mapMeasures';
import { addIsoWeeks, isoWeekOf, isoWeekKey, lastCompleteIsoWeek, weeksBetween, weekStart } from '../../../shared/domain/isoWeek';
import {
  EARLY_WARNING_VALUES,
  MAP_DEFAULT_WEEKS,
  mapMeasuresQuerySchema,
  type MapMeasures,
  type MapMeasuresQueryInput,
} from '../../../shared/domain/mapMeasures';
import { invalid, parseOrThrow, todayInNetherlands } from '../validation';
import { earlyWarningStatuses } from './earlyWarningStatuses';

/**
 * The map's figures for one measure, for all current municipalities (see
 * db/repositories/mapMeasures.ts for the counting rules).
 *
 * Period: `from`..`to` (both included). `to` defaults to today in the
 * Netherlands, `from` to the Monday 11 ISO weeks before the week of `to`:
 * the last 12 weeks, the running week included, so what was registered
 * today is on the map.
 * The early-warning status is of one week: the week of `to` when it has
 * ended, otherwise the last complete week.
 */
export function mapMeasures(db: Db, query: MapMeasuresQueryInput, now: Date): MapMeasures {
  const parsed = parseOrThrow(mapMeasuresQuerySchema, query, 'Map measures');
  const today = todayInNetherlands(now);
  const to = parsed.to ?? today;
  const from = parsed.from ?? weekStart(addIsoWeeks(isoWeekOf(to), -(MAP_DEFAULT_WEEKS - 1)));
  if (from > to) throw invalid('Map measures', [{ path: 'from', message: 'validation.periodOrder' }]);

  if (parsed.measure === 'earlyWarning') {
    const last = lastCompleteIsoWeek(now);
    const ofTo = isoWeekOf(to);
    const week = weeksBetween(last, ofTo) > 0 ? last : ofTo;
    const statuses = earlyWarningStatuses(db, now, isoWeekKey(week));
    return {
      measure: parsed.measure,
      from,
      to,
      week: statuses.week,
      values: currentMunicipalitiesByName(db).map((m) => {
        const status = statuses.byCode.get(m.code) ?? 'none';
        return { ...m, value: EARLY_WARNING_VALUES[status], detail: status };
      }),
    };
  }

  const rows = queryMapFigures(db, parsed.measure, { from, to, today, reference: to < today ? to : today });
  return {
    measure: parsed.measure,
    from,
    to,
    values: rows.map(({ detail, ...row }) => (detail === null ? row : { ...row, detail })),
  };
}
