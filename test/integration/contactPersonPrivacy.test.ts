import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';
import { recordChange, verifyAuditChain } from '../../electron/services/audit';
import { ERASED_PERSON_PLACEHOLDER, eraseContactPerson, nameMatchers } from '../../electron/services/contactPersons/erase';
import { contactPersonExportText, exportContactPerson } from '../../electron/services/contactPersons/privacyExport';
import { getContactPerson, listContactPersons } from '../../electron/services/contactPersons/reads';
import { createContactPerson, deleteContactPerson, updateContactPerson } from '../../electron/services/contactPersons/writes';
import { createOrganisation } from '../../electron/services/organisations/writes';
import { createSignal } from '../../electron/services/signals/writes';
import { ADVISER, PASSPHRASE } from '../support/caseFiles';
import { auditOf, errorOf } from '../support/caseFixtures';
import { insertTestAction, insertTestContactMoment, networkTableCounts, organisationDraft, personDraft, rowOf } from '../support/network';
import { decryptedBytesOnDisk, openSignalFixture, signalDraft, tablesContaining, withSignals } from '../support/signals';
import { tempDir } from '../support/tempDir';

/**
 * A surname that occurs nowhere else. FTS stores terms lowercased and may
 * share leading letters with the previous term, so the needles are the
 * distinctive tail, in both cases (the texts below use either).
 */
const NAME = 'Noor Qwertzanova7731';
const NEEDLES = ['ertzanova7731', 'ERTZANOVA7731'];

const mentioning = (db: Db) => [...new Set(NEEDLES.flatMap((needle) => tablesContaining(db, needle)))].sort();
const onDisk = (filePath: string) => {
  const bytes = decryptedBytesOnDisk(filePath, PASSPHRASE);
  return NEEDLES.some((needle) => bytes.includes(needle));
};
const ftsHits = (db: Db, table: 'contact_moments_fts' | 'follow_up_actions_fts' | 'signals_fts', query: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(query) as { n: number }).n;
const auditRows = (db: Db, entity: string, id: string) =>
  db
    .prepare(
      `SELECT l.action, p.before_json AS beforeJson, p.after_json AS afterJson, p.seq IS NOT NULL AS hasPayload
       FROM audit_log l LEFT JOIN audit_payload p ON p.seq = l.seq WHERE l.entity = ? AND l.entity_id = ? ORDER BY l.seq`,
    )
    .all(entity, id) as { action: string; beforeJson: string | null; afterJson: string | null; hasPayload: 0 | 1 }[];

