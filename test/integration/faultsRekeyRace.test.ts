import { describe, expect, it } from 'vitest';
import { runBounded } from '../soak/bounded';
import { rekeyRace } from '../soak/scenarios/rekey';

/** The race of issue 9, item 1, bounded: writers in other processes during `ess rekey`. */
describe('writers during a passphrase change (bounded soak)', () => {
  it('see FILE_IN_USE or the new passphrase, never CORRUPT, and lose no acknowledged write', { timeout: 600_000 }, async () => {
    const result = await runBounded(rekeyRace);
    expect(result.figures?.acknowledged).toBeGreaterThan(0);
  });
});
