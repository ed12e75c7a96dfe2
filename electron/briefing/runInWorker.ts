import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { BriefingDocumentModel } from '../../shared/domain/briefingDocument';
import type { WorkerReply } from './worker';

/**
 * Runs the build-and-pack step of a note in a worker thread and resolves with
 * the .docx bytes. The IPC layer passes this as the `render` option of
 * exportBriefing; the CLI and tests render inline.
 *
 * `workerUrl` is where the worker's code lives: in the app, worker.ts built
 * as an entry of its own beside main.cjs; under tsx (tests), worker.ts itself,
 * with `tsxApiUrl` so that a small bootstrap registers TypeScript in the
 * worker first (as bin/ess.js does). No import.meta here: the main process
 * is bundled to CommonJS, where it does not exist.
 */
export interface WorkerOptions {
  workerUrl: URL;
  /** e.g. import.meta.resolve('tsx/esm/api'), only when workerUrl is a .ts file. */
  tsxApiUrl?: string;
  /** Old-generation heap limit of the worker, in MB: a 10,000-signal overview needs about 500. */
  maxHeapMb?: number;
}

function tsBootstrap(url: URL, tsxApiUrl: string): string {
  return `import(${JSON.stringify(tsxApiUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

export function renderInWorker(model: BriefingDocumentModel, options: WorkerOptions): Promise<Uint8Array> {
  const resourceLimits = { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 };
  const worker = options.tsxApiUrl
    ? new Worker(tsBootstrap(options.workerUrl, options.tsxApiUrl), { eval: true, resourceLimits })
    : new Worker(options.workerUrl, { resourceLimits });
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false;
    const finish = (work: () => void) => {
      if (settled) return;
      settled = true;
      work();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) =>
      finish(() => (reply.ok ? resolve(reply.bytes) : reject(new AppError('INTERNAL', `Briefing could not be built: ${reply.message}`)))),
    );
    worker.once('error', (error) => finish(() => reject(new AppError('INTERNAL', `Briefing worker failed: ${error.message}`))));
    worker.once('exit', (code) => finish(() => reject(new AppError('INTERNAL', `Briefing worker stopped (exit code ${code})`))));
    worker.postMessage(model);
  });
}
