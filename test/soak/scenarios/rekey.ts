import { runRekeyKillTrials, runRekeyRace } from '../../support/rekeyFaults';
import type { Scenario, ScenarioOptions, ScenarioResult } from '../types';

/**
 * The passphrase change under faults. Engineer A's fault functions
 * (test/support/rekeyFaults.ts) do the work; the soak suite runs them with its
 * own trial counts and puts them in its table.
 */

/** kill -9 at random moments of `ess rekey` (half of them inside the page rewrite): opens with either passphrase, intact, no leftovers. */
async function runKillRekey({ trials, seed }: ScenarioOptions): Promise<ScenarioResult> {
  const result = await runRekeyKillTrials({ trials, seed });
  return {
    trials: result.trials,
    failures: result.failures,
    lost: result.lost,
    notes: [...result.notes, `afterwards the file opened with the old passphrase ${result.openedWithOld}x, the new one ${result.openedWithNew}x`],
    figures: { openedWithOld: result.openedWithOld, openedWithNew: result.openedWithNew },
  };
}

/** Writers in other processes (`ess signal add` cycles) while `ess rekey` runs: no CORRUPT, no acknowledged write lost. */
async function runRace({ trials }: ScenarioOptions): Promise<ScenarioResult> {
  const result = await runRekeyRace({ trials });
  const codes = Object.entries(result.errorsByCode).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  const refused = Object.entries(result.rekeysRefused).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  return {
    trials: result.trials,
    failures: result.failures,
    lost: result.lost,
    notes: [
      `${result.attempts} write attempts, ${result.acknowledged} acknowledged; writer errors: ${codes}; passphrase changes done ${result.rekeysDone}, refused: ${refused}`,
      ...result.notes,
    ],
    figures: { attempts: result.attempts, acknowledged: result.acknowledged, rekeysDone: result.rekeysDone },
  };
}

export const killRekey: Scenario = {
  name: 'kill -9 during rekey',
  full: 20,
  bounded: 3,
  run: runKillRekey,
};

export const rekeyRace: Scenario = {
  name: 'rekey race (writers during a passphrase change)',
  full: 20,
  bounded: 2,
  run: runRace,
};
