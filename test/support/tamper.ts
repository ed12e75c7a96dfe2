import path from 'node:path';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { recordStateJson, isRecordEntity } from '../../db/repositories/auditState';
import { actorFor } from '../../electron/services/actor';
import { setCurrentAdviser } from '../../electron/services/advisers';
import { GENESIS_HASH, rowHash, stateFingerprint } from '../../electron/services/audit';
import { recordAnchor } from '../../electron/services/auditAnchors';
import { createCaseFile } from '../../electron/services/caseFile';
import { addJournalEntry } from '../../electron/services/cases/journal';
import { createCase } from '../../electron/services/cases/writes';
import { createAction } from '../../electron/services/actions/writes';
import { createContactMoment } from '../../electron/services/contactMoments/writes';
import { eraseContactPerson } from '../../electron/services/contactPersons/erase';
import { exportContactPerson } from '../../electron/services/contactPersons/privacyExport';
import { createContactPerson, updateContactPerson } from '../../electron/services/contactPersons/writes';
import type { WriteContext } from '../../electron/services/context';
import { createOrganisation } from '../../electron/services/organisations/writes';
import { eraseSignal } from '../../electron/services/signals/erase';
import { mergeSignals } from '../../electron/services/signals/merge';
import { createSignal, deleteSignal, restoreSignal, setSignalStatus, updateSignal } from '../../electron/services/signals/writes';
import { verifyCaseFileAt, type VerificationReport } from '../../electron/services/verify';
import { verificationFailures } from '../../electron/cli/commands/verify';
import { createCaseSchema } from '../../shared/domain/case';
import { signalFieldsSchema, type SignalInputDraft } from '../../shared/domain/signal';
import { newAction, newContactMoment } from './contactMoments';
import { organisationDraft, personDraft } from './network';

/**
 * Tampering by someone who holds the passphrase, as reusable variants: the
 * verify tests run each once, the soak suite (`npm run soak`) runs them all
 * again. No vitest here, so a plain script can import it.
 */

export const TAMPER_PASSPHRASE = 'tamper test passphrase 1';
const NOW = new Date('2026-03-15T10:00:00Z');

export interface TamperFixture {
  filePath: string;
  passphrase: string;
  /** The app data folder holding the anchor taken when the case file was last closed. */
  anchorsDir: string;
}

const signal = (overrides: Partial<SignalInputDraft> = {}) =>
  signalFieldsSchema.parse({
    title: 'Spanningen rond een buurthuis',
    description: 'Bewoners melden onrust na een bijeenkomst (fictief).',
    observedOn: '2026-03-10',
    receivedOn: '2026-03-11',
    municipalities: ['GM0363'],
    themes: ['polarisatie'],
    urgency: 'gemiddeld',
    ...overrides,
  });

/**
 * Writes a realistic case file through the services (signals edited, merged,
 * linked to a case and erased; a network with an erased person; exports last),
 * then closes it and anchors its chain head in `dir`/app, as the app does at close.
 */
