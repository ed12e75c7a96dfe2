import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../shared/errors';

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** A temporary name in the same folder, so the final rename stays on one file system. */
export function tempPathBeside(target: string, purpose: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.${purpose}`);
}

/**
 * Moves a finished temporary file to its final name without ever replacing an
 * existing file. A hard link is atomic and refuses to clobber; file systems
 * without hard links (FAT/exFAT sticks) fall back to an existence check and rename.
 */
export function placeWithoutOverwrite(tempPath: string, target: string): void {
  try {
    fs.linkSync(tempPath, target);
    fs.rmSync(tempPath, { force: true });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new AppError('FILE_EXISTS', `A file already exists at ${target}`);
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', `A file already exists at ${target}`);
  fs.renameSync(tempPath, target);
}

/**
 * Writes data to a temporary file beside the target and flushes it to disk;
 * returns its path. Nothing is left behind when writing fails.
 */
export function stageBeside(target: string, data: string | Uint8Array): string {
  const tempPath = tempPathBeside(target, 'tmp');
  try {
    const fd = fs.openSync(tempPath, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return tempPath;
  } catch (error) {
    fs.rmSync(tempPath, { force: true });
    throw error;
  }
}

/** Puts a staged file under its name: over an existing file only when asked, else FILE_EXISTS. */
export function placeStaged(tempPath: string, target: string, overwrite: boolean): void {
  if (overwrite) fs.renameSync(tempPath, target);
  else placeWithoutOverwrite(tempPath, target);
}

export function discardStaged(tempPath: string | null): void {
  if (tempPath) fs.rmSync(tempPath, { force: true });
}

/** A whole file or none; an existing file is replaced (by a complete one) only when overwrite is set. */
export function writeWholeFile(target: string, data: string | Uint8Array, options: { overwrite: boolean }): void {
  const tempPath = stageBeside(target, data);
  try {
    placeStaged(tempPath, target, options.overwrite);
  } finally {
    discardStaged(tempPath);
  }
}

/**
 * Writes a whole file or nothing: data goes to a temporary file that is
 * flushed to disk and then renamed over the target.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  writeWholeFile(target, data, { overwrite: true });
}

/** Removes a temporary database and its journal companions. */
export function removeDatabaseFiles(basePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${basePath}${suffix}`, { force: true });
}
