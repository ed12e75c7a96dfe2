import path from 'node:path';
import { closeCaseFileDatabase, isReadOnlyDatabase, type Db } from '../../db/connection';
import { passphraseBytes, wipe, type Passphrase } from '../../db/passphraseKey';
import { findAdviser, listAdvisers } from '../../db/repositories/advisers';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import type { Adviser, AdviserInput } from '../../shared/domain/adviser';
import type { BackupResult, CaseFileInfo, SessionStatus } from '../../shared/contract/schemas';
import { AppError } from '../../shared/errors';
import type { CaseFileSettings } from '../../shared/settings';
import { actorFor, SYSTEM_ACTOR, type Actor } from './actor';
import { setCurrentAdviser } from './advisers';
import { recordAnchor, type AnchorSource } from './auditAnchors';
import { inlineJobRunner } from '../jobs/runners';
import type { CaseFileJob, CaseFileJobOutcome, CaseFileJobRunner, OnJobProgress } from '../jobs/types';
import { createCaseFile, openCaseFile, type CreateCaseFileInput, type OpenCaseFile } from './caseFile';
import { caseFileInfo } from './caseFileInfo';
import { getCaseFileSettings, updateCaseFileSettings } from './caseFileSettings';
import { PassphraseVerifier } from './passphraseVerifier';
import { UnlockThrottle } from './unlockThrottle';

interface Unlocked extends OpenCaseFile {
  isDemo: boolean;
  verifier: PassphraseVerifier;
}

export interface SessionOptions {
  now?: () => Date;
  /** Told whenever the state changes (unlock, lock, close), e.g. to push it to the window. */
  onChange?: (status: SessionStatus) => void;
  /** Where backups and passphrase changes run: inline by default, a worker thread in the app. */
  runJob?: CaseFileJobRunner;
  /** Told how far a running backup or passphrase change is, e.g. to push it to the window. */
  onJobProgress?: OnJobProgress;
  /**
   * The app's data folder, where the audit chain's head is kept as an anchor
   * whenever the file is closed, so that `ess verify` notices entries removed
   * or rewritten later. Without one (tests), no anchor is written.
   */
  anchorsDir?: () => string;
}

/** A backup or passphrase change in progress: the connection is handed to the job, the window keeps its view. */
interface RunningJob {
  kind: CaseFileJob['kind'];
  status: SessionStatus;
  /** A lock or close asked for meanwhile (idle timer, quit) is done when the job ends, instead of reopening. */
  after: 'reopen' | 'lock' | 'close';
}

/**
 * The case file a window is working on, and whether it is unlocked. Locking
 * closes the database and forgets everything derived from the passphrase; only
 * the path is kept, to offer the unlock screen.
 */
export class CaseFileSession {
  private unlocked: Unlocked | null = null;
  private locked: { path: string; isDemo: boolean; warning?: 'checkpointFailed' } | null = null;
  /** What the last close could not do (the WAL stays beside the file until the next open). */
  private closedWarning: 'checkpointFailed' | null = null;
  private job: RunningJob | null = null;
  private readonly throttle = new UnlockThrottle();
  private readonly now: () => Date;

  constructor(private readonly options: SessionOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  status(): SessionStatus {
    if (this.job) return this.job.status;
    if (this.unlocked) {
      const { path: filePath, isDemo, adviser, db, removedLeftovers } = this.unlocked;
      return {
        state: 'unlocked',
        file: fileRef(filePath),
        isDemo,
        adviser,
        autoLockMinutes: getCaseFileSettings(db).autoLockMinutes,
        readOnly: isReadOnlyDatabase(db),
        ...(removedLeftovers?.length ? { removedLeftovers: removedLeftovers.map((item) => item.name) } : {}),
      };
    }
    if (this.locked) {
      const { path: filePath, isDemo, warning } = this.locked;
      return { state: 'locked', file: fileRef(filePath), isDemo, ...(warning ? { warning } : {}) };
    }
    return this.closedWarning ? { state: 'closed', warning: this.closedWarning } : { state: 'closed' };
  }

  /** A passphrase given as bytes is zeroed once the file is open (or has failed to open). */
  create(input: CreateCaseFileInput): SessionStatus {
    try {
      const opened = createCaseFile({ ...input, now: this.now() });
      this.replace(opened, input.passphrase);
    } finally {
      wipe(input.passphrase);
    }
    return this.changed();
  }

  /** A passphrase given as bytes is zeroed once used, whatever the outcome. */
  unlock(filePath: string, passphrase: Passphrase): SessionStatus {
    try {
      const key = path.resolve(filePath);
      this.throttle.assertAllowed(key, this.now().getTime());
      let opened: OpenCaseFile;
      try {
        opened = openCaseFile(filePath, passphrase);
      } catch (error) {
        if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') {
          const retryAfterMs = this.throttle.registerFailure(key, this.now().getTime());
          throw new AppError('WRONG_PASSPHRASE', error.message, retryAfterMs > 0 ? { retryAfterMs } : {});
        }
        throw error;
      }
      this.throttle.registerSuccess(key);
      this.replace(opened, passphrase);
    } finally {
      wipe(passphrase);
    }
    return this.changed();
  }

