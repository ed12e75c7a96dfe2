/**
 * A small seeded pseudo-random generator for simulations in tests, so that a
 * statistical assertion gives the same answer on every run (no flaky tests).
 */

/** mulberry32 (Tommy Ettinger): 32 bits of state, uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Poisson draw by inversion: the smallest k with P(X <= k) >= u. Fine for
 * the small means of weekly signal counts (exp(−mean) must not underflow).
 */
export function poissonDraw(uniform: () => number, mean: number): number {
  const u = uniform();
  let k = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  while (u > cumulative && probability > 0) {
    k += 1;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}
