import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { actorFor } from '../../electron/services/actor';
import { findAdviser } from '../../db/repositories/advisers';
import { getCaseFileSettings } from '../../electron/services/caseFileSettings';
import {
  anchorFromDocx,
  anchorStorePath,
  defaultAnchorsDir,
  readAnchorStore,
  recordAnchor,
} from '../../electron/services/auditAnchors';
import { openCaseFile } from '../../electron/services/caseFile';
import { exportBriefing } from '../../electron/services/briefings/export';
import type { WriteContext } from '../../electron/services/context';
import { createOrganisation } from '../../electron/services/organisations/writes';
import { verifyCaseFileAt } from '../../electron/services/verify';
import { marchDraft } from '../support/briefings';
import { runEss } from '../support/cli';
import { organisationDraft } from '../support/network';
import { applyTamper, buildTamperFixture, TAMPER_VARIANTS, type TamperFixture } from '../support/tamper';
import { tempDir } from '../support/tempDir';

const NOW = new Date('2026-03-20T10:00:00Z');
const truncate = TAMPER_VARIANTS.find((variant) => variant.name.startsWith('remove the last entries'))!;
const recompute = TAMPER_VARIANTS.find((variant) => variant.name.startsWith('edit a record and recompute'))!;

function withOpen<T>(fixture: TamperFixture, work: (ctx: WriteContext, db: Db) => T): T {
  const { db } = openCaseFile(fixture.filePath, fixture.passphrase);
  try {
    const adviser = findAdviser(db, getCaseFileSettings(db).currentAdviserId!)!;
    return work({ db, actor: actorFor(adviser), now: NOW }, db);
  } finally {
    closeCaseFileDatabase(db);
  }
}

async function withOpenAsync<T>(fixture: TamperFixture, work: (ctx: WriteContext, db: Db) => Promise<T>): Promise<T> {
  const { db } = openCaseFile(fixture.filePath, fixture.passphrase);
  try {
    const adviser = findAdviser(db, getCaseFileSettings(db).currentAdviserId!)!;
    return await work({ db, actor: actorFor(adviser), now: NOW }, db);
  } finally {
    closeCaseFileDatabase(db);
  }
}

const verify = (fixture: TamperFixture, options: { anchorsDir?: string | null; against?: string[] }) =>
  verifyCaseFileAt(fixture.filePath, fixture.passphrase, options);

