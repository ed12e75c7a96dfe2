import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Whether SQLite can write the case file and create its -wal beside it. On a
 * read-only mount this is false for root too (EROFS), unlike a file mode.
 */
export function isWritableLocation(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A private working copy of a case file that lies where nothing can be written.
 * SQLite cannot read it in place: a WAL-mode file needs a -wal/-shm beside it,
 * and exclusive locking needs a write lock, which a read-only descriptor cannot
 * take. The copy is as encrypted as the original, in a folder only this user
 * can enter, and is removed on close. A -wal left beside the original (the file
 * was not closed cleanly before it was made read-only) is copied too, so no
 * committed change is missing from what is shown.
 */
export function makeReadOnlyCopy(filePath: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-readonly-'));
  const copyPath = path.join(dir, path.basename(filePath));
  try {
    fs.copyFileSync(filePath, copyPath);
    fs.chmodSync(copyPath, 0o600);
    const walPath = `${filePath}-wal`;
    if (fs.existsSync(walPath) && fs.statSync(walPath).size > 0) {
      fs.copyFileSync(walPath, `${copyPath}-wal`);
      fs.chmodSync(`${copyPath}-wal`, 0o600);
    }
    return copyPath;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export function removeReadOnlyCopy(copyPath: string): void {
  fs.rmSync(path.dirname(copyPath), { recursive: true, force: true });
}
