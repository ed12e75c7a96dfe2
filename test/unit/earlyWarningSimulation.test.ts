import { describe, expect, it } from 'vitest';
import { EARLY_WARNING_METHODS, judgeWeek, weeksNeeded, type EarlyWarningMethod } from '../../shared/domain/earlyWarning';
import { mulberry32, poissonDraw } from '../support/seededRandom';

/**
 * False alarms on series where nothing happens: stationary Poisson counts.
 * Seeded, so the shares are the same on every run and the bounds cannot flake.
 *
 * Measured with this seed (share of judged weeks that alarm):
 *
 *   mean   bayes    C1       C2       C3
 *   0.5    0.0240   0.0013   0.0014   0.0016
 *   2      0.0301   0.0168   0.0175   0.0407
 *   5      0.0354   0.0212   0.0202   0.0515
 *
 * Bayes stays under its alpha of 0.05. EARS does not keep its nominal level
 * (alpha 0.001 for C1 and C2, 0.025 for C3): its sigma is the sample sd of
 * only 7 weeks, so z · sd is often small, and surveillance's C3 alarms on the
 * two previous weeks' C2 excess alone. The EARS bounds below pin what the
 * package's method does, so a change in the mathematics shows up here.
 */
const SERIES = 200;
const WEEKS = 104;
const MEANS = [0.5, 2, 5] as const;
const SEED = 20260511;

/** The most false alarms we accept per method: Bayes its alpha; EARS what it measures, rounded up. */
const BOUND: Record<EarlyWarningMethod, number> = { bayes: 0.05, c1: 0.025, c2: 0.025, c3: 0.06 };
const NOMINAL_ALPHA: Record<EarlyWarningMethod, number> = { bayes: 0.05, c1: 0.001, c2: 0.001, c3: 0.025 };

function simulate(mean: number): number[][] {
  const uniform = mulberry32(SEED + Math.round(mean * 10));
  return Array.from({ length: SERIES }, () => Array.from({ length: WEEKS }, () => poissonDraw(uniform, mean)));
}

function falseAlarmShare(method: EarlyWarningMethod, series: readonly number[][]): number {
  let judged = 0;
  let alarms = 0;
  for (const counts of series) {
    for (let index = weeksNeeded(method); index < counts.length; index++) {
      const judgement = judgeWeek(method, counts, index);
      if (judgement === null) throw new Error(`week ${index} should be judged by ${method}`);
      judged += 1;
      if (judgement.alarm) alarms += 1;
    }
  }
  return alarms / judged;
}

describe('false alarms on stationary Poisson series', () => {
  for (const mean of MEANS) {
    it(`mean ${mean}: Bayes at or under alpha 0.05; EARS within its measured bound`, () => {
      const series = simulate(mean);
      const sampleMean = series.flat().reduce((sum, count) => sum + count, 0) / (SERIES * WEEKS);
      expect(Math.abs(sampleMean - mean) / mean).toBeLessThan(0.05); // the simulation draws what it claims

      const shares = Object.fromEntries(EARLY_WARNING_METHODS.map((method) => [method, falseAlarmShare(method, series)]));
      for (const method of EARLY_WARNING_METHODS) {
        expect(shares[method], `${method} at mean ${mean}`).toBeLessThanOrEqual(BOUND[method]);
      }
      // The simulation does see alarms: a method that never alarms would pass the bounds above.
      expect(shares.bayes).toBeGreaterThan(0.01);
      // At means of 2 and more EARS alarms above its nominal level, as described above.
      if (mean >= 2) expect(shares.c1).toBeGreaterThan(NOMINAL_ALPHA.c1);
    });
  }
});
