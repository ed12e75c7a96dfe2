/**
 * The standard normal quantile, Wichura's algorithm AS 241 (PPND16, Applied
 * Statistics 37 (1988) 477-484), the algorithm R's qnorm() uses; accurate to
 * about 1e-16 relative, and equal to R's value to the last bit for the
 * quantiles early warning uses (qnorm(0.999), qnorm(0.975), qnorm(0.95)).
 * EARS needs z(1 − alpha); the negative binomial quantile needs a first guess.
 *
 * Only the two regions with min(p, 1 − p) >= exp(−25) (about 1.4e-11) are
 * implemented: nothing in early warning asks for a more extreme quantile, and
 * a p outside that range throws rather than returning a guess.
 *
 * The coefficients are Wichura's published ones, written as the nearest
 * doubles (lowest degree first).
 */
const CENTRAL_NUMERATOR = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813,
  2509.0809287301227,
] as const;
const CENTRAL_DENOMINATOR = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854,
] as const;
const TAIL_NUMERATOR = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506,
  0.022723844989269184, 0.0007745450142783414,
] as const;
const TAIL_DENOMINATOR = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345,
  1.0507500716444169e-9,
] as const;

/** c[0] + c[1]·x + ... + c[7]·x⁷ by Horner's rule, in the order R evaluates it. */
function polynomial(coefficients: readonly number[], x: number): number {
  let value = coefficients[coefficients.length - 1] as number;
  for (let i = coefficients.length - 2; i >= 0; i--) value = value * x + (coefficients[i] as number);
  return value;
}

export function qnorm(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`qnorm: p must lie in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  if (r > 5) throw new RangeError(`qnorm: p = ${p} is further in the tail than early warning needs`);
  r -= 1.6;
  const value = polynomial(TAIL_NUMERATOR, r) / polynomial(TAIL_DENOMINATOR, r);
  return q < 0 ? -value : value;
}
