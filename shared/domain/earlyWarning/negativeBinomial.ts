import { qnorm } from './normal';

/**
 * The negative binomial distribution in R's (size, prob) form:
 * P(Y = y) = Γ(y + size) / (Γ(size) y!) · prob^size · (1 − prob)^y, y = 0, 1, ...
 * Bayes early warning needs its quantile, and needs exactly the integer R's
 * qnbinom() returns, so the search below follows R's.
 */

/**
 * The left-continuity fuzz of R's discrete quantile search. R 4.1.1 and
 * later (src/nmath/qDiscrete_search.h, used by qnbinom.c; R 4.2.2 here)
 * multiply a lower-tail p by 1 − 8·DBL_EPSILON before searching; R up to
 * 4.1.0 used 1 − 64·DBL_EPSILON. Checked against R 4.2.2: with
 * P3 = pnbinom(3, 3.5, 6/7), qnbinom(P3·(1 + 7ε)) is 3 and qnbinom(P3·(1 + 9ε))
 * is 4, which only the 8ε fuzz gives.
 */
const LEFT_CONTINUITY_FUZZ = 1 - 8 * Number.EPSILON;

/** Below this share of the running sum a further term cannot change the sum. */
const NEGLIGIBLE = 1e-18;

/**
 * ln P(Y = y) by the product of the ratios P(k)/P(k−1) = (1 + (size − 1)/k)(1 − prob),
 * in logarithms so that a large size (prob^size underflows from about
 * size = 4600 at prob = 6/7) still works. O(y).
 */
function logDensity(y: number, size: number, logProb: number, logFail: number): number {
  // Neumaier's compensated sum: thousands of plain additions would lose ~1e-10.
  let sum = size * logProb;
  let compensation = 0;
  for (let k = 0; k <= y; k++) {
    const term = k === 0 ? y * logFail : Math.log1p((size - 1) / k);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/**
 * P(Y <= y), summed from P(Y = y) downwards: the terms below the mode
 * shrink geometrically, so the sum stops once they no longer count.
 */
function cumulativeFrom(y: number, size: number, density: number, fail: number): number {
  let term = density;
  let sum = density;
  for (let k = y; k > 0; k--) {
    const ratio = k / ((size + k - 1) * fail); // P(k − 1) / P(k)
    term *= ratio;
    sum += term;
    if (ratio < 1 && term < sum * NEGLIGIBLE) break;
  }
  return sum;
}

/**
 * P(Y <= y), R's pnbinom(y, size, prob) for a whole y >= 0: within 1e-14
 * relative of R for y in the hundreds, 4e-12 at y = 80,000 (golden test).
 */
export function pnbinom(y: number, size: number, prob: number): number {
  if (!Number.isInteger(y) || y < 0) throw new RangeError(`pnbinom: y must be a whole number >= 0, got ${y}`);
  checkParameters(size, prob);
  if (prob === 1 || size === 0) return 1;
  const fail = 1 - prob;
  const density = Math.exp(logDensity(y, size, Math.log(prob), Math.log(fail)));
  return Math.min(1, cumulativeFrom(y, size, density, fail));
}

function checkParameters(size: number, prob: number): void {
  if (!(size >= 0) || !Number.isFinite(size)) throw new RangeError(`negative binomial: size must be finite and >= 0, got ${size}`);
  if (!(prob > 0 && prob <= 1)) throw new RangeError(`negative binomial: prob must lie in (0, 1], got ${prob}`);
}

/**
 * R's qnbinom(p, size, prob) (lower tail, not on the log scale): the smallest
 * whole y with pnbinom(y) >= p · (1 − 8ε).
 *
 * As R does (qnbinom.c, qDiscrete_search.h): p = 0 gives 0, p = 1 gives
 * Infinity, prob = 1 or size = 0 gives 0; the search starts at the
 * Cornish-Fisher guess round(μ + σ(z + γ(z² − 1)/6)) with μ = size(1 − prob)/prob,
 * σ² = size(1 − prob)/prob², γ = (2 − prob)/(σ·prob) and z = qnorm(p), and
 * steps left while P(y − 1) >= p, or right until P(y) >= p. R takes larger
 * steps first from y >= 4096 but ends with steps of 1, so the answer is the
 * same boundary. The start only decides how many steps are taken.
 */
export function qnbinom(p: number, size: number, prob: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`qnbinom: p must lie in [0, 1], got ${p}`);
  checkParameters(size, prob);
  if (prob === 1 || size === 0) return 0;
  if (p === 0) return 0;
  if (p === 1) return Infinity;

  const fail = 1 - prob;
  const logProb = Math.log(prob);
  const logFail = Math.log(fail);

  let y = cornishFisherStart(p, size, prob);
  let density = Math.exp(logDensity(y, size, logProb, logFail));
  if (density === 0) {
    // The guess lies so far in a tail that P(Y = y) underflows: start at the mode instead.
    y = Math.max(0, Math.floor(((size - 1) * fail) / prob));
    density = Math.exp(logDensity(y, size, logProb, logFail));
  }
  let cumulative = cumulativeFrom(y, size, density, fail);

  const target = p * LEFT_CONTINUITY_FUZZ;
  if (cumulative >= target) {
    // Search to the left: step down while P(y − 1) still reaches the target.
    while (y > 0) {
      const below = cumulative - density;
      if (below < target) break;
      density *= y / ((size + y - 1) * fail);
      cumulative = below;
      y -= 1;
    }
    return y;
  }
  // Search to the right: step up until P(y) reaches the target.
  while (cumulative < target) {
    density *= ((size + y) * fail) / (y + 1);
    if (density === 0) break; // nothing left to add: the target is beyond double precision
    cumulative += density;
    y += 1;
  }
  return y;
}

function cornishFisherStart(p: number, size: number, prob: number): number {
  const q = 1 / prob;
  const pp = (1 - prob) * q;
  const mu = size * pp;
  const sigma = Math.sqrt(size * pp * q);
  const gamma = (q + pp) / sigma;
  // qnorm covers p in [1.4e-11, 1 − 1.4e-11]; beyond that a clamped guess is as good a start.
  const z = qnorm(Math.min(Math.max(p, 1e-10), 1 - 1e-10));
  const y = Math.round(mu + sigma * (z + (gamma * (z * z - 1)) / 6));
  return Number.isFinite(y) && y > 0 ? y : 0;
}
