import { describe, expect, it } from 'vitest';
import { runBounded } from '../soak/bounded';
import { ipcFuzz } from '../soak/scenarios/ipcFuzz';

/**
 * 1,000 fuzzed requests over every IPC channel (20,000 in `npm run soak`),
 * through registerHandlers and dispatch with a real case file: only valid
 * answers or errors as data with a stable code, and a refused request writes
 * nothing.
 */
describe('fuzzed IPC requests (bounded soak)', () => {
  it('are answered or refused as data and never write when refused', { timeout: 600_000 }, async () => {
    const result = await runBounded(ipcFuzz);
    // Both sides were exercised: some requests got through validation, most were refused.
    expect(result.figures?.ok).toBeGreaterThan(0);
    expect(result.figures?.refused).toBeGreaterThan(result.figures?.ok ?? 0);
  });
});