describe('exporting a contact person (AVG access request)', () => {
  it('writes a readable Dutch text with the fields, contact moments, actions and history', () => {
    withSignals(({ db, ctx }) => {
      const organisation = createOrganisation(ctx, organisationDraft({ name: 'Moskee Mevlana', municipalities: ['GM0599'] }));
      const person = createContactPerson(ctx, personDraft({ name: 'Hasan Kaya', function: 'Imam', organisationId: organisation.id, notes: 'Spreekt Turks en Nederlands.' }));
      updateContactPerson({ ...ctx, now: new Date('2026-03-16T09:30:00Z') }, person.id, 1, { ...person, phone: '010-7654321' });
      const moment = insertTestContactMoment(db, {
        heldOn: '2026-03-10',
        form: 'werkbezoek',
        subject: 'Kennismaking in de moskee',
        minutes: 'Eerste regel van het verslag.\nTweede regel.',
        personIds: [person.id],
      });
      const action = insertTestAction(db, { contactMomentId: moment.id, description: 'Informatieblad sturen', result: 'Verstuurd per post.', kind: 'kennisproduct' });
      insertTestContactMoment(db, { subject: 'Overleg zonder Hasan', personIds: [] });

      const text = contactPersonExportText(db, person.id, new Date('2026-03-20T14:05:00Z'));
      for (const expected of [
        'Inzage persoonsgegevens (artikel 15 AVG)',
        'Datum van export: 20-03-2026 15:05',
        `Kenmerk:          ${person.number}`,
        'Naam:                           Hasan Kaya',
        'Functie:                        Imam',
        'Rol:                            Sleutelfiguur',
        `Organisatie:                    Moskee Mevlana (${organisation.number})`,
        'Gemeenten (van de organisatie): Rotterdam',
        'E-mailadres:                    jan@example.org',
        'Telefoonnummer:                 010-7654321',
        'Grondslag (AVG):                Publieke taak (art. 6 lid 1 sub e AVG)',
        'Beoordelen op:                  15-03-2027',
        'Notities:                       Spreekt Turks en Nederlands.',
        'Laatste contact:                10-03-2026',
        'Contactmomenten waarbij u betrokken was (1)',
        `1. ${moment.number} — 10-03-2026 — Werkbezoek`,
        '   Onderwerp: Kennismaking in de moskee',
        '     Eerste regel van het verslag.\n     Tweede regel.',
        `   - ${action.number}: Informatieblad sturen`,
        'Soort: Kennisproduct; Status: Open; Uiterlijk: 20-03-2026',
        '       Verstuurd per post.',
        'Wijzigingsgeschiedenis (2)',
        '15-03-2026 11:00 — Test Adviseur (TA) — Aangemaakt',
        '16-03-2026 10:30 — Test Adviseur (TA) — Gewijzigd',
        'Telefoonnummer: +31 6 1234 5678 → 010-7654321',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Overleg zonder Hasan');
      // History in reading order: created before changed.
      expect(text.indexOf('Aangemaakt')).toBeLessThan(text.indexOf('Gewijzigd'));

      const dir = tempDir();
      const target = path.join(dir, `inzage-${person.number}.txt`);
      expect(exportContactPerson(ctx, person.id, target)).toBe(target);
      expect(auditOf(db, 'contactPerson', person.id).map((entry) => entry.action)).toContain('export');
      const written = fs.readFileSync(target, 'utf8');
      expect(written).toContain('Hasan Kaya');
      expect(written.endsWith('Einde van het overzicht.\n')).toBe(true);

      // Never over an existing file, and no half or temporary file is left behind.
      fs.writeFileSync(target, 'eerder bestand');
      expect(errorOf(() => exportContactPerson(ctx, person.id, target)).code).toBe('FILE_EXISTS');
      expect(fs.readFileSync(target, 'utf8')).toBe('eerder bestand');
      expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);
      // Only when the save dialog has asked may it replace, still atomically.
      exportContactPerson(ctx, person.id, target, { overwrite: true });
      expect(fs.readFileSync(target, 'utf8')).toContain('Hasan Kaya');
      expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);

      expect(errorOf(() => contactPersonExportText(db, '00000000-0000-4000-8000-000000000000', ctx.now)).code).toBe('NOT_FOUND');
    });
  });
});