  /**
   * Closes the database and drops the key; the window keeps only the file's
   * name. Always ends locked, even on a full disk: then the WAL could not be
   * folded in, which the status says (its changes are safe and fold in on the
   * next open).
   */
  lock(): SessionStatus {
    if (this.job) return this.afterJob('lock');
    if (!this.unlocked) return this.status();
    const { path: filePath, isDemo, db } = this.unlocked;
    this.unlocked = null;
    const { checkpointed } = this.closeConnection(db, 'app');
    this.locked = { path: filePath, isDemo, ...(checkpointed ? {} : { warning: 'checkpointFailed' as const }) };
    return this.changed();
  }

  /** Like lock, but forgets the file too; never fails on a full disk either. */
  close(): SessionStatus {
    if (this.job) return this.afterJob('close');
    const open = this.unlocked;
    this.unlocked = null;
    this.locked = null;
    this.closedWarning = open && !this.closeConnection(open.db, 'app').checkpointed ? 'checkpointFailed' : null;
    return this.changed();
  }

  isUnlocked(): boolean {
    return this.unlocked !== null;
  }

  /** The open case file, or LOCKED. Every data handler goes through here. */
  current(): Unlocked {
    if (this.job) throw busyError(this.job.kind);
    if (!this.unlocked) throw new AppError('LOCKED', 'The case file is locked');
    return this.unlocked;
  }

  /** Who is making changes now; NO_ADVISER until someone has been chosen. */
  actor(): Actor {
    const { adviser } = this.current();
    if (!adviser) throw new AppError('NO_ADVISER', 'Choose who is working before making changes');
    return actorFor(adviser);
  }

  setAdviser(input: AdviserInput): SessionStatus {
    const open = this.current();
    open.adviser = setCurrentAdviser(open.db, input, this.now());
    return this.changed();
  }

  adviserList(): Adviser[] {
    return listAdvisers(this.current().db);
  }

  info(): CaseFileInfo {
    const { db, path: filePath } = this.current();
    return caseFileInfo(db, filePath);
  }

  settings(): CaseFileSettings {
    return getCaseFileSettings(this.current().db);
  }

  updateSettings(patch: { autoLockMinutes: number }): CaseFileSettings {
    const result = updateCaseFileSettings(this.current().db, patch, this.actor(), this.now());
    this.changed();
    return result;
  }

  /**
   * An encrypted, verified copy of the case file, made off the main thread in
   * the app. The passphrase given (bytes are zeroed afterwards) must match.
   */
  async backup(destination: string, passphrase: Passphrase): Promise<BackupResult> {
    try {
      const open = this.current();
      this.confirmPassphrase(open, passphrase);
      const job: CaseFileJob = { kind: 'backup', filePath: open.path, destination, passphrase: passphraseBytes(passphrase) };
      const outcome = await this.handOver(open, job, () => [passphrase]);
      if (outcome.kind !== 'backup') throw new AppError('INTERNAL', 'Backup: the job returned something else');
      const removed = outcome.cleanup.removed.map((item) => item.name);
      return removed.length > 0 ? { ...outcome.backup, removedLeftovers: removed } : outcome.backup;
    } finally {
      wipe(passphrase);
    }
  }

  /**
   * Re-encrypts the case file in place under a new passphrase (see
   * rekeyCaseFileDatabase): nothing replaces the file, so nothing written by
   * anyone can be lost. The session reopens under whichever passphrase the
   * file has afterwards; both given passphrases (as bytes) are zeroed.
   */
  async changePassphrase(current: Passphrase, next: Passphrase): Promise<void> {
    try {
      const open = this.current();
      this.confirmPassphrase(open, current);
      const actor = open.adviser ? actorFor(open.adviser) : SYSTEM_ACTOR;
      const job: CaseFileJob = { kind: 'rekey', filePath: open.path, current: passphraseBytes(current), next: passphraseBytes(next), actor };
      await this.handOver(open, job, (succeeded) => (succeeded ? [next, current] : [current, next]));
    } finally {
      wipe(current);
      wipe(next);
    }
  }

