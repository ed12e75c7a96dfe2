import type { WeekJudgement } from './index';
import { qnbinom } from './negativeBinomial';

/**
 * The Bayes system as R's surveillance package computes it (version 1.20.3,
 * algo.bayes → algo.bayesLatestTimepoint) with
 * control = list(b = 0, w = 6, actY = TRUE, alpha = 0.05):
 *
 *   basevec  <- observed[(timePoint - w):(timePoint - 1)]   # actY = TRUE: the w weeks just before
 *                                                           # b = 0: no weeks from earlier years
 *   upPI     <- qnbinom(1 - alpha, sum(basevec) + 1/2, n / (n + 1))   # n = number of non-NA weeks
 *   alarm    <- observed[timePoint] > upPI                  # strictly greater
 *
 * R refuses a timePoint with timePoint - w < 1, so the method needs w = 6
 * earlier weeks. The counts here never hold NA, so n = w = 6 and the
 * probability is 6/7. The threshold is the (1 − alpha) quantile of the
 * posterior predictive distribution of a Poisson count under a Jeffreys-like
 * Gamma(1/2, 0) prior updated with the reference weeks: an integer.
 */
export const BAYES_CONTROL = { b: 0, w: 6, actY: true, alpha: 0.05 } as const;

const REFERENCE_WEEKS = BAYES_CONTROL.w;
const PROBABILITY = REFERENCE_WEEKS / (REFERENCE_WEEKS + 1);

/**
 * The threshold depends on the reference sum alone, so each sum's quantile
 * is computed once: the app judges hundreds of series over a year of weeks.
 */
const thresholdBySum = new Map<number, number>();

/** The Bayes upper bound for a reference sum of `sum` signals over the 6 weeks. */
export function bayesThreshold(sum: number): number {
  let threshold = thresholdBySum.get(sum);
  if (threshold === undefined) {
    threshold = qnbinom(1 - BAYES_CONTROL.alpha, sum + 1 / 2, PROBABILITY);
    thresholdBySum.set(sum, threshold);
  }
  return threshold;
}

export function judgeBayes(counts: readonly number[], index: number): WeekJudgement | null {
  const referenceFrom = index - REFERENCE_WEEKS;
  if (referenceFrom < 0) return null;
  const referenceTo = index - 1;
  let sum = 0;
  for (let i = referenceFrom; i <= referenceTo; i++) sum += counts[i] as number;
  const observed = counts[index] as number;
  const threshold = bayesThreshold(sum);
  return { observed, threshold, alarm: observed > threshold, referenceFrom, referenceTo };
}
