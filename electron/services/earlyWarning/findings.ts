import { isReadOnlyDatabase, type Db } from '../../../db/connection';
import { unitNames, unitSignals } from '../../../db/repositories/earlyWarningSeries';
import { findFinding, findingsOfWeek, saveWeekAlarms, type StoredFinding } from '../../../db/repositories/earlyWarningFindings';
import { randomUUID } from 'node:crypto';
import type { EarlyWarningMethod } from '../../../shared/domain/earlyWarning';
import {
  compareFindings,
  DEFAULT_EARLY_WARNING_METHOD,
  type EarlyWarningFinding,
  type EarlyWarningFindings,
  type EarlyWarningSummary,
  type FindingSignal,
  type FindingStatus,
} from '../../../shared/domain/earlyWarningFinding';
import { isoWeekKey, parseIsoWeekKey, weekEnd, weekStart, type IsoWeek } from '../../../shared/domain/isoWeek';
import { AppError } from '../../../shared/errors';
import { judgeUnits } from './judge';
import { weekToJudge } from './week';

/** What reading findings needs: the case file and the time (which week has ended). */
export interface EarlyWarningContext {
  db: Db;
  now: Date;
}

const NATIONAL_NAMES = { nl: 'Nederland', en: 'The Netherlands' };

/**
 * Judges every unit in one week with one method and stores the alarms as
 * findings (see saveWeekAlarms for what a rerun keeps). Cheap enough to run
 * whenever someone looks (one grouped count, a few hundred judgements), so
 * findings are never stale and no timer is needed. A read-only case file
 * cannot store them: it shows the findings stored where it was last written.
 */
export function runWeek(ctx: EarlyWarningContext, week: IsoWeek, method: EarlyWarningMethod): void {
  if (isReadOnlyDatabase(ctx.db)) return;
  const alarms = judgeUnits(ctx.db, week, method)
    .filter((judged) => judged.alarm)
    .map((judged) => ({
      id: randomUUID(),
      unitKind: judged.kind,
      unitCode: judged.code,
      observed: judged.observed,
      threshold: judged.threshold,
      referenceFrom: judged.referenceFrom,
      referenceTo: judged.referenceTo,
    }));
  saveWeekAlarms(ctx.db, isoWeekKey(week), method, alarms, ctx.now.toISOString());
}

function withExplanation(stored: StoredFinding, names: Map<string, { nl: string; en: string }>): EarlyWarningFinding {
  const { reviewedByLabel, ...finding } = stored;
  const name = stored.unitKind === 'national' ? NATIONAL_NAMES : (names.get(`${stored.unitKind}:${stored.unitCode}`) ?? { nl: stored.unitCode, en: stored.unitCode });
  return {
    ...finding,
    reviewedBy: reviewedByLabel ?? finding.reviewedBy,
    explanation: {
      unitName: name.nl,
      unitNameEn: name.en,
      week: stored.week,
      observed: stored.observed,
      threshold: stored.threshold,
      referenceFrom: stored.referenceFrom,
      referenceTo: stored.referenceTo,
    },
  };
}

/** The findings of a week (default: the last complete one) and method, judged now and ranked. */
export function listFindings(
  ctx: EarlyWarningContext,
  query: { week?: string; method?: EarlyWarningMethod; status?: FindingStatus } = {},
): EarlyWarningFindings {
  const week = weekToJudge(query.week, ctx.now);
  const method = query.method ?? DEFAULT_EARLY_WARNING_METHOD;
  runWeek(ctx, week, method);
  const names = unitNames(ctx.db);
  const findings = findingsOfWeek(ctx.db, isoWeekKey(week), method, query.status).map((stored) => withExplanation(stored, names));
  return { week: isoWeekKey(week), method, findings: findings.sort(compareFindings) };
}

/** For the overview: how many findings the last complete week has, and how many nobody reviewed yet. */
export function earlyWarningSummary(ctx: EarlyWarningContext): EarlyWarningSummary {
  const { week, findings } = listFindings(ctx);
  return { week, findings: findings.length, unreviewed: findings.filter((finding) => finding.status === 'open').length };
}

export function getFinding(db: Db, id: string): EarlyWarningFinding {
  const stored = findFinding(db, id);
  if (!stored) throw new AppError('NOT_FOUND', `No early-warning finding with id ${id}`);
  return withExplanation(stored, unitNames(db));
}

/** The signals a finding counted: the same rule as the count, so there are as many as it says (unless signals changed since). */
export function findingSignals(db: Db, id: string): FindingSignal[] {
  const finding = findFinding(db, id);
  if (!finding) throw new AppError('NOT_FOUND', `No early-warning finding with id ${id}`);
  const week = parseIsoWeekKey(finding.week)!;
  return unitSignals(db, finding.unitKind, finding.unitCode, weekStart(week), weekEnd(week));
}
