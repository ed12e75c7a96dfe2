import type { BackupResult } from '../../shared/contract/schemas';
import type { CaseFileJobProgress } from '../../shared/contract/jobs';
import type { Actor } from '../services/actor';
import type { JobPhase } from '../services/jobPhase';
import type { LeftoverCleanup } from '../services/leftovers';

/**
 * A long job on a CLOSED case file: whoever runs it opens the file itself,
 * holds its lock for the whole job and closes it. Passphrases travel as bytes
 * (transferred to a worker, zeroed after use).
 */
export type CaseFileJob =
  | { kind: 'backup'; filePath: string; destination: string; passphrase: Uint8Array }
  | { kind: 'rekey'; filePath: string; current: Uint8Array; next: Uint8Array; actor: Actor };

export type CaseFileJobOutcome =
  | { kind: 'backup'; backup: BackupResult; cleanup: LeftoverCleanup }
  | { kind: 'rekey'; cleanup: LeftoverCleanup };

export type OnJobProgress = (progress: CaseFileJobProgress) => void;

/** Runs a job somewhere (inline, or in a worker thread) and reports progress; rejects with an AppError. */
export type CaseFileJobRunner = (job: CaseFileJob, onProgress: OnJobProgress) => Promise<CaseFileJobOutcome>;

/** Messages from the worker thread to the runner. */
export type JobWorkerMessage =
  | { type: 'phase'; phase: JobPhase }
  | { type: 'done'; outcome: CaseFileJobOutcome }
  | { type: 'failed'; error: { code: string; message: string } };
