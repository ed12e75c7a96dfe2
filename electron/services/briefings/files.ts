import fs from 'node:fs';
import path from 'node:path';
import { discardStaged, placeStaged, stageBeside } from '../../../db/atomicFile';
import { AppError } from '../../../shared/errors';
import { invalid } from '../validation';

/**
 * Writing a .docx atomically in two steps, so the case-file transaction can
 * sit between them: stage the bytes in a temporary file beside the target
 * (flushed to disk), then place it under its name. A failure anywhere leaves
 * no half file, and an existing file is replaced only by a complete one, and
 * only when overwriting was asked for.
 */

export function checkDocxTarget(target: string, overwrite: boolean): string {
  const resolved = path.resolve(target);
  if (path.extname(resolved).toLowerCase() !== '.docx') throw invalid('Briefing', [{ path: 'out', message: 'briefing.validation.outExtension', detail: target }]);
  if (!fs.existsSync(path.dirname(resolved))) throw new AppError('FILE_NOT_FOUND', `Folder not found: ${path.dirname(resolved)}`);
  if (!overwrite && fs.existsSync(resolved)) throw new AppError('FILE_EXISTS', `A file already exists at ${resolved}`);
  return resolved;
}

/** Stages the bytes beside the target; a failure is IO_ERROR and leaves no temporary file. */
export function stageFile(target: string, bytes: Uint8Array): string {
  try {
    return stageBeside(target, bytes);
  } catch (error) {
    throw new AppError('IO_ERROR', `Could not write beside ${target}: ${(error as Error).message}`);
  }
}

export { discardStaged, placeStaged };

/** A whole file or none, e.g. when downloading a stored export again. */
export function writeDocxAtomically(target: string, bytes: Uint8Array, overwrite: boolean): string {
  const resolved = checkDocxTarget(target, overwrite);
  const temp = stageFile(resolved, bytes);
  try {
    placeStaged(temp, resolved, overwrite);
  } finally {
    discardStaged(temp);
  }
  return resolved;
}
