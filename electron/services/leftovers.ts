import fs from 'node:fs';
import path from 'node:path';
import { removeSecurely, tempPurposeOf, type TempPurpose } from '../../db/atomicFile';

/**
 * Hidden temporary copies that a crash left beside a file (see tempPathBeside):
 * a `.NAME.ess.<12 hex>.rekey` from an older passphrase change holds every
 * record under the OLD passphrase, a `.backup` a whole backup. They are found
 * by exactly the names our code makes for that file, never by anything looser,
 * and removed securely (zeroed, flushed, unlinked).
 *
 * Call this only while holding the case file's lock (after opening it), or for
 * a destination name that this process is about to use: then no live job of
 * another process can own the copies, since such a job holds the same lock or
 * writes the same destination.
 */

export interface RemovedLeftover {
  /** The file name (hidden, in the same folder as the target), without its SQLite companions. */
  name: string;
  purpose: TempPurpose;
}

export interface LeftoverCleanup {
  removed: RemovedLeftover[];
  /** Names that matched but could not be removed (e.g. a read-only folder). */
  notRemoved: string[];
}

const NOTHING: LeftoverCleanup = { removed: [], notRemoved: [] };

/** Every leftover of `target` in its folder, grouped: the base name with its companions. */
export function findLeftovers(target: string): Map<string, { purpose: TempPurpose; files: string[] }> {
  const dir = path.dirname(target);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return new Map();
  }
  const groups = new Map<string, { purpose: TempPurpose; files: string[] }>();
  for (const name of names.sort()) {
    const purpose = tempPurposeOf(target, name);
    if (!purpose) continue;
    const base = name.replace(/-(wal|journal|shm)$/, '');
    const group = groups.get(base) ?? { purpose, files: [] };
    group.files.push(path.join(dir, name));
    groups.set(base, group);
  }
  return groups;
}

export function removeLeftovers(target: string): LeftoverCleanup {
  const groups = findLeftovers(target);
  if (groups.size === 0) return NOTHING;
  const result: LeftoverCleanup = { removed: [], notRemoved: [] };
  for (const [name, { purpose, files }] of groups) {
    let complete = true;
    // Companions first: the base file going last means a half-done clean-up is found again next time.
    for (const file of files.sort((a, b) => b.length - a.length)) {
      try {
        removeSecurely(file);
      } catch {
        complete = false;
      }
    }
    if (complete) result.removed.push({ name, purpose });
    else result.notRemoved.push(name);
  }
  return result;
}

/** Clean-ups of several places as one report (a backup looks beside the case file and the destination). */
export function mergeCleanups(...cleanups: LeftoverCleanup[]): LeftoverCleanup {
  return { removed: cleanups.flatMap((c) => c.removed), notRemoved: cleanups.flatMap((c) => c.notRemoved) };
}

const WHAT_LEFT_IT: Record<TempPurpose, string> = {
  rekey: 'an interrupted passphrase change',
  backup: 'an interrupted backup',
  creating: 'an interrupted creation of a case file',
  tmp: 'an interrupted save',
};

/** English lines for the CLI and the log, one per kind: "Removed 1 leftover temporary copy from an interrupted passphrase change: .x.ess.ab12cd34ef56.rekey". */
export function describeCleanup(cleanup: LeftoverCleanup): string[] {
  const lines: string[] = [];
  for (const purpose of Object.keys(WHAT_LEFT_IT) as TempPurpose[]) {
    const names = cleanup.removed.filter((item) => item.purpose === purpose).map((item) => item.name);
    if (names.length === 0) continue;
    const copies = names.length === 1 ? 'copy' : 'copies';
    lines.push(`Removed ${names.length} leftover temporary ${copies} from ${WHAT_LEFT_IT[purpose]}: ${names.join(', ')}`);
  }
  if (cleanup.notRemoved.length > 0) {
    lines.push(`Could not remove leftover temporary copies (remove them by hand): ${cleanup.notRemoved.join(', ')}`);
  }
  return lines;
}
