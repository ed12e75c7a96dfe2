/**
 * The shape every fault-injection scenario shares, so `npm run soak` (full
 * trial counts) and the bounded vitest files in `npm test` run the same code.
 */

export interface ScenarioOptions {
  trials: number;
  /** Every random choice derives from it, so a failure can be replayed. */
  seed: number;
}

export interface ScenarioResult {
  trials: number;
  /** Trials in which any promise was broken (a file that does not open, a lost record, a raw error...). */
  failures: number;
  /** Acknowledged records that were missing afterwards, over all trials: must be 0. */
  lost: number;
  /** One line per distinct problem (with the trial and seed to replay it), plus counts worth reporting. */
  notes: string[];
  /** Counts that show the trials did real work (signals acknowledged, requests answered...), by name. */
  figures?: Record<string, number>;
  /** Set when the scenario cannot run here (e.g. disk full needs Linux and root); it then ran no trials. */
  skipped?: string;
}

export interface Scenario {
  name: string;
  /** Trials in `npm run soak`. */
  full: number;
  /** Trials in the bounded version that `npm test` runs. */
  bounded: number;
  run(options: ScenarioOptions): Promise<ScenarioResult>;
}

/** Collects the outcome of trials; notes repeat at most a few times per kind so the table stays readable. */
export class Tally {
  lost = 0;
  /** Failed trials by number (-1: a failure outside any trial, e.g. setting up). */
  private readonly failed = new Set<number>();
  readonly notes: string[] = [];
  private readonly seen = new Map<string, number>();

  constructor(readonly trials: number) {}

  get failures(): number {
    return this.failed.size;
  }

  /** A broken promise in a trial (counted once however many it breaks); `kind` groups repeats of the same problem. */
  fail(trial: number | null, kind: string, detail: string): void {
    this.failed.add(trial ?? -1);
    this.note(kind, detail);
  }

  note(kind: string, detail: string): void {
    const count = (this.seen.get(kind) ?? 0) + 1;
    this.seen.set(kind, count);
    if (count <= 3) this.notes.push(detail);
    else if (count === 4) this.notes.push(`(${kind}: further occurrences not listed)`);
  }

  result(extra: string[] = [], figures: Record<string, number> = {}): ScenarioResult {
    return { trials: this.trials, failures: this.failures, lost: this.lost, notes: [...extra, ...this.notes], figures };
  }
}

export function skippedResult(reason: string): ScenarioResult {
  return { trials: 0, failures: 0, lost: 0, notes: [], skipped: reason };
}
