import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, vi } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { createCaseFile } from '../../electron/services/caseFile';
import { CaseFileSession } from '../../electron/services/session';
import { AppError } from '../../shared/errors';
import { ADVISER, newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { runEss } from '../support/cli';
import { sha256OfFile, tempDir } from '../support/tempDir';

const SECRET = 'mysecretprefix';

/** Every run of 6 characters of the secret: an error must not hold even a fragment of it. */
function fragments(secret: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start + 6 <= secret.length; start += 1) parts.push(secret.slice(start, start + 6));
  return parts;
}

function expectNoFragment(output: string, secret: string): void {
  for (const fragment of fragments(secret)) expect(output, `"${fragment}" leaked`).not.toContain(fragment);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('the passphrase as bytes', () => {
  it('opens files keyed the old way (PRAGMA key text), non-ASCII passphrases included', () => {
    const passphrase = "zeer geheim wachtwoord met ë, ß, 'quotes' en 🚀";
    const filePath = path.join(tempDir(), 'oud.ess');
    // Made with the key as SQL text, as every existing case file was.
    const { db } = createCaseFile({ path: filePath, passphrase: 'tijdelijk wachtwoord', adviser: ADVISER });
    closeCaseFileDatabase(db);
    const raw = new Database(filePath);
    raw.pragma(`cipher = 'sqlcipher'`);
    raw.pragma('legacy = 4');
    raw.pragma(`key = 'tijdelijk wachtwoord'`);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`rekey = '${passphrase.replaceAll("'", "''")}'`);
    raw.pragma('journal_mode = WAL');
    raw.close();

    const asBytes = openCaseFileDatabase(filePath, Buffer.from(passphrase, 'utf8'));
    closeCaseFileDatabase(asBytes);
    const asText = openCaseFileDatabase(filePath, passphrase);
    closeCaseFileDatabase(asText);
  });

  it('refuses a NUL in a passphrase before keying, with no part of it in the message', () => {
    const filePath = newCaseFile();
    const before = sha256OfFile(filePath);
    for (const passphrase of [`${SECRET}\0x`, Buffer.from(`${SECRET}\0x`)]) {
      let message = '';
      try {
        closeCaseFileDatabase(openCaseFileDatabase(filePath, passphrase));
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('INVALID_INPUT');
        message = (error as AppError).message;
      }
      expect(message).toMatch(/NUL character/);
      expectNoFragment(message, SECRET);
    }
    expect(sha256OfFile(filePath)).toBe(before);
  });

  it('ess: a passphrase file holding "mysecretprefix\\0x" exits 1 with a clear message and echoes nothing of it', () => {
    const filePath = newCaseFile();
    const passphraseFile = path.join(tempDir(), 'wachtwoord.txt');
    fs.writeFileSync(passphraseFile, `${SECRET}\0x\n`);
    for (const args of [
      ['info', filePath],
      ['signal', 'list', filePath],
      ['signal', 'add', filePath, '--title', 'Spanning', '--description', 'Feiten.', '--national', '--theme', 'buitenlandse-verkiezingen', '--urgency', 'laag'],
      ['verify', filePath],
    ]) {
      const run = runEss([...args, '--passphrase-file', passphraseFile]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^error INVALID_INPUT: The passphrase contains a NUL character .*\(passphrase from --passphrase-file\)/);
      expectNoFragment(run.stdout + run.stderr, SECRET);
    }
  }, 120_000);

  it('no error of a failing open holds passphrase material: wrong, NUL, corrupt, truncated (CLI and IPC, log included)', async () => {
    const secret = 'uniekgeheimXYZ123wachtwoord';
    const dir = tempDir();
    const good = newCaseFile();
    const corrupt = newCaseFile('beschadigd.ess');
    const bytes = fs.readFileSync(corrupt);
    for (let page = 1; page < bytes.length / 4096; page += 1) bytes.fill(0x41, page * 4096 + 100, page * 4096 + 116);
    fs.writeFileSync(corrupt, bytes);
    const truncated = newCaseFile('kort.ess');
    fs.truncateSync(truncated, fs.statSync(truncated).size - 4096);

    const outputs: string[] = [];
    const cases: [string, string][] = [
      [good, secret],
      [good, `${secret}\0rest`],
      [corrupt, PASSPHRASE],
      [truncated, PASSPHRASE],
    ];
    for (const [filePath, passphrase] of cases) {
      const passphraseFile = path.join(dir, `p${outputs.length}.txt`);
      fs.writeFileSync(passphraseFile, passphrase);
      for (const args of [['info', filePath], ['signal', 'list', filePath]]) {
        const run = runEss([...args, '--passphrase-file', passphraseFile]);
        expect(run.status).not.toBe(0);
        outputs.push(run.stdout + run.stderr);
      }
      const env = runEss(['info', filePath], { ESS_PASSPHRASE: passphrase.replace('\0', '') });
      outputs.push(env.stdout + env.stderr);
    }

    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => logged.push(args.map(String).join(' ')));
    try {
      const session = new CaseFileSession();
      const handlers = createHandlers({
        session,
        appState: new AppStateStore(path.join(dir, 'app')),
        dialogs: {
          chooseNewCaseFile: async () => null,
          chooseCaseFile: async () => null,
          chooseBackupDestination: async () => null,
          chooseExportDestination: async () => null,
          chooseDocumentDestination: async () => null,
        },
        dataDir: path.join(dir, 'app'),
      });
      for (const [filePath, passphrase] of cases) {
        session.close();
        // The dialog grant is what a real open goes through; recent files count as granted.
        new AppStateStore(path.join(dir, 'app')).rememberFile(filePath, new Date());
        for (const wire of [passphrase, new TextEncoder().encode(passphrase)]) {
          const result = await dispatch(handlers, 'caseFile.unlock', { path: filePath, passphrase: wire });
          expect(result.ok).toBe(false);
          outputs.push(JSON.stringify(result));
        }
      }
    } finally {
      spy.mockRestore();
    }
    const all = [...outputs, ...logged].join('\n');
    expect(all).toMatch(/WRONG_PASSPHRASE/);
    expect(all).toMatch(/CORRUPT/);
    expect(all).toMatch(/NUL character|passphraseNul/);
    expectNoFragment(all, secret);
    expectNoFragment(all, PASSPHRASE);
  }, 180_000);

  it('the session zeroes a passphrase given as bytes once used, on success and on failure', () => {
    const filePath = newCaseFile();
    const session = new CaseFileSession();
    const wrong = Buffer.from('helemaal het verkeerde wachtwoord');
    expect(codeOf(() => session.unlock(filePath, wrong))).toBe('WRONG_PASSPHRASE');
    expect(wrong.every((byte) => byte === 0)).toBe(true);
    const right = new TextEncoder().encode(PASSPHRASE);
    expect(session.unlock(filePath, right).state).toBe('unlocked');
    expect(right.every((byte) => byte === 0)).toBe(true);
    session.close();

    const created = Buffer.from('een nieuw lang wachtwoord');
    const status = session.create({ path: path.join(tempDir(), 'nieuw.ess'), passphrase: created, adviser: ADVISER });
    expect(status.state).toBe('unlocked');
    expect(created.every((byte) => byte === 0)).toBe(true);
    session.lock();
    expect(session.unlock(status.state === 'unlocked' ? status.file.path : '', 'een nieuw lang wachtwoord').state).toBe('unlocked');
    session.close();
  });

  it('the contract takes the passphrase as bytes and refuses a NUL or a control character in a new one', async () => {
    const { createCaseFileRequest, unlockRequest, changePassphraseRequest } = await import('../../shared/contract/schemas');
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(unlockRequest.safeParse({ path: '/tmp/a.ess', passphrase: encode(PASSPHRASE) }).success).toBe(true);
    const nul = unlockRequest.safeParse({ path: '/tmp/a.ess', passphrase: encode('abc\0def') });
    expect(nul.error?.issues[0]?.message).toBe('validation.passphraseNul');
    const adviser = { name: 'An de Vries', initials: 'AdV' };
    const tab = createCaseFileRequest.safeParse({ path: '/tmp/a.ess', passphrase: encode('twaalf tekens\tlang'), adviser });
    expect(tab.error?.issues[0]?.message).toBe('validation.passphraseControlCharacter');
    // Characters, not bytes, count towards the minimum: 12 two-byte letters are enough, 11 are not.
    expect(createCaseFileRequest.safeParse({ path: '/tmp/a.ess', passphrase: encode('é'.repeat(12)), adviser }).success).toBe(true);
    expect(createCaseFileRequest.safeParse({ path: '/tmp/a.ess', passphrase: encode('é'.repeat(11)), adviser }).success).toBe(false);
    const same = changePassphraseRequest.safeParse({ currentPassphrase: encode(PASSPHRASE), newPassphrase: PASSPHRASE });
    expect(same.error?.issues[0]?.message).toBe('validation.passphraseUnchanged');
  });
});
