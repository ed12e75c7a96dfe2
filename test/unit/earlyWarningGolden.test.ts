import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EARLY_WARNING_METHODS, judgeWeek, weeksNeeded, type EarlyWarningMethod } from '../../shared/domain/earlyWarning';
import { pnbinom, qnbinom } from '../../shared/domain/earlyWarning/negativeBinomial';

/**
 * The TypeScript early warning against R's surveillance package, point by
 * point. The fixture is written by scripts/early-warning-fixture.R (see its
 * header for R, package version and the exact control lists); CI reads the
 * committed JSON and needs no R.
 */
interface MethodColumns {
  index: number[];
  observed: number[];
  threshold: number[];
  alarm: boolean[];
}
interface GoldenSeries {
  name: string;
  description: string;
  counts: number[];
  methods: Record<EarlyWarningMethod, MethodColumns>;
}
interface Golden {
  header: { rVersion: string; surveillanceVersion: string };
  series: GoldenSeries[];
  qnbinom: { columns: string[]; rows: [number, number, number, number | 'Infinity', number, number][] };
}

const golden = JSON.parse(
  readFileSync(new URL('../fixtures/early-warning/golden.json', import.meta.url), 'utf8'),
) as Golden;

/** EARS thresholds are real numbers computed in a different order of rounding than R's long doubles. */
const EARS_RELATIVE_TOLERANCE = 1e-9;
/** pnbinom is summed term by term; at y = 80,000 the logarithms carry about 4e-12. */
const PNBINOM_RELATIVE_TOLERANCE = 1e-11;

function closeTo(actual: number, expected: number, relative: number): boolean {
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), Math.abs(actual));
}

describe('early warning matches R surveillance (golden fixture)', () => {
  it('was written by the R and package versions the code cites', () => {
    expect(golden.header.surveillanceVersion).toBe('1.20.3');
    expect(golden.series.length).toBeGreaterThanOrEqual(10);
  });

  for (const method of EARLY_WARNING_METHODS) {
    it(`${method}: every week of every series has R's threshold and alarm`, () => {
      let compared = 0;
      const mismatches: string[] = [];
      for (const series of golden.series) {
        const expected = series.methods[method];
        expect(series.counts.length).toBeGreaterThanOrEqual(60);
        // R judges from the first week with enough history; so must we, and refuse the weeks before.
        expect(expected.index[0]).toBe(weeksNeeded(method));
        expect(judgeWeek(method, series.counts, weeksNeeded(method) - 1)).toBeNull();
        expect(expected.index.at(-1)).toBe(series.counts.length - 1);

        expected.index.forEach((index, row) => {
          const judgement = judgeWeek(method, series.counts, index);
          const threshold = expected.threshold[row] as number;
          const same =
            judgement !== null &&
            judgement.observed === expected.observed[row] &&
            judgement.alarm === expected.alarm[row] &&
            (method === 'bayes' ? judgement.threshold === threshold : closeTo(judgement.threshold, threshold, EARS_RELATIVE_TOLERANCE));
          if (!same) mismatches.push(`${series.name} week ${index}: R ${threshold}/${expected.alarm[row]}, TS ${JSON.stringify(judgement)}`);
          compared++;
        });
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBe(golden.series.reduce((total, series) => total + series.methods[method].index.length, 0));
      expect(compared).toBeGreaterThan(900);
    });
  }

  it('reports the reference weeks each method used', () => {
    const counts = golden.series.find((series) => series.name === 'slow-rise')?.counts ?? [];
    expect(judgeWeek('bayes', counts, 20)).toMatchObject({ referenceFrom: 14, referenceTo: 19 });
    expect(judgeWeek('c1', counts, 20)).toMatchObject({ referenceFrom: 13, referenceTo: 19 });
    expect(judgeWeek('c2', counts, 20)).toMatchObject({ referenceFrom: 11, referenceTo: 17 });
    expect(judgeWeek('c3', counts, 20)).toMatchObject({ referenceFrom: 9, referenceTo: 19 });
  });

  it('does not alarm on a single signal after empty weeks under EARS (minSigma = 1), as R says', () => {
    const spike = golden.series.find((series) => series.name === 'single-spike-1');
    expect(spike).toBeDefined();
    for (const method of ['c1', 'c2', 'c3'] as const) {
      expect(spike?.methods[method].alarm.some(Boolean)).toBe(false);
      expect(judgeWeek(method, spike?.counts ?? [], 40)?.alarm).toBe(false);
    }
    // C1 after seven empty weeks: 0 + qnorm(0.999) · 1.
    expect(judgeWeek('c1', spike?.counts ?? [], 40)?.threshold).toBeCloseTo(3.090232306167813, 12);
  });
});

describe('qnbinom matches R', () => {
  it('gives R integer quantile on every row of the table, and pnbinom around it', () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const [size, prob, p, q, pAtQ, pBelowQ] of golden.qnbinom.rows) {
      const expected = q === 'Infinity' ? Infinity : q;
      const actual = qnbinom(p, size, prob);
      if (actual !== expected) mismatches.push(`qnbinom(${p}, ${size}, ${prob}): R ${expected}, TS ${actual}`);
      if (Number.isFinite(expected)) {
        if (!closeTo(pnbinom(expected, size, prob), pAtQ, PNBINOM_RELATIVE_TOLERANCE)) mismatches.push(`pnbinom(${expected}, ${size}, ${prob})`);
        if (expected > 0 && !closeTo(pnbinom(expected - 1, size, prob), pBelowQ, PNBINOM_RELATIVE_TOLERANCE)) {
          mismatches.push(`pnbinom(${expected - 1}, ${size}, ${prob})`);
        }
      }
      compared++;
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(golden.qnbinom.rows.length);
    expect(golden.qnbinom.rows.some(([size]) => size === 0.5)).toBe(true);
  });

  it("applies R's left-continuity fuzz of 8 machine epsilons (R >= 4.1.1), not the older 64", () => {
    const size = 3.5;
    const prob = 6 / 7;
    const atThree = pnbinom(3, size, prob);
    expect(qnbinom(atThree, size, prob)).toBe(3);
    // 40ε above P(3): beyond an 8ε fuzz (so 4), within a 64ε one (would be 3).
    expect(qnbinom(atThree * (1 + 40 * Number.EPSILON), size, prob)).toBe(4);
  });

  it('handles the edges as R does', () => {
    expect(qnbinom(0, 2.5, 0.5)).toBe(0);
    expect(qnbinom(1, 2.5, 0.5)).toBe(Infinity);
    expect(qnbinom(0.95, 0, 0.5)).toBe(0);
    expect(qnbinom(0.95, 2.5, 1)).toBe(0);
    expect(() => qnbinom(1.5, 2.5, 0.5)).toThrow(RangeError);
    expect(() => qnbinom(0.5, -1, 0.5)).toThrow(RangeError);
  });
});
