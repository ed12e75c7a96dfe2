import { removeDir, soakDir } from '../fixtures';
import { buildTamperFixture, runTamperVariant, TAMPER_VARIANTS, verifyFixture } from '../../support/tamper';
import { Tally, type Scenario, type ScenarioOptions, type ScenarioResult } from '../types';

/**
 * Tampering by someone who holds the passphrase (issue 9, item 5), with the
 * variants of test/support/tamper.ts: each one must make `ess verify` (the
 * service behind it) report not ok, with the reason the variant expects.
 * Trial 0 is the control: the same case file untouched must verify ok, or
 * "detected" would mean nothing. The variants are deterministic, so every run
 * (full or bounded) goes through all of them once; more trials repeat them.
 */
export async function runTamper({ trials }: ScenarioOptions): Promise<ScenarioResult> {
  const tally = new Tally(trials);
  const detected: string[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const dir = soakDir('tamper');
    try {
      if (trial === 0) {
        const outcome = verifyFixture(buildTamperFixture(dir));
        if (outcome.detected) tally.fail(trial, 'control', `trial 0 (control, untouched): verify said not ok: ${outcome.failures.join('; ').slice(0, 300)}`);
        continue;
      }
      const variant = TAMPER_VARIANTS[(trial - 1) % TAMPER_VARIANTS.length]!;
      const outcome = runTamperVariant(dir, variant);
      if (!outcome.detected) tally.fail(trial, `missed ${variant.name}`, `trial ${trial}: verify did not notice "${variant.name}"`);
      else if (!outcome.expectedFound) {
        tally.fail(trial, `reason ${variant.name}`, `trial ${trial}: "${variant.name}" was noticed, but not for the expected reason: ${outcome.failures.join('; ').slice(0, 300)}`);
      } else if (trial <= TAMPER_VARIANTS.length) detected.push(variant.name);
    } catch (error) {
      tally.fail(trial, 'threw', `trial ${trial}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      removeDir(dir);
    }
  }
  return tally.result([`${detected.length} of ${TAMPER_VARIANTS.length} variants detected for their own reason (plus the untouched control)`], { detected: detected.length, variants: TAMPER_VARIANTS.length });
}

/** One trial per variant plus the control. */
const EVERY_VARIANT = TAMPER_VARIANTS.length + 1;

export const tamper: Scenario = {
  name: 'tampering caught by verify',
  full: EVERY_VARIANT,
  bounded: EVERY_VARIANT,
  run: runTamper,
};
