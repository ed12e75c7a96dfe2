import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempDir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = path.join(ROOT, 'test', 'support', 'heapSecretsChild.ts');

function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * Runs the child with a fresh passphrase and counts it in the heap snapshot
 * taken after locking and two garbage collections: as UTF-8 (how the
 * snapshot writes strings) and as UTF-16LE (how two-byte strings live in memory).
 */
function passphraseCopiesAfterLock(mode: 'bytes' | 'retained-string'): { utf8: number; utf16: number } {
  const dir = tempDir();
  // Unique and plain ASCII, so every copy in the snapshot is found byte for byte.
  const passphrase = `heapgeheim-${randomBytes(12).toString('hex')}`;
  const passphraseFile = path.join(dir, 'passphrase.txt');
  fs.writeFileSync(passphraseFile, passphrase);
  const snapshot = path.join(dir, 'after-lock.heapsnapshot');
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', CHILD, passphraseFile, path.join(dir, 'geheim.ess'), snapshot, mode],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const bytes = fs.readFileSync(snapshot);
  expect(bytes.length).toBeGreaterThan(1_000_000);
  const counts = {
    utf8: occurrences(bytes, Buffer.from(passphrase, 'utf8')),
    utf16: occurrences(bytes, Buffer.from(passphrase, 'utf16le')),
  };
  console.info(`passphrase copies in the main-process heap after lock (${mode}): ${JSON.stringify(counts)}`);
  return counts;
}

describe('secrets after locking (main process)', () => {
  it('control: a passphrase string that something still references is found by the search', () => {
    const { utf8 } = passphraseCopiesAfterLock('retained-string');
    // Proof that a zero below means "not there", not "not searchable".
    expect(utf8).toBeGreaterThan(0);
  }, 180_000);

  it('given as bytes (as the window sends it), no copy of the passphrase remains after lock and two GCs', () => {
    expect(passphraseCopiesAfterLock('bytes')).toEqual({ utf8: 0, utf16: 0 });
  }, 180_000);
});