describe('erasing a contact person (AVG)', () => {
  it('replaces the name in linked records and removes it from every table, index, the file and the WAL', () => {
    const fixture = openSignalFixture();
    const { db, ctx, filePath } = fixture;
    let closed = false;
    try {
      const organisation = createOrganisation(ctx, organisationDraft());
      const person = createContactPerson(ctx, personDraft({ name: NAME, organisationId: organisation.id, email: 'noor@example.org' }));
      updateContactPerson(ctx, person.id, 1, { ...person, phone: '06-11112222' });
      const kept = createContactPerson(ctx, personDraft({ name: 'Kees Blijft', organisationId: organisation.id }));
      // A signal heard at the contact moment, naming the person (with a double space: still the same name).
      const signal = createSignal(ctx, signalDraft({ title: `Zorgen van ${NAME}`, description: 'Volgens noor  qwertzanova7731 groeit de onrust.' }));
      const talk = insertTestContactMoment(db, {
        subject: `Gesprek met ${NAME}`,
        minutes: `NOOR QWERTZANOVA7731 vertelde over de wijk. Kees Blijft was er ook.`,
        personIds: [person.id, kept.id],
        organisationIds: [organisation.id],
        signalIds: [signal.id],
      });
      // What the contact moments service records on creation: the subject, with the name in it.
      recordChange(db, ctx.actor, { entity: 'contactMoment', entityId: talk.id, action: 'create', after: { subject: `Gesprek met ${NAME}` } }, ctx.now);
      const meeting = insertTestContactMoment(db, { subject: 'Netwerkoverleg', minutes: 'Algemeen.', personIds: [person.id] });
      const elsewhere = insertTestContactMoment(db, { subject: 'Overleg met Kees Blijft', personIds: [kept.id] });
      const call = insertTestAction(db, { contactMomentId: talk.id, description: `Bellen met noor qwertzanova7731`, result: `Gesproken met ${NAME}.` });
      const plain = insertTestAction(db, { contactMomentId: meeting.id, description: 'Verslag rondsturen' });

      // The scanners see the name before erasure, otherwise the checks below would prove nothing.
      expect(mentioning(db)).toEqual([
        'audit_payload',
        'contact_moments',
        'contact_moments_fts_data',
        'contact_persons',
        'follow_up_actions',
        'follow_up_actions_fts_data',
        'signals',
        'signals_fts_data',
      ]);
      expect(onDisk(filePath)).toBe(true);
      expect(ftsHits(db, 'contact_moments_fts', 'qwertzanova7731')).toBe(1);

      // A wrong confirmation changes nothing.
      const before = networkTableCounts(db);
      const refused = errorOf(() => eraseContactPerson(ctx, person.id, 'Noor'));
      expect(refused.code).toBe('INVALID_INPUT');
      expect(refused.issues).toEqual([{ path: 'confirmName', message: 'validation.confirmName' }]);
      expect(networkTableCounts(db)).toEqual(before);

      const erasure = eraseContactPerson(ctx, person.id, `  ${NAME} `);
      // The talk, its action and its signal named the person; the other meeting and action did not.
      // Payloads: the person's own two, the signal's creation and the talk's creation.
      expect(erasure).toEqual({ number: person.number, redactedRecords: 3, erasedAuditPayloads: 4 });

      expect(errorOf(() => getContactPerson(db, person.id)).code).toBe('NOT_FOUND');
      expect(mentioning(db)).toEqual([]);
      // Links went with the row; only the audit log still names the id.
      expect(tablesContaining(db, person.id).filter((table) => !table.startsWith('audit_'))).toEqual([]);
      for (const index of ['contact_moments_fts', 'follow_up_actions_fts', 'signals_fts'] as const) {
        expect(ftsHits(db, index, 'qwertzanova7731')).toBe(0);
        expect(ftsHits(db, index, 'noor')).toBe(0);
        expect(ftsHits(db, index, 'verwijderde contactpersoon')).toBe(1);
      }
      expect(fs.statSync(`${filePath}-wal`).size).toBe(0);
      expect(onDisk(filePath)).toBe(false);

      // The placeholder stands where the name stood, with a new version; the rest is untouched.
      expect(rowOf(db, 'contact_moments', talk.id)).toMatchObject({
        subject: `Gesprek met ${ERASED_PERSON_PLACEHOLDER}`,
        minutes: `${ERASED_PERSON_PLACEHOLDER} vertelde over de wijk. Kees Blijft was er ook.`,
        version: 2,
        updated_by: ctx.actor.adviserId,
      });
      expect(rowOf(db, 'follow_up_actions', call.id)).toMatchObject({
        description: `Bellen met ${ERASED_PERSON_PLACEHOLDER}`,
        result: `Gesproken met ${ERASED_PERSON_PLACEHOLDER}.`,
        version: 2,
      });
      expect(rowOf(db, 'signals', signal.id)).toMatchObject({
        title: `Zorgen van ${ERASED_PERSON_PLACEHOLDER}`,
        description: `Volgens ${ERASED_PERSON_PLACEHOLDER} groeit de onrust.`,
        version: 2,
      });
      expect(rowOf(db, 'contact_moments', meeting.id)).toMatchObject({ subject: 'Netwerkoverleg', version: 1 });
      expect(rowOf(db, 'follow_up_actions', plain.id)).toMatchObject({ description: 'Verslag rondsturen', version: 1 });
      expect(rowOf(db, 'contact_moments', elsewhere.id)).toMatchObject({ subject: 'Overleg met Kees Blijft', version: 1 });
      expect(getContactPerson(db, kept.id).name).toBe('Kees Blijft');
      expect(listContactPersons(db, { filters: { organisationIds: [organisation.id] } }).rows.map((row) => row.name)).toEqual(['Kees Blijft']);

      // Each redaction is recorded, naming only the number; the erasure itself too.
      for (const [entity, id] of [['contactMoment', talk.id], ['action', call.id], ['signal', signal.id]] as const) {
        expect(auditRows(db, entity, id).at(-1)).toEqual({
          action: 'update',
          beforeJson: null,
          afterJson: JSON.stringify({ redacted: person.number }),
          hasPayload: 1,
        });
      }
      const own = auditRows(db, 'contactPerson', person.id);
      expect(own.map((entry) => [entry.action, entry.hasPayload])).toEqual([['create', 0], ['update', 0], ['erase', 1]]);
      expect(own.at(-1)?.afterJson).toBe(JSON.stringify({ number: person.number }));
      // A chained entry lists which entries lost their data (numbers only), so verify can tell it from tampering.
      const listed = auditRows(db, 'auditPayload', person.id);
      expect(listed).toHaveLength(1);
      expect(JSON.parse(listed[0]!.afterJson!)).toMatchObject({ entity: 'contactPerson', seqs: expect.any(Array) });
      expect(listed[0]!.afterJson).not.toMatch(/qwertz/i);
      const verification = verifyAuditChain(db);
      expect(verification).toMatchObject({ valid: true, erasedPayloads: 4 });

      closeCaseFileDatabase(db);
      closed = true;
      expect(fs.existsSync(`${filePath}-wal`)).toBe(false);
      const closedFile = decryptedBytesOnDisk(filePath, PASSPHRASE);
      expect(closedFile.includes('Kees Blijft')).toBe(true); // the decryption works on the main file
      expect(NEEDLES.some((needle) => closedFile.includes(needle))).toBe(false);
    } finally {
      if (!closed) fixture.close();
    }
  });

  it('finds the whole name only, in text and inside JSON (also after an escaped line break)', () => {
    const { inText, inJson } = nameMatchers(' Jan  de Vries ');
    expect('Jan de Vries, JAN\nDE VRIES en Jan de Vriesman of MJan de Vries'.replace(inText, 'X')).toBe(
      'X, X en Jan de Vriesman of MJan de Vries',
    );
    const found = (value: unknown) => JSON.stringify(value).search(inJson) !== -1;
    expect(found({ minutes: 'Verslag:\nJan de Vries kwam.' })).toBe(true);
    expect(found({ minutes: 'Met jan\nde vries.' })).toBe(true);
    expect(found({ minutes: 'Jan de Vriesman' })).toBe(false);
    expect(found({ name: 'Özdemir' })).toBe(false);
    expect(JSON.stringify({ name: 'Aylin Özdemir' }).search(nameMatchers('AYLIN ÖZDEMIR').inJson)).not.toBe(-1);
  });

  it('erases a soft-deleted person, takes names with special characters literally, and refuses an unknown one', () => {
    withSignals(({ db, ctx }) => {
      const person = createContactPerson(ctx, personDraft({ name: 'J. (Jan) de Vries+' }));
      const moment = insertTestContactMoment(db, { subject: 'Met J. (Jan) de Vries+ en JX (Jan) de Vries', personIds: [person.id] });
      const unrelated = insertTestContactMoment(db, { subject: 'Met J. (Jan) de Vries+2', personIds: [person.id] });
      deleteContactPerson(ctx, person.id, 'Eerst zacht verwijderd');
      expect(eraseContactPerson(ctx, person.id, 'J. (Jan) de Vries+')).toMatchObject({ redactedRecords: 1 });
      expect(rowOf(db, 'contact_moments', moment.id).subject).toBe(`Met ${ERASED_PERSON_PLACEHOLDER} en JX (Jan) de Vries`);
      expect(rowOf(db, 'contact_moments', unrelated.id)).toMatchObject({ subject: 'Met J. (Jan) de Vries+2', version: 1 });
      expect(listContactPersons(db, { filters: { includeDeleted: true } }).total).toBe(0);
      expect(errorOf(() => eraseContactPerson(ctx, person.id, 'J. (Jan) de Vries+')).code).toBe('NOT_FOUND');
      expect(verifyAuditChain(db).valid).toBe(true);
    });
  });
});

