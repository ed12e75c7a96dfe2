import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';
import { MAX_DRAFT_VALUES_CHARS } from '../../shared/contract/draftChannels';
import type { Result } from '../../shared/errors';
import { PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

/** The renderer's way in: the real handler table over a real encrypted case file. */
async function setUp() {
  const dir = tempDir();
  const dialogs = { next: null as string | null };
  const take = async () => dialogs.next;
  const session = new CaseFileSession();
  const handlers = createHandlers({
    session,
    appState: new AppStateStore(path.join(dir, 'app')),
    dialogs: { chooseNewCaseFile: take, chooseCaseFile: take, chooseBackupDestination: take, chooseExportDestination: take, chooseDocumentDestination: take },
    dataDir: path.join(dir, 'app'),
    now: () => new Date('2026-03-12T13:02:00.000Z'),
  });
  const file = path.join(dir, 'drafts.ess');
  dialogs.next = file;
  await dispatch(handlers, 'dialog.chooseNewCaseFile', {});
  const created = await dispatch(handlers, 'caseFile.create', { path: file, passphrase: PASSPHRASE, adviser: { name: 'Anne de Vries', initials: 'AV' } });
  expect(created.ok).toBe(true);
  const call = async (channel: string, payload: unknown) => {
    const result: Result<unknown> = await dispatch(handlers, channel, payload);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value;
  };
  return { file, handlers, session, call };
}

const SECRET = 'Geheime-notitie-7f3a over de buurtvereniging';
const signalDraft = {
  formKey: 'signal:new',
  route: { name: 'signalForm' },
  title: "Nieuw signaal 'Boycot'",
  values: { title: 'Boycot', description: `${SECRET}\nTweede regel\tmet tab`, municipalities: ['GM0363'] },
};

describe('drafts in the case file', () => {
  it('saves, replaces, lists per adviser and discards', async () => {
    const { call } = await setUp();
    const first = (await call('drafts.save', signalDraft)) as { id: string; savedAt: string };
    expect(first).toEqual({ id: expect.any(String), savedAt: '2026-03-12T13:02:00.000Z' });
    // Saving the same form again replaces its draft (same id), it does not add one.
    const again = (await call('drafts.save', { ...signalDraft, values: { ...signalDraft.values, title: 'Boycot supermarkt' } })) as { id: string };
    expect(again.id).toBe(first.id);
    await call('drafts.save', { formKey: 'case:edit:0b7f3c1e-2a4d-4c5e-9f60-1a2b3c4d5e6f', route: { name: 'caseForm', id: '0b7f3c1e-2a4d-4c5e-9f60-1a2b3c4d5e6f' }, title: 'Casus', values: { title: 'x' } });
    const listed = (await call('drafts.list', {})) as { formKey: string; values: Record<string, unknown>; route: unknown }[];
    expect(listed.map((draft) => draft.formKey).sort()).toEqual(['case:edit:0b7f3c1e-2a4d-4c5e-9f60-1a2b3c4d5e6f', 'signal:new']);
    expect(listed.find((draft) => draft.formKey === 'signal:new')).toMatchObject({
      route: { name: 'signalForm' },
      title: "Nieuw signaal 'Boycot'",
      values: { title: 'Boycot supermarkt', description: `${SECRET}\nTweede regel\tmet tab` },
    });

    // Another adviser at the same file sees none of them.
    await call('advisers.setCurrent', { name: 'Bram Jansen', initials: 'BJ' });
    expect(await call('drafts.list', {})).toEqual([]);
    await call('drafts.save', { ...signalDraft, values: { title: 'Van Bram' } });
    expect(((await call('drafts.list', {})) as unknown[]).length).toBe(1);
    await call('advisers.setCurrent', { name: 'Anne de Vries', initials: 'AV' });
    expect(((await call('drafts.list', {})) as unknown[]).length).toBe(2);

    expect(await call('drafts.discard', { formKey: 'signal:new' })).toEqual({ removed: true });
    expect(await call('drafts.discard', { formKey: 'signal:new' })).toEqual({ removed: false });
    expect(((await call('drafts.list', {})) as { formKey: string }[]).map((draft) => draft.formKey)).toEqual(['case:edit:0b7f3c1e-2a4d-4c5e-9f60-1a2b3c4d5e6f']);
  });

  it('survives a lock and a close, and is encrypted: its text is nowhere in the file bytes', async () => {
    const { call, file } = await setUp();
    await call('drafts.save', signalDraft);
    await call('caseFile.lock', {});
    await expect(call('drafts.list', {})).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(call('drafts.save', signalDraft)).rejects.toMatchObject({ code: 'LOCKED' });
    await call('caseFile.unlock', { path: file, passphrase: PASSPHRASE });
    expect(await call('drafts.list', {})).toMatchObject([{ formKey: 'signal:new', values: { description: expect.stringContaining(SECRET) } }]);
    await call('caseFile.close', {});

    const bytes = Buffer.concat(
      fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith('drafts.ess')).map((name) => fs.readFileSync(path.join(path.dirname(file), name))),
    );
    expect(bytes.length).toBeGreaterThan(0);
    for (const needle of [SECRET, 'Geheime-notitie-7f3a', "Nieuw signaal 'Boycot'", 'signal:new']) {
      expect(bytes.includes(Buffer.from(needle, 'utf8'))).toBe(false);
    }
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');

    await call('caseFile.unlock', { path: file, passphrase: PASSPHRASE });
    expect(await call('drafts.list', {})).toMatchObject([{ formKey: 'signal:new', title: "Nieuw signaal 'Boycot'" }]);
  });

  it('is working state: no audit entry for saving or discarding', async () => {
    const { call, session } = await setUp();
    const entries = () => (session.current().db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = entries();
    await call('drafts.save', signalDraft);
    await call('drafts.discard', { formKey: 'signal:new' });
    expect(entries()).toBe(before);
  });

  it.each([
    ['values too large', { ...signalDraft, values: { description: 'x'.repeat(MAX_DRAFT_VALUES_CHARS) } }, 'values'],
    ['a control character in a value', { ...signalDraft, values: { title: 'Boycot\u001b[2J' } }, 'values'],
    ['a right-to-left override deep in a value', { ...signalDraft, values: { rows: [{ text: 'a\u202eb' }] } }, 'values'],
    ['a newline in the title', { ...signalDraft, title: 'Twee\nregels' }, 'title'],
    ['a made-up form key', { ...signalDraft, formKey: '../../etc' }, 'formKey'],
    ['a route without a name', { ...signalDraft, route: { id: 'x' } }, 'route.name'],
    ['a route that is too large', { ...signalDraft, route: { name: 'signalForm', pad: 'x'.repeat(5_000) } }, 'route'],
    ['values that are not an object', { ...signalDraft, values: 'tekst' }, 'values'],
    ['an unknown field', { ...signalDraft, extra: true }, ''],
  ])('refuses %s with INVALID_INPUT and keeps nothing', async (_what, payload, field) => {
    const { handlers, call } = await setUp();
    const result = await dispatch(handlers, 'drafts.save', payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    if (field) expect(result.error.issues?.map((issue) => issue.path)).toContain(field);
    expect(await call('drafts.list', {})).toEqual([]);
  });

  it('refuses a discard with a bad form key', async () => {
    const { handlers } = await setUp();
    expect(await dispatch(handlers, 'drafts.discard', { formKey: "x'; DROP TABLE drafts;--" })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
