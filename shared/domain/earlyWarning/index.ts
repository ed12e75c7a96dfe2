import { judgeBayes } from './bayes';
import { judgeEars } from './ears';

/**
 * Early warning: is this week's count of signals for a unit unusually high
 * against the weeks before it? Four methods, each computed exactly as R's
 * surveillance package (1.20.3) does; the golden test
 * (test/unit/earlyWarningGolden.test.ts) holds the TypeScript to R's output.
 *
 * - bayes: algo.bayes, b = 0, w = 6, actY = TRUE, alpha = 0.05 (see bayes.ts)
 * - c1, c2, c3: earsC, baseline = 7, minSigma = 1, the package's default
 *   alpha (0.001 for C1 and C2, 0.025 for C3) (see ears.ts)
 *
 * Every method alarms when observed > threshold (strictly), as the package does.
 */
export const EARLY_WARNING_METHODS = ['bayes', 'c1', 'c2', 'c3'] as const;
export type EarlyWarningMethod = (typeof EARLY_WARNING_METHODS)[number];

export interface WeekJudgement {
  /** counts[index] */
  observed: number;
  /**
   * The upper bound; alarm when observed > threshold (strictly greater, as
   * surveillance does). A whole number for bayes, a real number for EARS.
   */
  threshold: number;
  alarm: boolean;
  /** Index into counts of the first reference week used. */
  referenceFrom: number;
  /** Index into counts of the last reference week used (inclusive). */
  referenceTo: number;
}

/**
 * The earlier weeks each method needs before the judged week, as R requires:
 * bayes w = 6; C1 the 7-week baseline; C2 the baseline with a 2-week lag (9);
 * C3 also the C2 statistics of the two weeks before (11).
 */
const WEEKS_NEEDED: Readonly<Record<EarlyWarningMethod, number>> = { bayes: 6, c1: 7, c2: 9, c3: 11 };

/** Minimum number of earlier weeks the method needs before `index`. */
export function weeksNeeded(method: EarlyWarningMethod): number {
  return WEEKS_NEEDED[method];
}

/**
 * Judges week `index` of a weekly series of counts (oldest first, no gaps:
 * a week without signals is 0). Null when there are not enough earlier weeks
 * for the method (see weeksNeeded).
 *
 * Reference weeks reported: bayes index−6..index−1; C1 index−7..index−1;
 * C2 index−9..index−3; C3 index−11..index−1 (the C2 baselines of the week and
 * of the two weeks before it, and those two weeks' counts).
 */
export function judgeWeek(method: EarlyWarningMethod, counts: readonly number[], index: number): WeekJudgement | null {
  if (!Number.isInteger(index) || index < 0 || index >= counts.length) {
    throw new RangeError(`judgeWeek: index ${index} is outside the series of ${counts.length} weeks`);
  }
  if (index < WEEKS_NEEDED[method]) return null;
  return method === 'bayes' ? judgeBayes(counts, index) : judgeEars(method, counts, index);
}