function fillCaseFile(ctx: WriteContext, exportDir: string): void {
  const first = createSignal(ctx, signal({ title: 'Onrust na een demonstratie' }));
  const second = createSignal(ctx, signal({ title: 'Zorgen over ronselen bij de moskee' }));
  const third = createSignal(ctx, signal({ title: 'Dubbele melding van de demonstratie' }));
  const doomed = createSignal(ctx, signal({ title: 'Te wissen signaal met persoonsgegevens' }));
  updateSignal(ctx, first.id, first.version, signal({ title: 'Onrust na een demonstratie in Nieuw-West', urgency: 'hoog' }));
  setSignalStatus(ctx, second.id, 'in-duiding');
  deleteSignal(ctx, second.id, 'Dubbel ingevoerd');
  restoreSignal(ctx, second.id);
  mergeSignals(ctx, first.id, third.id);
  const dossier = createCase(
    ctx,
    createCaseSchema.parse({ title: 'Spanningen Nieuw-West', type: 'lokale-spanning', startOn: '2026-03-01', municipalities: ['GM0363'], signalIds: [first.id] }),
  );
  addJournalEntry(ctx, { caseId: dossier.id, entryOn: '2026-03-14', text: 'Gesprek met de gemeente gepland.' });
  const organisation = createOrganisation(ctx, organisationDraft());
  const kept = createContactPerson(ctx, personDraft({ name: 'Kees Blijft', organisationId: organisation.id }));
  const leaving = createContactPerson(ctx, personDraft({ name: 'Noor Vertrekt', organisationId: organisation.id }));
  updateContactPerson(ctx, leaving.id, leaving.version, { ...personDraft({ name: 'Noor Vertrekt', organisationId: organisation.id }), phone: '06-11112222' });
  const moment = createContactMoment(
    ctx,
    newContactMoment({ subject: 'Overleg met Noor Vertrekt', personIds: [kept.id, leaving.id], organisationIds: [organisation.id], signalIds: [second.id] }),
  );
  createAction(ctx, newAction({ description: 'Noor Vertrekt terugbellen', contactMomentId: moment.id }));
  createAction(ctx, newAction({ description: 'Signaal nagaan', signalId: doomed.id }));
  eraseSignal(ctx, doomed.id, doomed.number);
  eraseContactPerson(ctx, leaving.id, 'Noor Vertrekt');
  // The last entries change no record, so only an anchor can show they were cut off.
  exportContactPerson(ctx, kept.id, path.join(exportDir, 'inzage-1.txt'));
  exportContactPerson(ctx, kept.id, path.join(exportDir, 'inzage-2.txt'));
}

export function buildTamperFixture(dir: string): TamperFixture {
  const filePath = path.join(dir, 'tamper.ess');
  const anchorsDir = path.join(dir, 'app');
  const { db } = createCaseFile({ path: filePath, passphrase: TAMPER_PASSPHRASE, adviser: { name: 'Test Adviseur', initials: 'TA' }, now: NOW });
  try {
    const adviser = setCurrentAdviser(db, { name: 'Test Adviseur', initials: 'TA' }, NOW);
    fillCaseFile({ db, actor: actorFor(adviser), now: NOW }, dir);
    recordAnchor(anchorsDir, db, 'app', NOW);
  } finally {
    closeCaseFileDatabase(db);
  }
  return { filePath, passphrase: TAMPER_PASSPHRASE, anchorsDir };
}

