import { AppError } from '../../shared/errors';

/** Wrong tries allowed in a row before each next try has to wait. */
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

interface Attempts {
  failures: number;
  nextAllowedAt: number;
}

/**
 * Slows down guessing at the unlock screen: after five wrong passphrases in a
 * row, every further wrong one doubles the wait (2 s, 4 s, 8 s … up to 5 min).
 * Kept per file in memory; the file's own KDF protects against offline attacks.
 */
export class UnlockThrottle {
  private readonly attempts = new Map<string, Attempts>();

  /** Throws TOO_MANY_ATTEMPTS while a wait is running. */
  assertAllowed(key: string, nowMs: number): void {
    const entry = this.attempts.get(key);
    if (entry && nowMs < entry.nextAllowedAt) {
      throw new AppError('TOO_MANY_ATTEMPTS', 'Too many wrong passphrases: wait before trying again', {
        retryAfterMs: entry.nextAllowedAt - nowMs,
      });
    }
  }

  /** Records a wrong try and returns how long the next one must wait (0 while tries are free). */
  registerFailure(key: string, nowMs: number): number {
    const failures = (this.attempts.get(key)?.failures ?? 0) + 1;
    const delay = failures < FREE_ATTEMPTS ? 0 : Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
    this.attempts.set(key, { failures, nextAllowedAt: nowMs + delay });
    return delay;
  }

  registerSuccess(key: string): void {
    this.attempts.delete(key);
  }
}
