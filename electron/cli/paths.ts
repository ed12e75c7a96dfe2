import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { withCaseFileExtension } from '../services/caseFile';

// These checks run before any passphrase prompt, so nobody types a passphrase
// only to hear that the path was wrong. The services check again when they act.

/** An existing file given on the command line, as an absolute path. */
export function existingFile(argument: string): string {
  const filePath = path.resolve(argument);
  if (!fs.existsSync(filePath)) throw new AppError('FILE_NOT_FOUND', `${filePath}: file not found`);
  return filePath;
}

/** A path that must not exist yet, as an absolute path. */
export function unusedPath(argument: string): string {
  const filePath = path.resolve(argument);
  if (fs.existsSync(filePath)) throw new AppError('FILE_EXISTS', `${filePath} already exists; it is never overwritten`);
  return filePath;
}

/**
 * Where a new file goes: not over an existing file, and in a folder that
 * exists. The error names the whole path, so a typo in it is easy to spot.
 */
export function newFilePath(argument: string): string {
  const filePath = unusedPath(argument);
  const folder = path.dirname(filePath);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new AppError('FILE_NOT_FOUND', `${filePath}: the folder ${folder} does not exist`);
  }
  if (!stat.isDirectory()) throw new AppError('FILE_NOT_FOUND', `${filePath}: ${folder} is not a folder`);
  return filePath;
}

/** Where a new case file goes: with the .ess extension, and never over an existing file. */
export function newCaseFilePath(argument: string): string {
  return newFilePath(withCaseFileExtension(argument));
}
