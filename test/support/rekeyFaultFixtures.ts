import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { integrityCheck } from '../../db/repositories/stats';
import { actorFor } from '../../electron/services/actor';
import { verifyAuditChain } from '../../electron/services/audit';
import { createCaseFile, openCaseFile } from '../../electron/services/caseFile';
import { createSignal } from '../../electron/services/signals/writes';
import { signalFieldsSchema, type SignalInput } from '../../shared/domain/signal';
import { isAppError } from '../../shared/errors';

/**
 * Case files for the passphrase-change fault tests (kill -9 and the race),
 * free of vitest so `npm run soak` can use them too. Reading ids back is the
 * only plain SQL here.
 */

export const OLD_PASSPHRASE = 'fault old passphrase 2026';
export const NEW_PASSPHRASE = 'fault new passphrase 2026';
export const FAULT_NOW = new Date('2026-03-15T10:00:00Z');

export function faultSignal(label: string, padding = 0): SignalInput {
  return signalFieldsSchema.parse({
    title: `Foutinjectie-signaal ${label}`,
    description: `Fictief signaal ${label}.${padding > 0 ? ` ${'x'.repeat(padding)}` : ''}`,
    observedOn: '2026-03-10',
    receivedOn: '2026-03-11',
    municipalities: ['GM0363'],
    themes: ['polarisatie'],
    urgency: 'gemiddeld',
  });
}

export function faultDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ess-fault-${label}-`));
}

/** A closed case file under OLD_PASSPHRASE holding `count` signals; returns their ids. */
export function seedFaultCaseFile(filePath: string, count: number, padding = 300): string[] {
  const opened = createCaseFile({
    path: filePath,
    passphrase: OLD_PASSPHRASE,
    adviser: { name: 'Fout Adviseur', initials: 'FA' },
    now: FAULT_NOW,
  });
  try {
    const ctx = { db: opened.db, actor: actorFor(opened.adviser!), now: FAULT_NOW };
    return opened.db.transaction(() => Array.from({ length: count }, (_, n) => createSignal(ctx, faultSignal(`seed-${n}`, padding)).id))();
  } finally {
    closeCaseFileDatabase(opened.db);
  }
}

function signalIds(db: Db): Set<string> {
  return new Set((db.prepare('SELECT id FROM signals').all() as { id: string }[]).map((row) => row.id));
}

export interface FaultCheck {
  /** 'old' or 'new': the passphrase that opened it; null if neither did. */
  openedWith: 'old' | 'new' | null;
  /** Why it did not open (codes of the attempts). */
  openErrors: string[];
  integrity: string[];
  chainValid: boolean;
  missing: string[];
  /** Hidden temporary copies left in the folder after the open. */
  leftovers: string[];
}

/**
 * Opens a case file as the app would, trying `order` (the new passphrase
 * first shows that a wrong key never damages a file that needs the old one
 * to roll back), and checks integrity, the audit chain and every id in `expected`.
 */
export function checkFaultCaseFile(filePath: string, expected: Iterable<string>, order: ('old' | 'new')[] = ['new', 'old']): FaultCheck {
  const openErrors: string[] = [];
  for (const which of order) {
    let opened: ReturnType<typeof openCaseFile>;
    try {
      opened = openCaseFile(filePath, which === 'old' ? OLD_PASSPHRASE : NEW_PASSPHRASE);
    } catch (error) {
      openErrors.push(`${which}: ${isAppError(error) ? `${error.code} ${error.message}` : String(error)}`);
      continue;
    }
    try {
      const ids = signalIds(opened.db);
      const pattern = new RegExp(`^\\.${path.basename(filePath).replaceAll('.', '\\.')}\\.[0-9a-f]{12}\\.`);
      return {
        openedWith: which,
        openErrors,
        integrity: integrityCheck(opened.db),
        chainValid: verifyAuditChain(opened.db).valid,
        missing: [...expected].filter((id) => !ids.has(id)),
        leftovers: fs.readdirSync(path.dirname(filePath)).filter((name) => pattern.test(name)),
      };
    } finally {
      closeCaseFileDatabase(opened.db);
    }
  }
  return { openedWith: null, openErrors, integrity: [], chainValid: false, missing: [...expected], leftovers: [] };
}

export function describeFaultCheck(check: FaultCheck): string | null {
  if (check.openedWith === null) return `does not open (${check.openErrors.join('; ')})`;
  const problems: string[] = [];
  if (check.integrity.length > 0) problems.push(`integrity: ${check.integrity[0]}`);
  if (!check.chainValid) problems.push('audit chain broken');
  if (check.missing.length > 0) problems.push(`${check.missing.length} acknowledged signal(s) missing`);
  if (check.leftovers.length > 0) problems.push(`leftovers: ${check.leftovers.join(', ')}`);
  return problems.length > 0 ? problems.join('; ') : null;
}
