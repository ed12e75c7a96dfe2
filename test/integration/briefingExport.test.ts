import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing } from '../../electron/briefing/build';
import { renderInWorker } from '../../electron/briefing/runInWorker';
import { downloadExport, exportBriefing, exportContent } from '../../electron/services/briefings/export';
import { getHouseStyle, updateHouseStyle } from '../../electron/services/briefings/houseStyle';
import { draftDocumentModel, listBriefings, listExports, previewBriefing } from '../../electron/services/briefings/reads';
import { createBriefing, setBriefingStatus, updateBriefing } from '../../electron/services/briefings/writes';
import { AppError } from '../../shared/errors';
import { marchDraft, paragraphsOf, seedBriefingRecords, unzipDocx, type SeededRecords } from '../support/briefings';
import { auditOf, errorOf, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { tempDir } from '../support/tempDir';

/**
 * Exporting notes: what the case file keeps of every version (bytes, sha256,
 * the records it was built from), atomic writes, the classification rules
 * with their audit trail, drafts and their statuses, the house style.
 */

let file: TestCaseFile;
let seeded: SeededRecords;

beforeAll(() => {
  file = openTestCaseFile();
  seeded = seedBriefingRecords(file.db);
});
afterAll(() => file.close());

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function failureOf(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const exportRows = (): number => (file.db.prepare('SELECT count(*) AS n FROM briefing_exports').get() as { n: number }).n;

describe('briefing exports', () => {
  it('stores every export with its bytes, sha256 and the ids of the records it was built from; a download is identical', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'nota.docx');
    const result = await exportBriefing(file.ctx(), { draft: marchDraft('signaleringsoverzicht') }, { outPath: out });
    const written = fs.readFileSync(out);
    expect(result.export.sha256).toBe(sha256(written));
    expect(result.export).toMatchObject({ version: 1, fileName: 'nota.docx', size: written.length, classification: 'ongerubriceerd' });
    expect(new Set(result.export.records.signals)).toEqual(new Set([seeded.signals.special, seeded.signals.discrimination, seeded.signals.personal]));
    expect(result.export.records.actions).toEqual([seeded.actions.open]);
    expect(result.export.records.contactMoments).toEqual([seeded.contactMoments.inPeriod]);
    expect(result.export.records.cases).toEqual([]);

    const again = await exportBriefing(file.ctx('2026-03-16T09:00:00Z'), { id: result.briefing.id });
    expect(again.export.version).toBe(2);
    expect(again.path).toBeNull();
    expect(listExports(file.db, result.briefing.id).map((e) => e.version)).toEqual([2, 1]);

    const copy = path.join(dir, 'opnieuw.docx');
    expect(downloadExport(file.ctx(), result.export.id, copy)).toEqual({ path: copy, sha256: result.export.sha256 });
    expect(fs.readFileSync(copy).equals(written)).toBe(true);
    expect(sha256(exportContent(file.db, again.export.id).bytes)).toBe(again.export.sha256);
    const exports = auditOf(file.db, 'briefing', result.briefing.id).filter((entry) => entry.action === 'export');
    expect(exports).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ sha256: result.export.sha256, version: 1, records: { signals: 3, cases: 0, actions: 1, contactMoments: 1 } }) }),
      expect.objectContaining({ after: expect.objectContaining({ version: 2 }) }),
      expect.objectContaining({ after: expect.objectContaining({ version: 1, again: true, fileName: 'opnieuw.docx' }) }),
    ]);
  });

  it('never damages an existing file: FILE_EXISTS, the old bytes stay, nothing is stored', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'bestaat.docx');
    fs.writeFileSync(out, 'oude inhoud');
    const before = exportRows();
    expect((await failureOf(exportBriefing(file.ctx(), { draft: marchDraft('informatienota') }, { outPath: out }))).code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(out, 'utf8')).toBe('oude inhoud');
    expect(exportRows()).toBe(before);
    expect(downloadExport.bind(null, file.ctx(), 'x', out)).toThrow();
  });

  it('leaves no file, no temporary file and no export when building fails or the target appears meanwhile', async () => {
    const briefing = createBriefing(file.ctx(), marchDraft('informatienota'));
    const dir = tempDir();
    const out = path.join(dir, 'nota.docx');
    const before = exportRows();
    const broken = await failureOf(
      exportBriefing(file.ctx(), { id: briefing.id }, { outPath: out, render: () => Promise.reject(new AppError('INTERNAL', 'pack failed')) }),
    );
    expect(broken.code).toBe('INTERNAL');
    expect(fs.readdirSync(dir)).toEqual([]);

    // Someone else writes the target while the note is packed: the export is rolled back, their file kept.
    const racing = await failureOf(
      exportBriefing(file.ctx(), { id: briefing.id }, {
        outPath: out,
        render: async (model) => {
          const bytes = await renderBriefing(model);
          fs.writeFileSync(out, 'van een ander');
          return bytes;
        },
      }),
    );
    expect(racing.code).toBe('FILE_EXISTS');
    expect(fs.readdirSync(dir)).toEqual(['nota.docx']);
    expect(fs.readFileSync(out, 'utf8')).toBe('van een ander');
    expect(exportRows()).toBe(before);
    expect(auditOf(file.db, 'briefing', briefing.id).map((entry) => entry.action)).toEqual(['create']);
  });

  it('defaults the classification to the highest among the included records', async () => {
    const result = await exportBriefing(file.ctx(), { draft: { kind: 'informatienota', selection: { signalIds: [seeded.signals.special, seeded.signals.confidential] } } });
    expect(result.export.classification).toBe('departementaal-vertrouwelijk');
    expect(result.export.classificationOverride).toBeNull();
    const header = unzipDocx(exportContent(file.db, result.export.id).bytes)['word/header1.xml']!;
    expect(header).toContain('DEPARTEMENTAAL VERTROUWELIJK');
  });

  it('refuses a lower classification without a reason, and logs the override when one is given', async () => {
    const draft = { kind: 'informatienota' as const, classification: 'ongerubriceerd' as const, selection: { signalIds: [seeded.signals.confidential] } };
    const dir = tempDir();
    const before = file.db.prepare('SELECT count(*) AS n FROM briefings').get();
    const refused = await failureOf(exportBriefing(file.ctx(), { draft }, { outPath: path.join(dir, 'laag.docx') }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.issues).toEqual([{ path: 'classificationOverride.reason', message: 'briefing.validation.classificationTooLow' }]);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(file.db.prepare('SELECT count(*) AS n FROM briefings').get()).toEqual(before);

    const reason = 'Alleen de openbare feiten uit het signaal zijn gebruikt.';
    const result = await exportBriefing(file.ctx(), { draft: { ...draft, classificationOverride: { reason } } });
    expect(result.export).toMatchObject({ classification: 'ongerubriceerd', classificationOverride: reason });
    const audit = auditOf(file.db, 'briefing', result.briefing.id);
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'export', 'update']);
    expect(audit[0]!.after).toMatchObject({ classification: 'ongerubriceerd', classificationOverride: { reason } });
    expect(audit[2]).toMatchObject({
      before: { classification: 'departementaal-vertrouwelijk' },
      after: { classification: 'ongerubriceerd', classificationOverride: { reason, exportVersion: 1 } },
    });

    const higher = await exportBriefing(file.ctx(), { draft: marchDraft('informatienota', { classification: 'departementaal-vertrouwelijk' }) });
    expect(higher.export).toMatchObject({ classification: 'departementaal-vertrouwelijk', classificationOverride: null });
  });

  it('saves drafts with audited changes, versions and statuses; only an exported note can be sent, and then it is final', async () => {
    const created = createBriefing(file.ctx(), marchDraft('beslisnota'));
    expect(created).toMatchObject({ status: 'concept', version: 1, exportCount: 0, reference: expect.stringMatching(/^ESS-2026-\d{4}$/) });
    const changed = updateBriefing(file.ctx(), created.id, 1, { ...marchDraft('beslisnota'), sections: { aanleiding: 'Nieuwe aanleiding.' } });
    expect(changed.version).toBe(2);
    expect(auditOf(file.db, 'briefing', created.id)[1]).toMatchObject({
      action: 'update',
      before: { aanleiding: 'Er zijn signalen over spanningen rond een buurthuis.', kernpunten: '- Eerste punt\n- Tweede punt' },
      after: { aanleiding: 'Nieuwe aanleiding.', kernpunten: '' },
    });
    expect(errorOf(() => updateBriefing(file.ctx(), created.id, 1, marchDraft('beslisnota'))).code).toBe('CONFLICT');
    expect(errorOf(() => setBriefingStatus(file.ctx(), created.id, 2, 'verzonden')).issues).toEqual([{ path: 'status', message: 'briefing.validation.statusStep' }]);
    const waiting = setBriefingStatus(file.ctx(), created.id, 2, 'ter-parafering');
    expect(errorOf(() => setBriefingStatus(file.ctx(), created.id, waiting.version, 'verzonden')).issues).toEqual([
      { path: 'status', message: 'briefing.validation.exportFirst' },
    ]);
    await exportBriefing(file.ctx(), { id: created.id });
    const sent = setBriefingStatus(file.ctx(), created.id, waiting.version, 'verzonden');
    expect(sent).toMatchObject({ status: 'verzonden', exportCount: 1 });
    expect(errorOf(() => updateBriefing(file.ctx(), created.id, sent.version, marchDraft('beslisnota'))).issues).toEqual([
      { path: 'status', message: 'briefing.validation.sentIsFinal' },
    ]);
    expect(listBriefings(file.db).find((row) => row.id === created.id)).toMatchObject({ status: 'verzonden', exportCount: 1 });
  });

  it('refuses unknown themes, municipalities, cases, signals and recipients, and a period without order, writing nothing', () => {
    const before = file.db.prepare('SELECT count(*) AS n FROM briefings').get();
    const error = errorOf(() =>
      createBriefing(file.ctx(), {
        kind: 'informatienota',
        recipient: 'XYZ',
        selection: {
          from: '2026-04-01',
          to: '2026-03-01',
          themes: ['bestaat-niet'],
          municipalities: ['GM9999'],
          caseIds: ['00000000-0000-4000-8000-000000000000'],
        },
      }),
    );
    expect(error.issues).toEqual([{ path: 'selection.to', message: 'validation.periodOrder' }]);
    const unknown = errorOf(() =>
      createBriefing(file.ctx(), {
        kind: 'informatienota',
        recipient: 'XYZ',
        selection: { themes: ['bestaat-niet'], municipalities: ['GM9999'], caseIds: ['00000000-0000-4000-8000-000000000000'], signalIds: [seeded.signals.deleted] },
      }),
    );
    expect(unknown.issues?.map((issue) => issue.path)).toEqual(['selection.themes', 'selection.municipalities', 'selection.caseIds', 'selection.signalIds', 'recipient']);
    expect(errorOf(() => createBriefing(file.ctx(), { kind: 'signaleringsoverzicht' })).issues).toEqual([
      { path: 'selection.from', message: 'briefing.validation.periodRequired' },
    ]);
    expect(file.db.prepare('SELECT count(*) AS n FROM briefings').get()).toEqual(before);
  });

  it('previews a draft: records, counts, suggestions and a missing override, without writing', () => {
    const audit = auditOf(file.db, 'settings', 'houseStyle').length;
    const preview = previewBriefing(
      file.db,
      { kind: 'informatienota', classification: 'ongerubriceerd', selection: { signalIds: [seeded.signals.confidential, seeded.signals.special] } },
      { now: file.ctx().now },
    );
    expect(preview).toMatchObject({ contentClassification: 'departementaal-vertrouwelijk', classification: 'ongerubriceerd', overrideMissing: true });
    expect(preview.model.signals.map((signal) => signal.number)).toEqual(['SIG-2026-0001', 'SIG-2026-0007']);
    expect(preview.suggestions.toelichting).toBe('- SIG-2026-0001: Oplopende spanning in de wijk.');
    expect(preview.suggestions.kernpunten).toContain('- 2 signalen in de geselecteerde periode.');
    expect(auditOf(file.db, 'settings', 'houseStyle')).toHaveLength(audit);
  });

  it('follows the house style: reference pattern, recipients, organisation; refuses a bad pattern or logo', () => {
    const style = updateHouseStyle(file.ctx(), {
      directorate: 'Directie Samenleving en Integratie',
      referencePattern: 'SZW/ESS/{jj}-{nnn}',
      recipients: [{ code: 'DG', name: 'Directeur-generaal Sociale Zekerheid en Integratie' }],
      defaultRecipient: 'DG',
    });
    try {
      expect(getHouseStyle(file.db)).toEqual(style);
      const briefing = createBriefing(file.ctx(), { kind: 'informatienota', recipient: 'dg' });
      expect(briefing.reference).toMatch(/^SZW\/ESS\/26-\d{3}$/);
      expect(briefing.draft.recipient).toBe('DG');
      const preview = previewBriefing(file.db, briefing.draft, { now: file.ctx().now });
      expect(preview.model).toMatchObject({ to: 'Directeur-generaal Sociale Zekerheid en Integratie', from: 'Directie Samenleving en Integratie, Expertise-unit Sociale Stabiliteit' });
      expect(errorOf(() => updateHouseStyle(file.ctx(), { referencePattern: 'ESS-{jjjj}' })).issues).toEqual([
        { path: 'referencePattern', message: 'briefing.validation.referencePattern' },
      ]);
      expect(errorOf(() => updateHouseStyle(file.ctx(), { logo: { mime: 'image/png', base64: Buffer.from('geen plaatje, wel tekst').toString('base64') } })).issues).toEqual([
        { path: 'logo.base64', message: 'briefing.validation.logoUnreadable' },
      ]);
      expect(auditOf(file.db, 'settings', 'houseStyle').at(-1)?.after).toMatchObject({ referencePattern: 'SZW/ESS/{jj}-{nnn}' });
    } finally {
      updateHouseStyle(file.ctx(), {});
    }
  });

  it('packs in a worker thread to the same document as inline', async () => {
    const model = draftDocumentModel(file.db, marchDraft('signaleringsoverzicht'), { now: file.ctx().now });
    const inWorker = unzipDocx(
      await renderInWorker(model, { workerUrl: new URL('../../electron/briefing/worker.ts', import.meta.url), tsxApiUrl: import.meta.resolve('tsx/esm/api') }),
    );
    const inline = unzipDocx(await renderBriefing(model));
    // Relationship ids are random per pack; the text and tables are the same.
    expect(paragraphsOf(inWorker['word/document.xml']!)).toEqual(paragraphsOf(inline['word/document.xml']!));
    expect(Object.keys(inWorker).sort()).toEqual(Object.keys(inline).sort());
  });
});
