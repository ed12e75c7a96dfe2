import { AppError } from '../../../shared/errors';
import { isoWeekKey, lastCompleteIsoWeek, parseIsoWeekKey, weeksBetween, type IsoWeek } from '../../../shared/domain/isoWeek';
import { invalid } from '../validation';

/**
 * The week to judge: the one asked for, or the last week that has ended in
 * the Netherlands. A week still running (or to come) is refused: its count is
 * not complete, and judging it would raise or hide alarms that change by Sunday.
 */
export function weekToJudge(text: string | undefined, now: Date): IsoWeek {
  const last = lastCompleteIsoWeek(now);
  if (text === undefined) return last;
  const week = parseIsoWeekKey(text);
  if (!week) throw invalid('Early warning', [{ path: 'week', message: 'earlyWarning.errors.week', detail: text }]);
  if (weeksBetween(last, week) > 0) {
    throw new AppError('INVALID_INPUT', `Early warning: week ${text} has not ended yet; the last complete week is ${isoWeekKey(last)}`, {
      issues: [{ path: 'week', message: 'earlyWarning.errors.weekNotEnded' }],
    });
  }
  return week;
}
