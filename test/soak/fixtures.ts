import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { integrityCheck } from '../../db/repositories/stats';
import { actorFor } from '../../electron/services/actor';
import { verifyAuditChain } from '../../electron/services/audit';
import { createCaseFile, openCaseFile } from '../../electron/services/caseFile';
import type { WriteContext } from '../../electron/services/context';
import type { Adviser } from '../../shared/domain/adviser';
import { createSignal } from '../../electron/services/signals/writes';
import { verifyCaseFileAt } from '../../electron/services/verify';
import { verificationFailures } from '../../electron/cli/commands/verify';
import { signalFieldsSchema, type SignalInput } from '../../shared/domain/signal';
import { isAppError } from '../../shared/errors';

/**
 * Case files for the soak scenarios: made with the real services, checked the
 * way a user would find them (opened normally, integrity, audit chain, every
 * acknowledged signal present). Plain SQL appears only in reading ids back.
 */

export const SOAK_PASSPHRASE = 'soak correct horse battery staple';
export const SOAK_ADVISER = { name: 'Soak Adviseur', initials: 'SA' };
/** A fixed "today" so the dates in the signals are always valid. */
export const SOAK_NOW = new Date('2026-03-15T10:00:00Z');

/** A folder of its own for a scenario; remove it with `removeDir` when done. */
export function soakDir(label: string, parent = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(parent, `ess-soak-${label}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A valid signal; `n` makes each one distinguishable, `padding` makes it larger on disk. */
export function soakSignal(n: number, padding = 0): SignalInput {
  return signalFieldsSchema.parse({
    title: `Soak-signaal ${n}`,
    description: `Fictief signaal ${n} uit de foutinjectietest.${padding > 0 ? ` ${'x'.repeat(padding)}` : ''}`,
    observedOn: '2026-03-10',
    receivedOn: '2026-03-11',
    municipalities: ['GM0363'],
    themes: ['polarisatie'],
    urgency: 'gemiddeld',
  });
}

export function writeContext(db: Db, adviser: Adviser | null): WriteContext {
  if (!adviser) throw new Error('the soak case file has no current adviser');
  return { db, actor: actorFor(adviser), now: SOAK_NOW };
}

/** A closed case file holding `signals` signals (in one transaction, so seeding is quick); returns their ids. */
export function seedCaseFile(filePath: string, signals: number, padding = 0): string[] {
  const opened = createCaseFile({ path: filePath, passphrase: SOAK_PASSPHRASE, adviser: SOAK_ADVISER, now: SOAK_NOW });
  try {
    const ctx = writeContext(opened.db, opened.adviser);
    return opened.db.transaction(() => Array.from({ length: signals }, (_, n) => createSignal(ctx, soakSignal(n, padding)).id))();
  } finally {
    closeCaseFileDatabase(opened.db);
  }
}

export interface CaseFileCheck {
  /** Which of the passphrases tried opened it (index), or null. */
  openedWith: number | null;
  /** Why it did not open (code and message of the last attempt). */
  openError: string | null;
  integrity: string[];
  chainValid: boolean;
  /** Acknowledged ids that are not in the file. */
  missing: string[];
  signals: number;
}

/** Every signal id in the file, deleted or not. */
export function signalIds(db: Db): Set<string> {
  return new Set((db.prepare('SELECT id FROM signals').all() as { id: string }[]).map((row) => row.id));
}

/**
 * Opens a case file as the app would (normal open: WAL recovery, migrations,
 * leftover clean-up) with each passphrase in turn, and checks it.
 */
export function checkCaseFile(filePath: string, passphrases: readonly string[], acknowledged: Iterable<string>): CaseFileCheck {
  let openError: string | null = null;
  for (const [index, passphrase] of passphrases.entries()) {
    let opened: ReturnType<typeof openCaseFile>;
    try {
      opened = openCaseFile(filePath, passphrase);
    } catch (error) {
      openError = isAppError(error) ? `${error.code}: ${error.message}` : String(error);
      if (isAppError(error) && error.code === 'WRONG_PASSPHRASE') continue;
      break;
    }
    try {
      const ids = signalIds(opened.db);
      return {
        openedWith: index,
        openError: null,
        integrity: integrityCheck(opened.db),
        chainValid: verifyAuditChain(opened.db).valid,
        missing: [...acknowledged].filter((id) => !ids.has(id)),
        signals: ids.size,
      };
    } finally {
      closeCaseFileDatabase(opened.db);
    }
  }
  return { openedWith: null, openError, integrity: [], chainValid: false, missing: [...acknowledged], signals: 0 };
}

/** What is wrong with a checked file, in one line; null if nothing. */
export function describeProblems(check: CaseFileCheck): string | null {
  if (check.openedWith === null) return `does not open (${check.openError})`;
  const problems: string[] = [];
  if (check.integrity.length > 0) problems.push(`integrity: ${check.integrity[0]}`);
  if (!check.chainValid) problems.push('audit chain broken');
  if (check.missing.length > 0) problems.push(`${check.missing.length} acknowledged signal(s) missing`);
  return problems.length > 0 ? problems.join('; ') : null;
}

/**
 * What `ess verify` finds wrong (schema, record states against the audit
 * trail, chain, integrity), in one line; null if it is ok.
 */
export function verifyProblems(filePath: string, passphrase: string): string | null {
  const report = verifyCaseFileAt(filePath, passphrase);
  return report.ok ? null : `ess verify: ${verificationFailures(report).join('; ').slice(0, 300)}`;
}

/** The hidden temporary copies our code makes (db/atomicFile.ts tempPathBeside), with their SQLite companions. */
const LEFTOVER = /^\.(.+)\.[0-9a-f]{12}\.(rekey|backup|creating|tmp)(-wal|-journal|-shm)?$/;

/** Leftovers in a folder, whatever case file they were made for. */
export function leftoversIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => LEFTOVER.test(name));
}

/** Leftovers made for `target`, beside it. */
export function leftoversBeside(target: string): string[] {
  return leftoversIn(path.dirname(target)).filter((name) => LEFTOVER.exec(name)?.[1] === path.basename(target));
}
