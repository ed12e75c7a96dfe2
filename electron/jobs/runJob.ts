import { wipe } from '../../db/passphraseKey';
import { backupCaseFileAt } from '../services/backup';
import type { OnJobPhase } from '../services/jobPhase';
import { rekeyCaseFileAt } from '../services/rekey';
import type { CaseFileJob, CaseFileJobOutcome } from './types';

/**
 * Runs a job synchronously on this thread with the same service code the CLI
 * uses; the worker thread calls this too. The job's passphrase bytes are
 * zeroed when it ends, whatever the outcome.
 */
export function runCaseFileJob(job: CaseFileJob, onPhase: OnJobPhase): CaseFileJobOutcome {
  try {
    if (job.kind === 'backup') {
      const { cleanup, ...backup } = backupCaseFileAt(job.filePath, job.destination, job.passphrase, onPhase);
      return { kind: 'backup', backup, cleanup };
    }
    const cleanup = rekeyCaseFileAt(job.filePath, { current: job.current, next: job.next }, job.actor, onPhase);
    return { kind: 'rekey', cleanup };
  } finally {
    if (job.kind === 'backup') wipe(job.passphrase);
    else {
      wipe(job.current);
      wipe(job.next);
    }
  }
}
