import { describe, expect, it } from 'vitest';
import { runBounded } from '../soak/bounded';
import { killBackup } from '../soak/scenarios/killBackup';
import { killSignalWrites } from '../soak/scenarios/killSignalWrites';
import { killRekey } from '../soak/scenarios/rekey';

/**
 * The bounded kill -9 trials of the soak suite (`npm run soak` runs 200, 20
 * and 20): a real process holding the case file is killed at a random moment;
 * afterwards the file opens, is intact, holds every acknowledged signal and
 * has no temporary copies left.
 */
describe('kill -9 (bounded soak)', () => {
  it('during signal writes loses no acknowledged signal', { timeout: 600_000 }, async () => {
    const result = await runBounded(killSignalWrites);
    // The kills landed while writes were being acknowledged, not before the first one.
    expect(result.figures?.acknowledged).toBeGreaterThan(0);
  });

  it('during a backup leaves the case file intact and no partial backup', { timeout: 600_000 }, async () => {
    await runBounded(killBackup);
  });

  it('during a passphrase change leaves a file that opens with one of the two passphrases, with every signal', { timeout: 600_000 }, async () => {
    const result = await runBounded(killRekey);
    expect((result.figures?.openedWithOld ?? 0) + (result.figures?.openedWithNew ?? 0)).toBe(killRekey.bounded);
  });
});
