/**
 * Child process for secretsAfterLock.test.ts (run with --expose-gc): works on a
 * case file through the same IPC dispatch the window uses, locks, collects
 * garbage twice and writes a V8 heap snapshot for the parent to search.
 *
 *   heapSecretsChild.ts PASSPHRASE_FILE CASE_FILE SNAPSHOT bytes|retained-string
 *
 * The passphrase is only ever in a file, read as bytes: neither this source,
 * the arguments nor the environment hold it. "retained-string" is the control:
 * it sends the passphrase as a string and keeps one reference to it, as a
 * leak would, to prove that the parent's search finds a copy that is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';

const [passphraseFile, caseFile, snapshotPath, mode] = process.argv.slice(2) as [string, string, string, 'bytes' | 'retained-string'];
const retained: string[] = [];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

/** What the renderer sends: the typed passphrase's bytes (or, for the control, a string kept alive). */
function typedPassphrase(): Uint8Array | string {
  const bytes = fs.readFileSync(passphraseFile);
  if (mode === 'bytes') return bytes;
  const text = bytes.toString('utf8');
  retained.push(text);
  return text;
}

async function expectOk(channel: string, request: unknown): Promise<unknown> {
  const result = await dispatch(handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const dataDir = path.join(path.dirname(caseFile), 'app');
const appState = new AppStateStore(dataDir);
const session = new CaseFileSession();
const none = async () => null;
const handlers = createHandlers({
  session,
  appState,
  dialogs: { chooseNewCaseFile: none, chooseCaseFile: none, chooseBackupDestination: none, chooseExportDestination: none, chooseDocumentDestination: none },
  dataDir,
});

async function main(): Promise<void> {
  appState.rememberFile(caseFile, new Date());
  await expectOk('caseFile.create', { path: caseFile, passphrase: typedPassphrase(), adviser: { name: 'Heap Adviseur', initials: 'HA' } });
  await expectOk('caseFile.lock', {});
  await expectOk('caseFile.unlock', { path: caseFile, passphrase: typedPassphrase() });
  await expectOk('caseFile.info', {});
  await expectOk('caseFile.lock', {});
  await expectOk('caseFile.unlock', { path: caseFile, passphrase: typedPassphrase() });
  await expectOk('caseFile.lock', {});
  gc!();
  gc!();
  v8.writeHeapSnapshot(snapshotPath);
  if (retained.length > 0 && mode !== 'retained-string') throw new Error('unreachable');
}

await main();
