import path from 'node:path';
import { closeCaseFileDatabase, isReadOnlyDatabase } from '../../db/connection';
import { wipe, type Passphrase } from '../../db/passphraseKey';
import { findAdviser, listAdvisers } from '../../db/repositories/advisers';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import type { Adviser, AdviserInput } from '../../shared/domain/adviser';
import type { BackupResult, CaseFileInfo, SessionStatus } from '../../shared/contract/schemas';
import { AppError } from '../../shared/errors';
import type { CaseFileSettings } from '../../shared/settings';
import { actorFor, SYSTEM_ACTOR, type Actor } from './actor';
import { setCurrentAdviser } from './advisers';
import { backupCaseFile } from './backup';
import { createCaseFile, openCaseFile, type CreateCaseFileInput, type OpenCaseFile } from './caseFile';
import { caseFileInfo } from './caseFileInfo';
import { getCaseFileSettings, updateCaseFileSettings } from './caseFileSettings';
import { PassphraseVerifier } from './passphraseVerifier';
import { swapInRekeyedCopy, writeRekeyedCopy } from './rekey';
import { UnlockThrottle } from './unlockThrottle';

interface Unlocked extends OpenCaseFile {
  isDemo: boolean;
  verifier: PassphraseVerifier;
}

export interface SessionOptions {
  now?: () => Date;
  /** Told whenever the state changes (unlock, lock, close), e.g. to push it to the window. */
  onChange?: (status: SessionStatus) => void;
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
  private readonly throttle = new UnlockThrottle();
  private readonly now: () => Date;

  constructor(private readonly options: SessionOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  status(): SessionStatus {
    if (this.unlocked) {
      const { path: filePath, isDemo, adviser, db } = this.unlocked;
      return {
        state: 'unlocked',
        file: fileRef(filePath),
        isDemo,
        adviser,
        autoLockMinutes: getCaseFileSettings(db).autoLockMinutes,
        readOnly: isReadOnlyDatabase(db),
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
    if (!this.unlocked) return this.status();
    const { path: filePath, isDemo, db } = this.unlocked;
    this.unlocked = null;
    const { checkpointed } = closeCaseFileDatabase(db);
    this.locked = { path: filePath, isDemo, ...(checkpointed ? {} : { warning: 'checkpointFailed' as const }) };
    return this.changed();
  }

  /** Like lock, but forgets the file too; never fails on a full disk either. */
  close(): SessionStatus {
    const open = this.unlocked;
    this.unlocked = null;
    this.locked = null;
    this.closedWarning = open && !closeCaseFileDatabase(open.db).checkpointed ? 'checkpointFailed' : null;
    return this.changed();
  }

  isUnlocked(): boolean {
    return this.unlocked !== null;
  }

  /** The open case file, or LOCKED. Every data handler goes through here. */
  current(): Unlocked {
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

  backup(destination: string, passphrase: string): BackupResult {
    const open = this.current();
    this.confirmPassphrase(open, passphrase);
    return backupCaseFile(open.db, destination, passphrase);
  }

  /**
   * Re-encrypts under a new passphrase. The new file is built and verified
   * beside the old one and swapped in only then; the session stays unlocked.
   */
  changePassphrase(current: string, next: string): void {
    const open = this.current();
    this.confirmPassphrase(open, current);
    const actor = open.adviser ? actorFor(open.adviser) : SYSTEM_ACTOR;
    const tempPath = writeRekeyedCopy(open.db, open.path, { current, next }, actor, this.now());
    this.unlocked = null;
    closeCaseFileDatabase(open.db);
    let swapError: unknown = null;
    try {
      swapInRekeyedCopy(tempPath, open.path);
    } catch (error) {
      swapError = error;
    }
    // Reopen under whichever passphrase the file on disk now has; if even that
    // fails, fall back to the unlock screen rather than a half-open state.
    const passphrase = swapError ? current : next;
    try {
      this.replace({ ...openCaseFile(open.path, passphrase), adviser: open.adviser }, passphrase);
    } catch (error) {
      this.locked = { path: open.path, isDemo: open.isDemo };
      this.changed();
      throw error;
    }
    this.changed();
    if (swapError) throw swapError;
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

function fileRef(filePath: string): { path: string; name: string } {
  return { path: filePath, name: path.basename(filePath) };
}
