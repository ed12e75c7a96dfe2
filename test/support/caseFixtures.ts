import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { insertAdviser } from '../../db/repositories/advisers';
import { nextNumber } from '../../db/repositories/numbers';
import { actorFor, type Actor } from '../../electron/services/actor';
import { recordChange } from '../../electron/services/audit';
import { createCaseFile } from '../../electron/services/caseFile';
import type { WriteContext } from '../../electron/services/context';
import type { Adviser } from '../../shared/domain/adviser';
import { createCaseSchema, type CaseInput } from '../../shared/domain/case';
import { AppError } from '../../shared/errors';
import { ADVISER, PASSPHRASE } from './caseFiles';

/**
 * Test-only helpers for the case and search tests. Signals are inserted with
 * plain SQL so these tests do not depend on the signals service; the rows
 * satisfy the schema like real ones (FTS triggers fire as usual).
 */

export interface TestCaseFile {
  db: Db;
  adviser: Adviser;
  actor: Actor;
  /** A write context at a fixed moment (default: 2026-03-15 10:00 UTC). */
  ctx(at?: string): WriteContext;
  close(): void;
}

export const FIXED_NOW = '2026-03-15T10:00:00.000Z';

/**
 * One case file shared by the tests of a file (each key derivation costs
 * time), in its own folder: tempDir() would remove it after the first test.
 * Tests on a shared file use their own records, so their order does not matter.
 */
export function openTestCaseFile(): TestCaseFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-cases-test-'));
  const opened = createCaseFile({ path: path.join(dir, 'casussen.ess'), passphrase: PASSPHRASE, adviser: ADVISER });
  const adviser = opened.adviser!;
  const actor = actorFor(adviser);
  return {
    db: opened.db,
    adviser,
    actor,
    ctx: (at = FIXED_NOW) => ({ db: opened.db, actor, now: new Date(at) }),
    close: () => {
      closeCaseFileDatabase(opened.db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestSignal {
  title?: string;
  description?: string;
  interpretation?: string;
  observedOn?: string;
  receivedOn?: string;
  status?: string;
  municipalities?: string[];
  themes?: string[];
  caseId?: string | null;
  deleted?: boolean;
}

export function insertTestSignal(db: Db, signal: TestSignal = {}): { id: string; number: string } {
  const id = randomUUID();
  const receivedOn = signal.receivedOn ?? '2026-03-01';
  const number = nextNumber(db, 'SIG', Number(receivedOn.slice(0, 4)));
  const at = `${receivedOn}T09:00:00.000Z`;
  db.prepare(
    `INSERT INTO signals (id, number, title, description, interpretation, observed_on, received_on, urgency, urgency_rank,
       trend, status, case_id, classification, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'gemiddeld', 2, 'onbekend', ?, ?, 'ongerubriceerd', ?, ?, ?)`,
  ).run(
    id,
    number,
    signal.title ?? 'Spanning rond buurthuis',
    signal.description ?? 'Bewoners melden onrust na een bijeenkomst.',
    signal.interpretation ?? '',
    signal.observedOn ?? receivedOn,
    receivedOn,
    signal.status ?? 'nieuw',
    signal.caseId ?? null,
    at,
    at,
    signal.deleted ? at : null,
  );
  const municipality = db.prepare('INSERT INTO signal_municipalities (signal_id, municipality_code) VALUES (?, ?)');
  for (const code of signal.municipalities ?? ['GM0363']) municipality.run(id, code);
  const theme = db.prepare('INSERT INTO signal_themes (signal_id, theme_code) VALUES (?, ?)');
  for (const code of signal.themes ?? ['polarisatie']) theme.run(id, code);
  return { id, number };
}

/** What the signals service does on a status change: new status, new version, an audit entry 'status'. */
export function changeTestSignalStatus(ctx: WriteContext, signalId: string, status: string): void {
  ctx.db.transaction(() => {
    const before = ctx.db.prepare('SELECT status FROM signals WHERE id = ?').get(signalId) as { status: string };
    ctx.db
      .prepare('UPDATE signals SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?')
      .run(status, ctx.now.toISOString(), signalId);
    recordChange(ctx.db, ctx.actor, { entity: 'signal', entityId: signalId, action: 'status', before, after: { status } }, ctx.now);
  })();
}

export function softDeleteTestSignal(db: Db, signalId: string): void {
  db.prepare("UPDATE signals SET deleted_at = '2026-03-10T00:00:00.000Z' WHERE id = ?").run(signalId);
}

export function signalCaseId(db: Db, signalId: string): string | null {
  return (db.prepare('SELECT case_id AS caseId FROM signals WHERE id = ?').get(signalId) as { caseId: string | null }).caseId;
}

export function signalVersion(db: Db, signalId: string): number {
  return (db.prepare('SELECT version FROM signals WHERE id = ?').get(signalId) as { version: number }).version;
}

/** A second adviser, e.g. to own cases; inserted directly (not made the adviser at work). */
export function insertTestAdviser(db: Db, name: string, initials: string): Adviser {
  const at = FIXED_NOW;
  const adviser: Adviser = { id: randomUUID(), name, initials, createdAt: at, updatedAt: at, version: 1 };
  insertAdviser(db, adviser, null);
  return adviser;
}

export interface TestAuditEntry {
  seq: number;
  action: string;
  adviserLabel: string;
  before: unknown;
  after: unknown;
}

/** The audit entries of one record, oldest first, with before/after parsed. */
export function auditOf(db: Db, entity: string, entityId: string): TestAuditEntry[] {
  const rows = db
    .prepare(
      `SELECT l.seq, l.action, l.adviser_label AS adviserLabel, p.before_json AS beforeJson, p.after_json AS afterJson
       FROM audit_log l LEFT JOIN audit_payload p ON p.seq = l.seq
       WHERE l.entity = ? AND l.entity_id = ? ORDER BY l.seq`,
    )
    .all(entity, entityId) as { seq: number; action: string; adviserLabel: string; beforeJson: string | null; afterJson: string | null }[];
  return rows.map(({ beforeJson, afterJson, ...row }) => ({
    ...row,
    before: beforeJson === null ? null : (JSON.parse(beforeJson) as unknown),
    after: afterJson === null ? null : (JSON.parse(afterJson) as unknown),
  }));
}

export function countRows(db: Db, table: 'cases' | 'journal_entries' | 'saved_views' | 'audit_log'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export type NewCase = CaseInput & { signalIds: string[] };

/** A valid new case (Amsterdam, foreign elections), with overrides taken as they come. */
export function newCase(overrides: Record<string, unknown> = {}): NewCase {
  return createCaseSchema.parse({
    title: 'Spanningen rond de Turkse verkiezingen',
    type: 'buitenlandse-verkiezing',
    startOn: '2026-03-01',
    municipalities: ['GM0363'],
    themes: ['buitenlandse-verkiezingen'],
    ...overrides,
  });
}

export function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
