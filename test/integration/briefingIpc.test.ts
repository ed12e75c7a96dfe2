import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { renderBriefing } from '../../electron/briefing/build';
import type { BriefingDocumentModel } from '../../shared/domain/briefingDocument';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';
import type { BriefingExportResult, BriefingListItem, BriefingPreviewView } from '../../shared/contract/briefingChannels';
import type { Briefing, BriefingExport, HouseStyle } from '../../shared/domain/briefing';
import type { Result } from '../../shared/errors';
import { marchDraft, seedBriefingRecords, SPECIAL, type SeededRecords } from '../support/briefings';
import { ADVISER, PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

/**
 * The briefing channels as the renderer uses them: through the contract's
 * validation and the handler table, with a double for the save dialog.
 */

interface Setup {
  dir: string;
  handlers: Handlers;
  seeded: SeededRecords;
  /** What the next save dialog answers (null = cancelled), and the names it was offered. */
  dialog: { next: string | null; suggested: string[] };
  rendered: BriefingDocumentModel[];
  session: CaseFileSession;
}

let open: CaseFileSession | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function setUp(): Setup {
  const dir = tempDir();
  const dialog = { next: null as string | null, suggested: [] as string[] };
  const nothing = async () => null;
  const rendered: BriefingDocumentModel[] = [];
  const session = new CaseFileSession();
  open = session;
  const handlers = createHandlers({
    session,
    appState: new AppStateStore(path.join(dir, 'app')),
    dialogs: {
      chooseNewCaseFile: nothing,
      chooseCaseFile: nothing,
      chooseBackupDestination: nothing,
      chooseExportDestination: nothing,
      chooseDocumentDestination: async (name) => {
        dialog.suggested.push(name);
        return dialog.next;
      },
    },
    dataDir: path.join(dir, 'app'),
    now: () => new Date('2026-03-15T10:00:00Z'),
    // Stands in for the worker thread, so the test sees that the export goes through it.
    renderBriefing: (model) => {
      rendered.push(model);
      return renderBriefing(model);
    },
  });
  session.create({ path: path.join(dir, 'nota.ess'), passphrase: PASSPHRASE, adviser: ADVISER });
  const seeded = seedBriefingRecords(session.current().db);
  return { dir, handlers, seeded, dialog, rendered, session };
}

async function ok<T>(work: Promise<Result<unknown>>): Promise<T> {
  const result = await work;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refused(work: Promise<Result<unknown>>): Promise<{ code: string; paths: string[] }> {
  const result = await work;
  if (result.ok) throw new Error('expected a refusal');
  return { code: result.error.code, paths: (result.error.issues ?? []).map((issue) => issue.path) };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml']!);
async function briefingCount(setup: Setup): Promise<number> {
  return (await ok<BriefingListItem[]>(dispatch(setup.handlers, 'briefings.list', { includeDeleted: true }))).length;
}

describe('the briefing channels', () => {
  it('create, update and preview a draft; export writes the .docx where the dialog said and keeps the version', async () => {
    const setup = setUp();
    const { handlers, seeded, dialog, dir } = setup;
    const draft = { kind: 'informatienota', recipient: 'BZK', selection: { signalIds: [seeded.signals.special, seeded.signals.discrimination] } };
    const created = await ok<Briefing>(dispatch(handlers, 'briefings.create', { draft }));
    expect(created).toMatchObject({ reference: 'ESS-2026-0001', status: 'concept', version: 1 });

    const changed = { ...draft, sections: { aanleiding: 'Twee signalen uit de wijk.', kernpunten: '- Onrust\n- Leuzen' } };
    const updated = await ok<Briefing>(dispatch(handlers, 'briefings.update', { id: created.id, version: 1, draft: changed }));
    expect(updated.version).toBe(2);
    expect(updated.draft.sections.aanleiding).toBe('Twee signalen uit de wijk.');

    const preview = await ok<BriefingPreviewView>(dispatch(handlers, 'briefings.preview', { draft: changed, id: created.id }));
    expect(preview.model.reference).toBe('ESS-2026-0001');
    expect(preview.model.to).toBe('Minister van Binnenlandse Zaken en Koninkrijksrelaties');
    expect(preview.model.signals.map((line) => line.title)).toEqual([SPECIAL, 'Discriminerende leuzen bij moskee']);
    expect(new Set(preview.records.signals)).toEqual(new Set([seeded.signals.special, seeded.signals.discrimination]));
    expect(preview.model.draftedBy).toBe(`${ADVISER.name} (${ADVISER.initials})`);

    dialog.next = path.join(dir, 'gekozen.docx');
    const exported = await ok<BriefingExportResult>(dispatch(handlers, 'briefings.export', { id: created.id }));
    expect(dialog.suggested).toEqual(['ESS-2026-0001 Informatienota.docx']);
    expect(exported.path).toBe(dialog.next);
    const bytes = fs.readFileSync(dialog.next);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(documentXml(bytes)).toContain('Discriminerende leuzen bij moskee');
    if (exported.path === null) throw new Error('expected a file');
    expect(exported.export).toMatchObject({ version: 1, sha256: sha256(bytes), fileName: 'gekozen.docx', classification: 'ongerubriceerd' });
    expect(setup.rendered).toHaveLength(1);

    const versions = await ok<BriefingExport[]>(dispatch(handlers, 'briefings.exports', { briefingId: created.id }));
    expect(versions.map((v) => v.sha256)).toEqual([exported.export.sha256]);
    const list = await ok<BriefingListItem[]>(dispatch(handlers, 'briefings.list', {}));
    expect(list).toEqual([expect.objectContaining({ id: created.id, recipient: 'BZK', exportCount: 1, deletedAt: null })]);
  });

  it('writes and records nothing when the save dialog is cancelled', async () => {
    const setup = setUp();
    const created = await ok<Briefing>(dispatch(setup.handlers, 'briefings.create', { draft: marchDraft('informatienota') }));
    expect(await ok(dispatch(setup.handlers, 'briefings.export', { id: created.id }))).toEqual({ path: null });
    expect(fs.readdirSync(setup.dir).filter((name) => name.endsWith('.docx'))).toEqual([]);
    expect(await ok(dispatch(setup.handlers, 'briefings.exports', { briefingId: created.id }))).toEqual([]);
    expect(setup.rendered).toHaveLength(0);
  });

  it('downloads a stored version again byte for byte; a name typed without .docx never replaces a file', async () => {
    const setup = setUp();
    const { handlers, dialog, dir } = setup;
    const created = await ok<Briefing>(dispatch(handlers, 'briefings.create', { draft: marchDraft('signaleringsoverzicht') }));
    dialog.next = path.join(dir, 'eerste.docx');
    const exported = await ok<BriefingExportResult>(dispatch(handlers, 'briefings.export', { id: created.id }));
    if (exported.path === null) throw new Error('expected a file');
    const original = fs.readFileSync(exported.path);

    // The dialog asked before replacing this file, so it is replaced.
    dialog.next = path.join(dir, 'opnieuw.docx');
    fs.writeFileSync(dialog.next, 'oud');
    const again = await ok<{ path: string; sha256: string }>(dispatch(handlers, 'briefings.download', { exportId: exported.export.id }));
    expect(dialog.suggested.at(-1)).toBe('ESS-2026-0001 Signaleringsoverzicht versie 1.docx');
    expect(again).toEqual({ path: dialog.next, sha256: exported.export.sha256 });
    expect(fs.readFileSync(dialog.next).equals(original)).toBe(true);

    // "kopie" gets .docx; kopie.docx exists and the dialog never asked about it.
    fs.writeFileSync(path.join(dir, 'kopie.docx'), 'niet vervangen');
    dialog.next = path.join(dir, 'kopie');
    expect(await refused(dispatch(handlers, 'briefings.download', { exportId: exported.export.id }))).toMatchObject({ code: 'FILE_EXISTS' });
    expect(fs.readFileSync(path.join(dir, 'kopie.docx'), 'utf8')).toBe('niet vervangen');

    dialog.next = null;
    expect(await ok(dispatch(handlers, 'briefings.download', { exportId: exported.export.id }))).toEqual({ path: null });
  });

  it.each([
    ['briefings.create', { draft: { kind: 'memo' } }, 'draft.kind'],
    ['briefings.create', { draft: { kind: 'informatienota' }, path: '/tmp/x.docx' }, ''],
    ['briefings.create', { draft: { kind: 'informatienota', selection: { from: '2026-04-01', to: '2026-03-01' } } }, 'draft.selection.to'],
    ['briefings.create', { draft: { kind: 'signaleringsoverzicht' } }, 'draft.selection.from'],
    ['briefings.update', { id: 'niet-een-id', version: 1, draft: { kind: 'beslisnota' } }, 'id'],
    ['briefings.setStatus', { id: '6f1c1f3e-8a55-4c1e-9d7e-0f6a3b1f2c11', version: 1, status: 'gearchiveerd' }, 'status'],
    ['briefings.export', { id: '6f1c1f3e-8a55-4c1e-9d7e-0f6a3b1f2c11', outPath: '/tmp/x.docx' }, ''],
    ['briefings.download', { exportId: 'x' }, 'exportId'],
    ['houseStyle.update', { houseStyle: { referencePattern: 'ESS-{jjjj}' } }, 'houseStyle.referencePattern'],
  ])('refuses a malformed %s request with INVALID_INPUT and changes nothing', async (channel, payload, field) => {
    const setup = setUp();
    const result = await refused(dispatch(setup.handlers, channel, payload));
    expect(result.code).toBe('INVALID_INPUT');
    if (field) expect(result.paths).toContain(field);
    expect(await briefingCount(setup)).toBe(0);
    expect(setup.dialog.suggested).toEqual([]);
  });

  it('refuses unknown records and recipients from the case file itself', async () => {
    const setup = setUp();
    const unknown = '6f1c1f3e-8a55-4c1e-9d7e-0f6a3b1f2c11';
    expect(await refused(dispatch(setup.handlers, 'briefings.create', { draft: { kind: 'informatienota', selection: { signalIds: [unknown] } } }))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['selection.signalIds'],
    });
    expect(await refused(dispatch(setup.handlers, 'briefings.create', { draft: { kind: 'informatienota', recipient: 'XYZ' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['recipient'],
    });
    expect(await refused(dispatch(setup.handlers, 'briefings.export', { id: unknown }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await briefingCount(setup)).toBe(0);
  });

  it('refuses a classification lower than the content without a reason; with one, the export carries it', async () => {
    const setup = setUp();
    const { handlers, seeded, dialog, dir } = setup;
    const selection = { signalIds: [seeded.signals.confidential] };
    const preview = await ok<BriefingPreviewView>(
      dispatch(handlers, 'briefings.preview', { draft: { kind: 'beslisnota', selection, classification: 'ongerubriceerd' } }),
    );
    expect(preview).toMatchObject({ contentClassification: 'departementaal-vertrouwelijk', classification: 'ongerubriceerd', overrideMissing: true });

    const lower = { kind: 'beslisnota', selection, classification: 'ongerubriceerd' };
    expect(await refused(dispatch(handlers, 'briefings.create', { draft: lower }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['classificationOverride.reason'],
    });
    expect(await briefingCount(setup)).toBe(0);

    const reasoned = { ...lower, classificationOverride: { reason: 'Alleen openbare feiten opgenomen.' } };
    const created = await ok<Briefing>(dispatch(handlers, 'briefings.create', { draft: reasoned }));
    expect(created.classification).toBe('ongerubriceerd');
    dialog.next = path.join(dir, 'lager.docx');
    const exported = await ok<BriefingExportResult>(dispatch(handlers, 'briefings.export', { id: created.id }));
    if (exported.path === null) throw new Error('expected a file');
    expect(exported.export).toMatchObject({ classification: 'ongerubriceerd', classificationOverride: 'Alleen openbare feiten opgenomen.' });
  });

  it('moves a note through its statuses, and deletes and restores it', async () => {
    const setup = setUp();
    const { handlers, dialog, dir } = setup;
    const created = await ok<Briefing>(dispatch(handlers, 'briefings.create', { draft: marchDraft('informatienota') }));
    const offered = await ok<Briefing>(dispatch(handlers, 'briefings.setStatus', { id: created.id, version: 1, status: 'ter-parafering' }));
    expect(offered.status).toBe('ter-parafering');
    expect(await refused(dispatch(handlers, 'briefings.setStatus', { id: created.id, version: 2, status: 'verzonden' }))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['status'],
    });
    dialog.next = path.join(dir, 'verzonden.docx');
    await ok(dispatch(handlers, 'briefings.export', { id: created.id }));
    const sent = await ok<Briefing>(dispatch(handlers, 'briefings.setStatus', { id: created.id, version: 2, status: 'verzonden' }));
    expect(sent.status).toBe('verzonden');
    expect(await refused(dispatch(handlers, 'briefings.update', { id: created.id, version: 3, draft: marchDraft('informatienota') }))).toMatchObject({
      code: 'INVALID_INPUT',
    });

    const deleted = await ok<Briefing>(dispatch(handlers, 'briefings.delete', { id: created.id, reason: 'Dubbel aangemaakt' }));
    expect(deleted.deletedAt).not.toBeNull();
    expect(await ok<BriefingListItem[]>(dispatch(handlers, 'briefings.list', {}))).toEqual([]);
    expect(await ok<BriefingListItem[]>(dispatch(handlers, 'briefings.list', { includeDeleted: true }))).toHaveLength(1);
    expect((await ok<Briefing>(dispatch(handlers, 'briefings.restore', { id: created.id }))).deletedAt).toBeNull();
  });

  it('reads and saves the house style, which the next note uses', async () => {
    const setup = setUp();
    const { handlers } = setup;
    const style = await ok<HouseStyle>(dispatch(handlers, 'houseStyle.get', {}));
    expect(style.recipients.map((r) => r.code)).toEqual(['SZW', 'BZK', 'JenV/NCTV', 'BZ', 'OCW']);
    const saved = await ok<HouseStyle>(
      dispatch(handlers, 'houseStyle.update', {
        houseStyle: { ...style, referencePattern: 'NOTA/{jj}/{nnn}', recipients: [...style.recipients, { code: 'VWS', name: 'Minister van VWS' }], defaultRecipient: 'VWS' },
      }),
    );
    expect(saved.defaultRecipient).toBe('VWS');
    const created = await ok<Briefing>(dispatch(handlers, 'briefings.create', { draft: { kind: 'informatienota' } }));
    expect(created.reference).toBe('NOTA/26/001');
    const preview = await ok<BriefingPreviewView>(dispatch(handlers, 'briefings.preview', { draft: { kind: 'informatienota' } }));
    expect(preview.model.to).toBe('Minister van VWS');

    // A reference with a slash makes no folders of the suggested file name.
    setup.dialog.next = null;
    await ok(dispatch(handlers, 'briefings.export', { id: created.id }));
    expect(setup.dialog.suggested).toEqual(['NOTA-26-001 Informatienota.docx']);
  });
});
