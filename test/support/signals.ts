import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import fs from 'node:fs';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { actorFor } from '../../electron/services/actor';
import { setCurrentAdviser } from '../../electron/services/advisers';
import { openCaseFile } from '../../electron/services/caseFile';
import type { WriteContext } from '../../electron/services/context';
import type { Adviser } from '../../shared/domain/adviser';
import { signalFieldsSchema, type SignalInput, type SignalInputDraft } from '../../shared/domain/signal';
import { newCaseFile, PASSPHRASE } from './caseFiles';

/** A fixed clock: "today" in the Netherlands is 2026-03-15 in every signal test. */
export const NOW = new Date('2026-03-15T10:00:00Z');
export const TODAY = '2026-03-15';

export const AMSTERDAM = 'GM0363'; // Noord-Holland, PV27
export const ROTTERDAM = 'GM0599'; // Zuid-Holland, PV28
export const DEN_HAAG = 'GM0518'; // Zuid-Holland, PV28
export const UTRECHT = 'GM0344'; // Utrecht, PV26

export interface SignalFixture {
  db: Db;
  filePath: string;
  adviser: Adviser;
  ctx: WriteContext;
  /** A context for a second adviser, to show who changed what. */
  otherCtx: WriteContext;
  close: () => void;
}

/** A fresh case file, opened, with two advisers; close() folds the WAL and closes it. */
export function openSignalFixture(): SignalFixture {
  const filePath = newCaseFile();
  const { db, adviser } = openCaseFile(filePath, PASSPHRASE);
  const other = setCurrentAdviser(db, { name: 'Tweede Adviseur', initials: 'TW' }, NOW);
  const first = setCurrentAdviser(db, { name: adviser!.name, initials: adviser!.initials }, NOW);
  return {
    db,
    filePath,
    adviser: first,
    ctx: { db, actor: actorFor(first), now: NOW },
    otherCtx: { db, actor: actorFor(other), now: NOW },
    close: () => closeCaseFileDatabase(db),
  };
}

/** Runs a test body against a fresh fixture and always closes it. */
export function withSignals(work: (fixture: SignalFixture) => void): void {
  const fixture = openSignalFixture();
  try {
    work(fixture);
  } finally {
    fixture.close();
  }
}

/** A valid signal with sensible fictional content; override what a test is about. */
export function signalDraft(overrides: Partial<SignalInputDraft> = {}): SignalInput {
  return signalFieldsSchema.parse({
    title: 'Spanningen rond een buurthuis',
    description: 'Bewoners melden onrust na een bijeenkomst in het buurthuis (fictief).',
    observedOn: '2026-03-10',
    receivedOn: '2026-03-11',
    municipalities: [AMSTERDAM],
    themes: ['polarisatie'],
    urgency: 'gemiddeld',
    ...overrides,
  });
}

/** Row counts of everything a signal write touches, to prove that a refused write wrote nothing. */
export function signalTableCounts(db: Db): Record<string, number> {
  const tables = ['signals', 'signal_municipalities', 'signal_themes', 'signal_shares', 'number_sequences', 'audit_log', 'audit_payload'];
  return Object.fromEntries(
    tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}

/** The audit entries about one signal, oldest first, with their payloads. */
export function auditOf(db: Db, signalId: string) {
  return db
    .prepare(
      `SELECT l.seq, l.adviser_id AS adviserId, l.adviser_label AS adviserLabel, l.action,
         p.before_json AS beforeJson, p.after_json AS afterJson, p.seq IS NOT NULL AS hasPayload
       FROM audit_log l LEFT JOIN audit_payload p ON p.seq = l.seq
       WHERE l.entity = 'signal' AND l.entity_id = ? ORDER BY l.seq`,
    )
    .all(signalId) as {
    seq: number;
    adviserId: string | null;
    adviserLabel: string;
    action: string;
    beforeJson: string | null;
    afterJson: string | null;
    hasPayload: 0 | 1;
  }[];
}

const PAGE = 4096;
const RESERVE = 16 + 64; // IV + HMAC-SHA512 per page (SQLCipher 4 defaults)
const WAL_HEADER = 32;
const WAL_FRAME_HEADER = 24;

/**
 * The plaintext of every page of a SQLCipher 4 case file and of every frame in
 * its WAL, decrypted independently of the library under test (see
 * sqlcipher4.ts). Free pages and stale WAL frames included: exactly what an
 * attacker with the passphrase could read from the disk, beyond what SQL shows.
 * Page HMACs are not checked here; only the bytes matter.
 */
export function decryptedBytesOnDisk(filePath: string, passphrase: string): Buffer {
  const file = fs.readFileSync(filePath);
  const salt = file.subarray(0, 16);
  const key = pbkdf2Sync(passphrase, salt, 256_000, 32, 'sha512');
  const decryptPage = (page: Buffer, pageNumber: number): Buffer => {
    const start = pageNumber === 1 ? 16 : 0; // page 1 begins with the salt
    const iv = page.subarray(PAGE - RESERVE, PAGE - 64);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    return Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]);
  };
  const parts: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= file.length; offset += PAGE) {
    parts.push(decryptPage(file.subarray(offset, offset + PAGE), offset / PAGE + 1));
  }
  const walPath = `${filePath}-wal`;
  if (fs.existsSync(walPath)) {
    const wal = fs.readFileSync(walPath);
    for (let offset = WAL_HEADER; offset + WAL_FRAME_HEADER + PAGE <= wal.length; offset += WAL_FRAME_HEADER + PAGE) {
      const pageNumber = wal.readUInt32BE(offset);
      parts.push(decryptPage(wal.subarray(offset + WAL_FRAME_HEADER, offset + WAL_FRAME_HEADER + PAGE), pageNumber));
    }
  }
  return Buffer.concat(parts);
}

/** Every table (FTS shadow tables included) whose rows mention `marker` anywhere, by name. */
export function tablesContaining(db: Db, marker: string): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
    .all() as { name: string }[];
  const found: string[] = [];
  for (const { name } of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name);
    if (columns.length === 0) continue;
    // Blobs too (FTS segments are blobs): cast each column to text and look for the marker's bytes.
    const condition = columns.map((column) => `instr(CAST("${column}" AS BLOB), CAST(? AS BLOB)) > 0`).join(' OR ');
    const row = db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE ${condition}`).get(...columns.map(() => marker)) as { n: number };
    if (row.n > 0) found.push(name);
  }
  return found;
}
