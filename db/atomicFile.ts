import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../shared/errors';

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** What a temporary file beside a target is for; the last part of its name. */
export const TEMP_PURPOSES = ['rekey', 'backup', 'creating', 'tmp'] as const;
export type TempPurpose = (typeof TEMP_PURPOSES)[number];

/** A temporary name in the same folder, so the final rename stays on one file system. */
export function tempPathBeside(target: string, purpose: TempPurpose): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.${purpose}`);
}

const SQLITE_COMPANIONS = ['-wal', '-journal', '-shm'] as const;

/**
 * Whether `name` (a bare file name) is exactly a temporary name that
 * tempPathBeside makes for `target`, or one of SQLite's companion files of
 * such a database; returns its purpose, else null. Anything merely similar
 * (another base name, other hex length, upper-case hex, another suffix) is not ours.
 */
export function tempPurposeOf(target: string, name: string): TempPurpose | null {
  const prefix = `.${path.basename(target)}.`;
  if (!name.startsWith(prefix)) return null;
  let rest = name.slice(prefix.length);
  const companion = SQLITE_COMPANIONS.find((suffix) => rest.endsWith(suffix));
  if (companion) rest = rest.slice(0, -companion.length);
  const match = /^[0-9a-f]{12}\.([a-z]+)$/.exec(rest);
  const purpose = match?.[1];
  return purpose && (TEMP_PURPOSES as readonly string[]).includes(purpose) ? (purpose as TempPurpose) : null;
}

const ZEROS = Buffer.alloc(1 << 20);

/**
 * Overwrites a file with zeros, flushes that to disk and unlinks it, so a
 * leftover copy of case data does not linger in free blocks for the next
 * reader of the disk (as far as the file system rewrites in place). A file
 * with other hard links is only unlinked: its content lives on under its
 * other name (a finished backup whose temporary name was not yet removed).
 * Symbolic links and other non-regular files are never touched here.
 */
export function removeSecurely(filePath: string): void {
  const stats = fs.lstatSync(filePath);
  if (!stats.isFile()) throw new AppError('IO_ERROR', `Not a regular file: ${path.basename(filePath)}`);
  if (stats.nlink <= 1 && stats.size > 0) {
    const fd = fs.openSync(filePath, 'r+');
    try {
      for (let offset = 0; offset < stats.size; offset += ZEROS.length) {
        fs.writeSync(fd, ZEROS, 0, Math.min(ZEROS.length, stats.size - offset), offset);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  fs.unlinkSync(filePath);
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

/** Like removeDatabaseFiles, for copies of case data: each file is zeroed before it is unlinked (see removeSecurely). */
export function removeDatabaseFilesSecurely(basePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      removeSecurely(`${basePath}${suffix}`);
    } catch {
      fs.rmSync(`${basePath}${suffix}`, { force: true });
    }
  }
}