describe('erasure touches exactly the history of the person and the records that named them', () => {
  const payloadCount = (db: Db) => (db.prepare('SELECT count(*) AS n FROM audit_payload').get() as { n: number }).n;
  const payloadsOfOthers = (db: Db, ids: string[]) =>
    db
      .prepare(
        `SELECT l.seq, p.after_json AS afterJson FROM audit_log l JOIN audit_payload p ON p.seq = l.seq
         WHERE l.entity_id NOT IN (SELECT value FROM json_each(?)) ORDER BY l.seq`,
      )
      .all(JSON.stringify(ids)) as { seq: number; afterJson: string | null }[];

  for (const name of ['Amsterdam', 'laag']) {
    it(`a person named "${name}" takes no unrelated history with them`, () => {
      withSignals(({ db, ctx }) => {
        // Unrelated records whose data holds the same word: a place, an urgency level.
        for (let n = 0; n < 5; n += 1) {
          createSignal(ctx, signalDraft({ title: `Onrust in Amsterdam ${n}`, description: 'Urgentie laag, in Amsterdam-Noord.', urgency: 'laag' }));
        }
        const organisation = createOrganisation(ctx, organisationDraft({ name: 'Stadsdeel Amsterdam', notes: 'Prioriteit laag.' }));
        const person = createContactPerson(ctx, personDraft({ name, organisationId: organisation.id }));
        const talk = insertTestContactMoment(db, { subject: `Gesprek met ${name}`, personIds: [person.id] });
        recordChange(db, ctx.actor, { entity: 'contactMoment', entityId: talk.id, action: 'create', after: { subject: `Gesprek met ${name}` } }, ctx.now);
        const unrelatedBefore = payloadsOfOthers(db, [person.id, talk.id]);
        expect(unrelatedBefore.filter((row) => (row.afterJson ?? '').includes(name)).length).toBeGreaterThanOrEqual(5);
        const totalBefore = payloadCount(db);

        const erasure = eraseContactPerson(ctx, person.id, name);
        // The person's creation and the talk's creation; nothing else.
        expect(erasure).toEqual({ number: person.number, redactedRecords: 1, erasedAuditPayloads: 2 });
        // The redaction, the erase entry and the list of erased entries were added; two payloads went.
        expect(payloadCount(db)).toBe(totalBefore - 2 + 3);
        expect(payloadsOfOthers(db, [person.id, talk.id]).slice(0, unrelatedBefore.length)).toEqual(unrelatedBefore);
        expect(rowOf(db, 'contact_moments', talk.id).subject).toBe(`Gesprek met ${ERASED_PERSON_PLACEHOLDER}`);
        expect(verifyAuditChain(db).valid).toBe(true);
      });
    });
  }
});

