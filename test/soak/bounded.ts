import { expect } from 'vitest';
import { seedFromEnvironment } from './random';
import type { Scenario, ScenarioResult } from './types';

/**
 * Runs a soak scenario with its bounded trial count for `npm test` and checks
 * the promises every scenario makes: every trial ran, none failed, no
 * acknowledged record was lost. The seed is in every message, so a failure in
 * CI can be replayed (ESS_SOAK_SEED=<seed> npm run soak -- <scenario>).
 */
export async function runBounded(scenario: Scenario): Promise<ScenarioResult> {
  const seed = seedFromEnvironment();
  const result = await scenario.run({ trials: scenario.bounded, seed });
  if (result.skipped) return result;
  const context = `${scenario.name}, seed ${seed}:\n  ${result.notes.join('\n  ')}`;
  expect(result.trials, context).toBe(scenario.bounded);
  expect(result.lost, context).toBe(0);
  expect(result.failures, context).toBe(0);
  return result;
}
