import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { ProgressMeter } from './progress';
import { runCaseFileJob } from './runJob';
import type { CaseFileJob, CaseFileJobOutcome, CaseFileJobRunner, JobWorkerMessage } from './types';

/** How often the runner measures the growing file while the worker writes it. */
const SAMPLE_EVERY_MS = 100;

/**
 * Runs the job on the calling thread: the CLI-like path, used where nothing
 * needs to stay responsive (tests, scripts). Progress is per step only.
 */
export const inlineJobRunner: CaseFileJobRunner = (job, onProgress) => {
  const meter = new ProgressMeter(job.kind, onProgress);
  meter.start();
  try {
    return Promise.resolve(runCaseFileJob(job, (phase) => meter.enter(phase)));
  } catch (error) {
    return Promise.reject(error);
  }
};

/** Where the worker's code lives; see electron/briefing/runInWorker.ts for the same arrangement. */
export interface JobWorkerOptions {
  /** In the app: caseFileJobWorker.cjs beside main.cjs; under tsx: electron/jobs/worker.ts. */
  workerUrl: URL;
  /** e.g. import.meta.resolve('tsx/esm/api'), only when workerUrl is a .ts file. */
  tsxApiUrl?: string;
}

function tsBootstrap(url: URL, tsxApiUrl: string): string {
  return `import(${JSON.stringify(tsxApiUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

function toAppError(error: { code: string; message: string }): AppError {
  const code = (ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as ErrorCode) : 'INTERNAL';
  return new AppError(code, error.message);
}

/**
 * Runs each job in a fresh worker thread and measures its progress from this
 * thread (the worker is blocked inside SQLite while it writes). The job's
 * passphrase buffers are transferred to the worker, so no copy stays here.
 */
export function workerJobRunner(options: JobWorkerOptions): CaseFileJobRunner {
  return (job, onProgress) => {
    const meter = new ProgressMeter(job.kind, onProgress);
    meter.start();
    const worker = options.tsxApiUrl
      ? new Worker(tsBootstrap(options.workerUrl, options.tsxApiUrl), { eval: true })
      : new Worker(options.workerUrl);
    const timer = setInterval(() => meter.sample(), SAMPLE_EVERY_MS);
    return new Promise<CaseFileJobOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (work: () => void): void => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        work();
        void worker.terminate();
      };
      worker.on('message', (message: JobWorkerMessage) => {
        if (message.type === 'phase') meter.enter(message.phase);
        else if (message.type === 'done') finish(() => resolve(message.outcome));
        else finish(() => reject(toAppError(message.error)));
      });
      worker.once('error', (error) => finish(() => reject(new AppError('INTERNAL', `Case-file job failed: ${error.message}`))));
      worker.once('exit', (code) => finish(() => reject(new AppError('INTERNAL', `Case-file job stopped (exit code ${code})`))));
      worker.postMessage(job, transferables(job));
    });
  };
}

function transferables(job: CaseFileJob): ArrayBuffer[] {
  const buffers = job.kind === 'backup' ? [job.passphrase] : [job.current, job.next];
  // Only whole, unshared buffers can be transferred; others are copied (and zeroed by the caller).
  return buffers.filter((bytes) => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength).map((bytes) => bytes.buffer as ArrayBuffer);
}