describe('an AVG export that cannot be audited', () => {
  it('leaves no file when the audit entry cannot be written, and no entry when the file cannot be placed', () => {
    withSignals(({ db, ctx }) => {
      const person = createContactPerson(ctx, personDraft({ name: 'Hasan Kaya' }));
      const dir = tempDir();
      const target = path.join(dir, 'inzage.txt');
      const exports = () => auditOf(db, 'contactPerson', person.id).filter((entry) => entry.action === 'export').length;
      // What a full disk does to the audit insert, without touching the case file's schema.
      db.exec("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
      expect(() => exportContactPerson(ctx, person.id, target)).toThrow(/disk is full/);
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(exports()).toBe(0);
      db.exec('DROP TRIGGER temp.full_disk');

      // Placing fails (a folder, not a file, stands at the chosen name): the entry rolls back with it.
      const folder = path.join(dir, 'map.txt');
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, 'iets'), 'x');
      expect(() => exportContactPerson(ctx, person.id, folder, { overwrite: true })).toThrow();
      expect(exports()).toBe(0);
      expect(fs.readdirSync(dir)).toEqual(['map.txt']);
      fs.rmSync(folder, { recursive: true });

      expect(exportContactPerson(ctx, person.id, target)).toBe(target);
      expect(exports()).toBe(1);
      expect(fs.readdirSync(dir)).toEqual(['inzage.txt']);
    });
  });
});

