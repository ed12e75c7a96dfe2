import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-test-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  while (made.length > 0) fs.rmSync(made.pop()!, { recursive: true, force: true });
});

export function sha256OfFile(filePath: string): string {
  return createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

/** Every byte of a case file as it lies on disk, with its WAL if there is one. */
export function bytesOnDisk(filePath: string): Buffer {
  const parts = [filePath, `${filePath}-wal`].filter((p) => fs.existsSync(p)).map((p) => fs.readFileSync(p));
  return Buffer.concat(parts);
}
