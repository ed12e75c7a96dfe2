import fs from 'node:fs';
import type { CaseFileJobProgress } from '../../shared/contract/jobs';
import type { JobPhase } from '../services/jobPhase';
import type { OnJobProgress } from './types';

/** Share of the bar each step fills: the long write first, then the check. */
const STEP_RANGE: Record<JobPhase['step'], readonly [number, number]> = {
  copying: [2, 80],
  rewriting: [2, 80],
  verifying: [80, 97],
};

/**
 * Turns a job's phases into a percentage that only goes up: during a write
 * step it measures the growing file (the backup's temporary copy, the
 * rekey's rollback journal) against the size it reaches at the end.
 */
export class ProgressMeter {
  private percent = -1;
  private step: CaseFileJobProgress['step'] | null = null;
  private phase: JobPhase | null = null;

  constructor(
    private readonly job: CaseFileJobProgress['job'],
    private readonly report: OnJobProgress,
  ) {}

  start(): void {
    this.emit('starting', 0);
  }

  enter(phase: JobPhase): void {
    this.phase = phase;
    this.emit(phase.step, STEP_RANGE[phase.step][0]);
  }

  /** Looks at the watched file again; call it on a timer from a thread the job does not block. */
  sample(): void {
    const phase = this.phase;
    if (!phase || !('watch' in phase) || phase.watch.expectedBytes <= 0) return;
    let size: number;
    try {
      size = fs.statSync(phase.watch.path).size;
    } catch {
      return;
    }
    const [from, to] = STEP_RANGE[phase.step];
    this.emit(phase.step, from + (to - from) * Math.min(1, size / phase.watch.expectedBytes));
  }

  reopening(): void {
    this.emit('reopening', 98);
  }

  done(): void {
    this.emit('done', 100);
  }

  private emit(step: CaseFileJobProgress['step'], percent: number): void {
    const next = Math.max(this.percent, Math.round(percent));
    if (next === this.percent && step === this.step) return;
    this.percent = next;
    this.step = step;
    this.report({ job: this.job, step, percent: next });
  }
}