describe('the IPC channels for export and erasure', () => {
  it('asks where to save under a name without the person in it, writes there, and erases with the typed name', async () => {
    const dir = tempDir();
    const suggested: string[] = [];
    let answer: string | null = null;
    const choose = async (name: string) => {
      suggested.push(name);
      return answer;
    };
    const nothing = async () => null;
    const session = new CaseFileSession();
    const handlers = createHandlers({
      session,
      appState: new AppStateStore(path.join(dir, 'app')),
      dialogs: { chooseNewCaseFile: nothing, chooseCaseFile: nothing, chooseBackupDestination: nothing, chooseExportDestination: choose, chooseDocumentDestination: nothing },
      dataDir: path.join(dir, 'app'),
      now: () => new Date('2026-11-28T10:00:00Z'),
    });
    session.create({ path: path.join(dir, 'ipc.ess'), passphrase: PASSPHRASE, adviser: ADVISER });
    try {
      const created = await dispatch(handlers, 'contactPersons.create', { ...personDraft({ name: 'Eva Jansen' }) });
      if (!created.ok) throw new Error(created.error.message);
      const person = created.value as { id: string; number: string };

      // Cancelling the dialog writes nothing.
      expect(await dispatch(handlers, 'contactPersons.export', { id: person.id })).toEqual({ ok: true, value: { path: null } });
      expect(suggested).toEqual([`inzage-${person.number}-2026-11-28.txt`]);

      // The dialog has already asked about replacing, so an existing file is replaced (atomically).
      answer = path.join(dir, 'gekozen.txt');
      fs.writeFileSync(answer, 'oud');
      expect(await dispatch(handlers, 'contactPersons.export', { id: person.id })).toEqual({ ok: true, value: { path: answer } });
      expect(fs.readFileSync(answer, 'utf8')).toContain('Eva Jansen');

      const refused = await dispatch(handlers, 'contactPersons.erase', { id: person.id, confirmName: 'Eva' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'confirmName' }] } });
      // Two payloads of her own: the creation, and the export (which names only the file).
      expect(await dispatch(handlers, 'contactPersons.erase', { id: person.id, confirmName: 'Eva Jansen' })).toEqual({
        ok: true,
        value: { number: person.number, redactedRecords: 0, erasedAuditPayloads: 2 },
      });
      expect(await dispatch(handlers, 'contactPersons.export', { id: person.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(suggested).toHaveLength(2);
    } finally {
      session.close();
    }
  });
});