  /**
   * Closes the session's connection, lets the job open the file itself (in a
   * worker its lock must be its own), then reopens. A process that slips into
   * the gaps can only make the job or the reopen fail with FILE_IN_USE: the
   * file is never replaced. If the reopen fails, the unlock screen shows.
   */
  private async handOver(
    open: Unlocked,
    job: CaseFileJob,
    reopenWith: (succeeded: boolean) => Passphrase[],
  ): Promise<CaseFileJobOutcome> {
    this.job = { kind: job.kind, status: this.status(), after: 'reopen' };
    this.unlocked = null;
    this.closeConnection(open.db, job.kind === 'backup' ? 'backup' : 'app');
    let outcome: CaseFileJobOutcome | null = null;
    let failure: unknown = null;
    const report = (progress: Parameters<OnJobProgress>[0]): void => this.options.onJobProgress?.(progress);
    try {
      outcome = await (this.options.runJob ?? inlineJobRunner)(job, report);
    } catch (error) {
      failure = error;
    }
    const { after } = this.job;
    this.job = null;
    if (after === 'reopen') {
      report({ job: job.kind, step: 'reopening', percent: 98 });
      const reopenError = this.reopen(open, reopenWith(outcome !== null));
      failure ??= reopenError;
    } else if (after === 'lock') this.locked = { path: open.path, isDemo: open.isDemo };
    if (outcome) report({ job: job.kind, step: 'done', percent: 100 });
    this.changed();
    if (failure) throw failure;
    return outcome!;
  }

  /** Reopens after a job with the first passphrase that opens the file; ends locked (and returns why) if none does. */
  private reopen(open: Unlocked, passphrases: Passphrase[]): unknown {
    let lastError: unknown = null;
    for (const passphrase of passphrases) {
      try {
        this.replace({ ...openCaseFile(open.path, passphrase), adviser: open.adviser }, passphrase);
        return null;
      } catch (error) {
        lastError = error;
        if (!(error instanceof AppError && error.code === 'WRONG_PASSPHRASE')) break;
      }
    }
    this.locked = { path: open.path, isDemo: open.isDemo };
    return lastError;
  }

  /** A lock or close during a job: the window shows it at once, the session does it when the job ends. */
  private afterJob(request: 'lock' | 'close'): SessionStatus {
    const job = this.job!;
    job.after = request;
    const { status } = job;
    job.status = request === 'close' || status.state === 'closed' ? { state: 'closed' } : { state: 'locked', file: status.file, isDemo: status.isDemo };
    return this.changed();
  }

  /** Every close of the session's connection leaves the chain's head behind as an anchor (never failing the close). */
  private closeConnection(db: Db, source: AnchorSource): ReturnType<typeof closeCaseFileDatabase> {
    if (this.options.anchorsDir) recordAnchor(this.options.anchorsDir(), db, source, this.now());
    return closeCaseFileDatabase(db);
  }

  private confirmPassphrase(open: Unlocked, passphrase: Passphrase): void {
    if (!open.verifier.matches(passphrase)) {
      throw new AppError('WRONG_PASSPHRASE', 'The passphrase does not match this case file');
    }
  }

  private replace(opened: OpenCaseFile, passphrase: Passphrase): void {
    if (this.unlocked) closeCaseFileDatabase(this.unlocked.db);
    this.closedWarning = null;
    const isDemo = getCaseFileMeta(opened.db).isDemo;
    const adviser = opened.adviser ? (findAdviser(opened.db, opened.adviser.id) ?? null) : null;
    this.unlocked = { ...opened, adviser, isDemo, verifier: new PassphraseVerifier(passphrase) };
    this.locked = null;
  }

  private changed(): SessionStatus {
    const status = this.status();
    this.options.onChange?.(status);
    return status;
  }
}

function busyError(kind: CaseFileJob['kind']): AppError {
  const what = kind === 'backup' ? 'making a backup' : 'changing the passphrase';
  return new AppError('BUSY', `The case file is busy ${what}; try again when it is done`);
}

function fileRef(filePath: string): { path: string; name: string } {
  return { path: filePath, name: path.basename(filePath) };
}
