import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/errors';
import { runCaseFileJob } from './runJob';
import type { CaseFileJob, JobWorkerMessage } from './types';

/**
 * Worker-thread entry for backups and passphrase changes, so a large case
 * file does not freeze the window. better-sqlite3 runs in a worker; the file
 * is opened here (the session closed its connection first) and closed again
 * before the result goes back.
 */
const post = (message: JobWorkerMessage): void => parentPort?.postMessage(message);

parentPort?.once('message', (job: CaseFileJob) => {
  try {
    post({ type: 'done', outcome: runCaseFileJob(job, (phase) => post({ type: 'phase', phase })) });
  } catch (error) {
    const code = isAppError(error) ? error.code : 'INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', error: { code, message } });
  }
});