/** The append-only triggers, to put back after tampering so the schema check alone cannot tell. */
function triggersOf(db: Db): string[] {
  return (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit_%'").all() as { sql: string }[]).map((row) => row.sql);
}

function withoutTriggers(db: Db, work: () => void): void {
  const saved = triggersOf(db);
  for (const name of ['audit_log_no_update', 'audit_log_no_delete', 'audit_payload_no_update']) db.exec(`DROP TRIGGER ${name}`);
  work();
  for (const sql of saved) db.exec(sql);
}

const lastSeq = (db: Db) => (db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;

/** Rewrites every entry's state fingerprint and hash from `fromSeq` on, as a forger with the app's code would. */
function recomputeChain(db: Db, fromSeq: number): void {
  const rows = db
    .prepare(
      `SELECT seq, id, at, adviser_id AS adviserId, adviser_label AS adviserLabel, entity, entity_id AS entityId, action,
         payload_sha256 AS payloadSha256, state_sha256 AS stateSha256, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq`,
    )
    .all() as Parameters<typeof rowHash>[0][];
  const lastOf = new Map(rows.map((row) => [`${row.entity}\u0000${row.entityId}`, row.seq]));
  const update = db.prepare('UPDATE audit_log SET state_sha256 = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq >= fromSeq) {
      const isLast = lastOf.get(`${row.entity}\u0000${row.entityId}`) === row.seq;
      const stateSha256 = isLast && isRecordEntity(row.entity) ? stateFingerprint(recordStateJson(db, row.entity, row.entityId)) : row.stateSha256;
      const hash = rowHash({ ...row, stateSha256, prevHash });
      update.run(stateSha256, prevHash, hash, row.seq);
      prevHash = hash;
    } else {
      prevHash = (row as { hash?: string }).hash ?? prevHash;
    }
  }
}

const firstSignalId = (db: Db) => (db.prepare('SELECT id FROM signals WHERE deleted_at IS NULL ORDER BY seq LIMIT 1').get() as { id: string }).id;

export interface TamperVariant {
  name: string;
  /** What `ess verify` must say (one of its failure sentences). */
  expected: RegExp;
  apply: (db: Db) => void;
}

export const TAMPER_VARIANTS: readonly TamperVariant[] = [
  {
    name: 'delete all audit payloads',
    expected: /removed outside the audited erasure path/,
    apply: (db) => void db.prepare('DELETE FROM audit_payload').run(),
  },
  {
    name: 'delete some audit payloads',
    expected: /audit chain broken at entry 5: before\/after data was removed outside the audited erasure path/,
    apply: (db) => void db.prepare('DELETE FROM audit_payload WHERE seq IN (5, 9)').run(),
  },
  {
    name: 'drop the append-only triggers',
    expected: /schema differs from what the migrations made: trigger audit_log_no_delete is missing, trigger audit_log_no_update is missing/,
    apply: (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.exec('DROP TRIGGER audit_log_no_delete');
    },
  },
  {
    name: 'drop an index and add a trigger',
    expected: /index audit_log_entity is missing.*trigger sneaky is unexpected/,
    apply: (db) => {
      db.exec('DROP INDEX audit_log_entity');
      db.exec('CREATE TRIGGER sneaky AFTER INSERT ON signals BEGIN SELECT 1; END');
    },
  },
  {
    name: 'remove the last entries (triggers put back)',
    expected: /audit trail does not contain anchor seq \d+ from .*app.*: entries were removed or rewritten/,
    apply: (db) =>
      withoutTriggers(db, () => {
        const cut = lastSeq(db) - 1;
        db.prepare('DELETE FROM audit_payload WHERE seq >= ?').run(cut);
        db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(cut);
      }),
  },
  {
    name: 'edit a record and recompute the whole chain (triggers put back)',
    expected: /audit trail does not contain anchor seq \d+ from .*: entries were removed or rewritten/,
    apply: (db) =>
      withoutTriggers(db, () => {
        db.prepare("UPDATE signals SET title = 'Herschreven titel' WHERE id = ?").run(firstSignalId(db));
        recomputeChain(db, 1);
      }),
  },
  {
    name: 'edit a record directly',
    expected: /1 record does not match the audit trail, first: signal [0-9a-f-]+ differs from what its last audit entry recorded/,
    apply: (db) => void db.prepare("UPDATE signals SET title = 'Stilletjes gewijzigd' WHERE id = ?").run(firstSignalId(db)),
  },
  {
    name: 'delete a record directly',
    expected: /journal [0-9a-f-]+ was removed without an audit entry/,
    apply: (db) => void db.prepare('DELETE FROM journal_entries').run(),
  },
  {
    name: 'insert a record directly',
    expected: /organisation [0-9a-f-]+ has no audit entry/,
    apply: (db) =>
      void db
        .prepare(
          "INSERT INTO organisations (id, number, name, type, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000aa', 'ORG-2026-0999', 'Ingevoegd', 'overig', 'x', 'x')",
        )
        .run(),
  },
];

/** Applies one variant to the fixture's case file, with the passphrase, outside the app. */
export function applyTamper(fixture: TamperFixture, variant: TamperVariant): void {
  const db = openCaseFileDatabase(fixture.filePath, fixture.passphrase);
  try {
    variant.apply(db);
  } finally {
    closeCaseFileDatabase(db);
  }
}

export interface TamperOutcome {
  report: VerificationReport;
  /** The sentences `ess verify` prints for the report. */
  failures: string[];
  detected: boolean;
}

export function verifyFixture(fixture: TamperFixture): TamperOutcome {
  const report = verifyCaseFileAt(fixture.filePath, fixture.passphrase, { anchorsDir: fixture.anchorsDir });
  const failures = verificationFailures(report);
  return { report, failures, detected: !report.ok };
}

/** Builds a fresh fixture in `dir`, tampers with it and verifies: detected means verify said not ok with the expected reason. */
export function runTamperVariant(dir: string, variant: TamperVariant): TamperOutcome & { expectedFound: boolean } {
  const fixture = buildTamperFixture(dir);
  applyTamper(fixture, variant);
  const outcome = verifyFixture(fixture);
  return { ...outcome, expectedFound: outcome.failures.some((line) => variant.expected.test(line)) };
}
