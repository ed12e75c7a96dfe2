/**
 * What a long case-file job (backup, passphrase change) is doing now. The job
 * itself runs synchronously (SQLite blocks its thread), so it cannot report
 * how far it is; instead it names the file that grows while it works and the
 * size that file reaches at the end, and whoever runs the job (the worker
 * runner in the app) measures that file from another thread.
 */
export type JobPhase =
  | { step: 'copying' | 'rewriting'; watch: { path: string; expectedBytes: number } }
  | { step: 'verifying' };

export type OnJobPhase = (phase: JobPhase) => void;

export const IGNORE_PHASES: OnJobPhase = () => undefined;
