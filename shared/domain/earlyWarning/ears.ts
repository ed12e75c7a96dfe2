import type { WeekJudgement } from './index';
import { qnorm } from './normal';

/**
 * EARS C1, C2 and C3 as R's surveillance package computes them (version
 * 1.20.3, earsC) with control = list(method = "C1" | "C2" | "C3",
 * baseline = 7, minSigma = 1) and no alpha given, so the package's default:
 * alpha = 0.001 for C1 and C2, 0.025 for C3 (earsC sets these when
 * control$alpha is NULL). z = qnorm(1 − alpha).
 *
 * For the judged week t, with mean and sd (the sample sd, n − 1) over a
 * baseline of 7 weeks and σ = max(sd, minSigma):
 *
 *   C1:  baseline t−7..t−1;  upperbound = mean + z · σ
 *   C2:  baseline t−9..t−3 (two weeks' lag);  upperbound = mean + z · σ
 *   C3:  with C2(s) = (observed[s] − mean_s) / σ_s over the C2 baseline of s,
 *        upperbound = max(0, observed[t] + σ_t · (z − (max(0, C2(t−2) − 1) + max(0, C2(t−1) − 1))))
 *
 *   alarm = observed[t] > upperbound   (strictly greater, for all three)
 *
 * The C3 bound is the package's own: it is written around observed[t], so a
 * C3 alarm comes down to max(0, C2(t−2) − 1) + max(0, C2(t−1) − 1) > z with
 * observed[t] > 0. minSigma = 1 keeps σ from collapsing to 0 after empty or
 * constant weeks, so a single signal after empty weeks (C1: 0 + 3.09 · 1)
 * does not alarm. Operations are done in the order R does them.
 */
export const EARS_CONTROL = { baseline: 7, minSigma: 1 } as const;
export const EARS_ALPHA = { c1: 0.001, c2: 0.001, c3: 0.025 } as const;

type EarsMethod = keyof typeof EARS_ALPHA;

const BASELINE = EARS_CONTROL.baseline;
const MIN_SIGMA = EARS_CONTROL.minSigma;
const Z_C1_C2 = qnorm(1 - EARS_ALPHA.c1);
const Z_C3 = qnorm(1 - EARS_ALPHA.c3);

/** mean(counts[from..from+6]), as R's mean(): the sum over n. */
function baselineMean(counts: readonly number[], from: number): number {
  let sum = 0;
  for (let i = from; i < from + BASELINE; i++) sum += counts[i] as number;
  return sum / BASELINE;
}

/** max(sd(counts[from..from+6]), minSigma), sd with divisor n − 1 as R's sd(). */
function baselineSigma(counts: readonly number[], from: number, mean: number): number {
  let squares = 0;
  for (let i = from; i < from + BASELINE; i++) {
    const deviation = (counts[i] as number) - mean;
    squares += deviation * deviation;
  }
  return Math.max(Math.sqrt(squares / (BASELINE - 1)), MIN_SIGMA);
}

/** C2(s): the standardised count of week s against its lagged baseline s−9..s−3. */
function c2Statistic(counts: readonly number[], s: number): number {
  const from = s - BASELINE - 2;
  const mean = baselineMean(counts, from);
  return ((counts[s] as number) - mean) / baselineSigma(counts, from, mean);
}

export function judgeEars(method: EarsMethod, counts: readonly number[], index: number): WeekJudgement | null {
  const observed = counts[index] as number;
  if (method === 'c1' || method === 'c2') {
    const lag = method === 'c1' ? 0 : 2;
    const referenceFrom = index - BASELINE - lag;
    if (referenceFrom < 0) return null;
    const mean = baselineMean(counts, referenceFrom);
    const threshold = mean + Z_C1_C2 * baselineSigma(counts, referenceFrom, mean);
    return { observed, threshold, alarm: observed > threshold, referenceFrom, referenceTo: index - 1 - lag };
  }
  const referenceFrom = index - BASELINE - 4;
  if (referenceFrom < 0) return null;
  const partLag2 = Math.max(0, c2Statistic(counts, index - 2) - 1);
  const partLag1 = Math.max(0, c2Statistic(counts, index - 1) - 1);
  const from = index - BASELINE - 2;
  const sigma = baselineSigma(counts, from, baselineMean(counts, from));
  const threshold = Math.max(0, observed + sigma * (Z_C3 - (partLag2 + partLag1)));
  return { observed, threshold, alarm: observed > threshold, referenceFrom, referenceTo: index - 1 };
}
