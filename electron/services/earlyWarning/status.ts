import { currentMunicipalities } from '../../../db/repositories/earlyWarningSeries';
import { municipalityFindingStatuses } from '../../../db/repositories/earlyWarningFindings';
import { DEFAULT_EARLY_WARNING_METHOD, type MunicipalityWarningStatuses } from '../../../shared/domain/earlyWarningFinding';
import { isoWeekKey } from '../../../shared/domain/isoWeek';
import { runWeek, type EarlyWarningContext } from './findings';
import { weekToJudge } from './week';

/**
 * Early-warning status per live municipality in a week (default the last
 * complete one), Bayes: 'alarm' for an unreviewed finding, 'reviewed' once an
 * adviser judged it, 'none' otherwise. For the map, in the window and in a note.
 */
export function municipalityStatuses(ctx: EarlyWarningContext, weekText?: string): MunicipalityWarningStatuses {
  const week = weekToJudge(weekText, ctx.now);
  runWeek(ctx, week, DEFAULT_EARLY_WARNING_METHOD);
  const found = new Map(municipalityFindingStatuses(ctx.db, isoWeekKey(week), DEFAULT_EARLY_WARNING_METHOD).map((row) => [row.code, row.status]));
  return {
    week: isoWeekKey(week),
    statuses: currentMunicipalities(ctx.db).map(({ code }) => {
      const status = found.get(code);
      return { code, status: status === undefined ? 'none' : status === 'open' ? 'alarm' : 'reviewed' };
    }),
  };
}