describe('audit anchors in the app data folder', () => {
  it('keeps the head per case file, skips a repeat, and never throws where it cannot write', () => {
    const fixture = buildTamperFixture(tempDir());
    const [first] = readAnchorStore(fixture.anchorsDir, withOpen(fixture, (_ctx, db) => recordAnchor(fixture.anchorsDir, db, 'app', NOW))!.caseFileId);
    expect(first).toMatchObject({ source: 'app', seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The same head again adds nothing; a new entry adds one.
    withOpen(fixture, (ctx, db) => {
      recordAnchor(fixture.anchorsDir, db, 'app', NOW);
      createOrganisation(ctx, organisationDraft({ name: 'Nieuwe organisatie' }));
      recordAnchor(fixture.anchorsDir, db, 'app', NOW);
    });
    const kept = readAnchorStore(fixture.anchorsDir, first!.caseFileId);
    expect(kept.map((anchor) => anchor.seq)).toEqual([first!.seq, first!.seq + 1]);
    expect(fs.readdirSync(path.dirname(anchorStorePath(fixture.anchorsDir, first!.caseFileId)))).toEqual([`${first!.caseFileId}.json`]);
    // A data folder that is a file: the lock must go on, so recordAnchor returns null instead of throwing.
    const blocked = path.join(tempDir(), 'file');
    fs.writeFileSync(blocked, 'x');
    expect(withOpen(fixture, (_ctx, db) => recordAnchor(blocked, db, 'app', NOW))).toBeNull();
    expect(verify(fixture, { anchorsDir: fixture.anchorsDir }).ok).toBe(true);
  });

  it('reports a damaged anchor file instead of ignoring it, and treats a missing one as first use', () => {
    const fixture = buildTamperFixture(tempDir());
    expect(verify(fixture, { anchorsDir: path.join(tempDir(), 'leeg') })).toMatchObject({ ok: true, anchors: [], anchorErrors: [] });
    const [file] = fs.readdirSync(path.join(fixture.anchorsDir, 'audit-anchors'));
    fs.writeFileSync(path.join(fixture.anchorsDir, 'audit-anchors', file!), '{"anchors": ');
    const report = verify(fixture, { anchorsDir: fixture.anchorsDir });
    expect(report.ok).toBe(false);
    expect(report.anchorErrors).toEqual([expect.stringMatching(/anchor file .* is damaged/)]);
  });

  it('names the Electron user-data folder the way the app does', () => {
    expect(defaultAnchorsDir({ ESS_USER_DATA_DIR: '/x/y' }, 'linux')).toBe('/x/y');
    expect(defaultAnchorsDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(path.join('/cfg', 'ESS Casusbeheer'));
    expect(defaultAnchorsDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toBe(path.join('C:/Users/a/AppData/Roaming', 'ESS Casusbeheer'));
    expect(defaultAnchorsDir({}, 'darwin')).toMatch(/Library[\\/]Application Support[\\/]ESS Casusbeheer$/);
  });
});

describe('anchors in backups and exported notes', () => {
  it('a backup pins the chain as it was: later entries are fine, a cut below its head is found', () => {
    const fixture = buildTamperFixture(tempDir());
    const backup = path.join(tempDir(), 'kopie.ess');
    fs.copyFileSync(fixture.filePath, backup); // closed, so the WAL is folded in: a whole encrypted copy
    withOpen(fixture, (ctx) => createOrganisation(ctx, organisationDraft({ name: 'Na de back-up' })));
    expect(verify(fixture, { anchorsDir: null, against: [backup] })).toMatchObject({ ok: true, anchors: [{ ok: true, anchor: { source: 'backup' } }] });

    applyTamper(fixture, truncate); // removes the last two entries: one below the backup's head
    const report = verify(fixture, { anchorsDir: null, against: [backup] });
    expect(report.ok).toBe(false);
    expect(report.anchors[0]!.problem).toMatch(
      new RegExp(`audit trail does not contain anchor seq \\d+ from ${backup.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(backup, .*\\): entries were removed or rewritten`),
    );
  });

  it('a backup of another case file, or one under another passphrase, is reported, not trusted', () => {
    const fixture = buildTamperFixture(tempDir());
    const other = buildTamperFixture(tempDir());
    const report = verify(fixture, { anchorsDir: null, against: [other.filePath] });
    expect(report.ok).toBe(false);
    expect(report.anchors[0]!.problem).toMatch(/belongs to another case file/);
    const unreadable = verifyCaseFileAt(fixture.filePath, fixture.passphrase, { anchorsDir: null, against: [path.join(tempDir(), 'bestaat-niet.ess')] });
    expect(unreadable.ok).toBe(false);
    expect(unreadable.anchorErrors).toEqual([expect.stringMatching(/could not read an anchor from .*bestaat-niet\.ess/)]);
  });

  it('an exported note carries the head in a custom document property; a recomputed chain no longer contains it', async () => {
    const fixture = buildTamperFixture(tempDir());
    const note = path.join(tempDir(), 'nota.docx');
    const headBefore = await withOpenAsync(fixture, async (ctx, db) => {
      const head = (db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
      await exportBriefing(ctx, { draft: marchDraft('informatienota') }, { outPath: note });
      return head;
    });
    const anchor = anchorFromDocx(note);
    // The head once the note was created from the draft, just before its export entry.
    expect(anchor).toMatchObject({ source: 'briefing', seq: headBefore + 1, at: NOW.toISOString() });
    expect(verify(fixture, { anchorsDir: null, against: [note] })).toMatchObject({ ok: true, anchors: [{ ok: true }] });

    applyTamper(fixture, recompute);
    const report = verify(fixture, { anchorsDir: null, against: [note] });
    expect(report.audit.valid).toBe(true); // the chain itself was made consistent again
    expect(report.ok).toBe(false);
    expect(report.anchors[0]!.problem).toMatch(/does not contain anchor seq \d+ from .*nota\.docx \(briefing/);
  });
});

describe('ess verify on the command line', () => {
  it('reads anchors from --anchors and --against, prints English or --json, and exits 1 when not ok', () => {
    const fixture = buildTamperFixture(tempDir());
    const env = { ESS_PASSPHRASE: fixture.passphrase };
    const ok = runEss(['verify', fixture.filePath, '--anchors', fixture.anchorsDir], env);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Schema\s+ok/);
    expect(ok.stdout).toMatch(/Records\s+ok \(\d+ records as their last audit entry recorded\)/);
    expect(ok.stdout).toMatch(/Anchors\s+ok \(1 anchor found in the chain, newest seq \d+\)/);
    // Without --anchors the app's own folder is read (ESS_USER_DATA_DIR, as for the app): empty here.
    const firstUse = runEss(['verify', fixture.filePath], { ...env, ESS_USER_DATA_DIR: path.join(tempDir(), 'leeg') });
    expect(firstUse.stdout).toMatch(/Anchors\s+none found \(first use/);

    applyTamper(fixture, truncate);
    const failed = runEss(['verify', fixture.filePath, '--anchors', fixture.anchorsDir, '--json'], env);
    expect(failed.status).toBe(1);
    const report = JSON.parse(failed.stdout) as { ok: boolean; anchors: { ok: boolean }[] };
    expect(report.ok).toBe(false);
    expect(report.anchors.map((check) => check.ok)).toEqual([false]);
    expect(failed.stderr).toMatch(/^error CORRUPT: audit trail does not contain anchor seq \d+ from .*: entries were removed or rewritten\n$/);
  });
});
