import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBriefing } from '../../db/repositories/briefings';
import { eraseContactPerson } from '../../electron/services/contactPersons/erase';
import { downloadExport, exportBriefing } from '../../electron/services/briefings/export';
import { listExports } from '../../electron/services/briefings/reads';
import { createBriefing } from '../../electron/services/briefings/writes';
import { createContactPerson } from '../../electron/services/contactPersons/writes';
import { verifyAuditChain } from '../../electron/services/audit';
import { ERASED_SIGNAL_PLACEHOLDER, eraseSignal } from '../../electron/services/signals/erase';
import { AMSTERDAM, insertBriefingSignal, marchDraft } from '../support/briefings';
import { errorOf, openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';
import { insertTestContactMoment, personDraft } from '../support/network';
import { tempDir } from '../support/tempDir';

/**
 * An erasure (AVG) reaches the briefing notes built from what it erases: the
 * draft loses the record and its copied text, and stored copies of exports
 * that included it are withdrawn (their bytes cannot be rewritten), while
 * the export's trace (date, sha256, record ids) stays.
 */

let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
});
afterAll(() => file.close());

function storedNumber(id: string): string {
  return (file.db.prepare('SELECT number FROM signals WHERE id = ?').get(id) as { number: string }).number;
}

describe('erasing a signal that a note was built from', () => {
  it('removes it from the draft, replaces its copied title and withdraws the stored copy', async () => {
    const ctx = file.ctx();
    const title = 'Intimidatie van bezoekers bij het buurthuis';
    const erased = insertBriefingSignal(file.db, { title, receivedOn: '2026-03-03', municipalities: [AMSTERDAM], themes: ['polarisatie'] });
    const kept = insertBriefingSignal(file.db, { title: 'Spandoeken bij de sporthal', receivedOn: '2026-03-04', municipalities: [AMSTERDAM], themes: ['polarisatie'] });
    const briefing = createBriefing(
      ctx,
      marchDraft('informatienota', {
        selection: { signalIds: [erased, kept] },
        sections: { aanleiding: `Aanleiding: ${title}.`, kernpunten: 'Twee signalen.' },
      }),
    );
    const { export: exported } = await exportBriefing(ctx, { id: briefing.id });
    const otherBriefing = createBriefing(ctx, marchDraft('informatienota', { selection: { signalIds: [kept] }, sections: { aanleiding: 'Los hiervan.' } }));
    const { export: untouched } = await exportBriefing(ctx, { id: otherBriefing.id });

    eraseSignal(file.ctx('2026-03-16T09:00:00Z'), erased, storedNumber(erased));

    const draft = JSON.parse(findBriefing(file.db, briefing.id)!.draftJson) as { selection: { signalIds: string[] }; sections: { aanleiding: string } };
    expect(draft.selection.signalIds).toEqual([kept]);
    expect(draft.sections.aanleiding).toBe(`Aanleiding: ${ERASED_SIGNAL_PLACEHOLDER}.`);

    const [withdrawn] = listExports(file.db, briefing.id);
    expect(withdrawn).toMatchObject({ id: exported.id, sha256: exported.sha256, withdrawnAt: '2026-03-16T09:00:00.000Z' });
    expect(errorOf(() => downloadExport(file.ctx(), exported.id, `${tempDir()}/again.docx`)).code).toBe('NOT_FOUND');
    expect(file.db.prepare('SELECT content IS NULL AS gone, instr(draft, ?) AS mentions FROM briefing_exports WHERE id = ?').get(title, exported.id)).toEqual({
      gone: 1,
      mentions: 0,
    });

    // A note that never included the signal keeps its copy.
    expect(listExports(file.db, otherBriefing.id)[0]!.withdrawnAt).toBeNull();
    expect(downloadExport(file.ctx(), untouched.id, `${tempDir()}/kept.docx`).sha256).toBe(untouched.sha256);
    expect(verifyAuditChain(file.db).valid).toBe(true);
  });
});

describe('erasing a contact person named in a note', () => {
  it('replaces the name in drafts and withdraws copies built from the rewritten records', async () => {
    const ctx = file.ctx();
    const person = createContactPerson(ctx, personDraft({ name: 'Yusuf Demirtaş' }));
    const moment = insertTestContactMoment(file.db, {
      heldOn: '2026-03-05',
      subject: 'Gesprek met Yusuf Demirtaş over de moskee',
      municipalities: [AMSTERDAM],
      personIds: [person.id],
    });
    const briefing = createBriefing(
      ctx,
      marchDraft('signaleringsoverzicht', { sections: { aanleiding: 'Volgens yusuf demirtaş neemt de spanning toe.' } }),
    );
    const { export: exported } = await exportBriefing(ctx, { id: briefing.id });
    expect(exported.records.contactMoments).toContain(moment.id);

    const erasure = eraseContactPerson(file.ctx('2026-03-17T09:00:00Z'), person.id, 'Yusuf Demirtaş');
    expect(erasure.redactedRecords).toBe(1);

    const draftJson = findBriefing(file.db, briefing.id)!.draftJson;
    expect(draftJson).toContain('Volgens [verwijderde contactpersoon] neemt de spanning toe.');
    expect(listExports(file.db, briefing.id)[0]!.withdrawnAt).toBe('2026-03-17T09:00:00.000Z');
    expect(file.db.prepare('SELECT content IS NULL AS gone FROM briefing_exports WHERE id = ?').get(exported.id)).toEqual({ gone: 1 });
    const snapshots = file.db.prepare('SELECT draft FROM briefing_exports').all() as { draft: string }[];
    expect(snapshots.filter(({ draft }) => /yusuf/i.test(draft))).toEqual([]);
    expect(verifyAuditChain(file.db).valid).toBe(true);
  });
});
