import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import type { Passphrase } from '../../db/passphraseKey';
import { insertCaseFileMeta } from '../../db/repositories/caseFileMeta';
import { findAdviser } from '../../db/repositories/advisers';
import type { Adviser, AdviserInput } from '../../shared/domain/adviser';
import { SYSTEM_ACTOR } from './actor';
import { setCurrentAdviser } from './advisers';
import { APP_VERSION } from './appVersion';
import { recordChange } from './audit';
import { removeLeftovers, type RemovedLeftover } from './leftovers';
import { getCaseFileSettings } from './caseFileSettings';

export const CASE_FILE_EXTENSION = '.ess';

export interface OpenCaseFile {
  db: Db;
  path: string;
  adviser: Adviser | null;
  /** Hidden temporary copies that interrupted jobs had left beside the file, removed on this open. */
  removedLeftovers?: RemovedLeftover[];
}

/** New case files always carry the .ess extension, so they are recognisable in a file dialog. */
export function withCaseFileExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === CASE_FILE_EXTENSION ? filePath : `${filePath}${CASE_FILE_EXTENSION}`;
}

export interface CreateCaseFileInput {
  path: string;
  /** Bytes preferred (see db/passphraseKey.ts); not zeroed here, the caller owns them. */
  passphrase: Passphrase;
  /** Who creates it; without one (e.g. `ess init`), the app asks on first unlock. */
  adviser?: AdviserInput;
  isDemo?: boolean;
  now?: Date;
  /** Extra records written before the file gets its final name (the demo's fictional data). */
  seed?: (db: Db, now: Date) => void;
}

export function createCaseFile(input: CreateCaseFileInput): OpenCaseFile {
  const now = input.now ?? new Date();
  const filePath = withCaseFileExtension(input.path);
  let adviser: Adviser | null = null;
  const db = createCaseFileDatabase(filePath, input.passphrase, {
    initialise: (fresh) => {
      const id = randomUUID();
      fresh.transaction(() => {
        insertCaseFileMeta(fresh, {
          id,
          createdAt: now.toISOString(),
          createdByApp: APP_VERSION,
          isDemo: input.isDemo ?? false,
        });
        recordChange(fresh, SYSTEM_ACTOR, { entity: 'caseFile', entityId: id, action: 'create' }, now);
      })();
      if (input.adviser) adviser = setCurrentAdviser(fresh, input.adviser, now);
      input.seed?.(fresh, now);
    },
  });
  return { db, path: filePath, adviser };
}

export function openCaseFile(filePath: string, passphrase: Passphrase): OpenCaseFile {
  const db = openCaseFileDatabase(filePath, passphrase);
  const { currentAdviserId } = getCaseFileSettings(db);
  const adviser = currentAdviserId ? (findAdviser(db, currentAdviserId) ?? null) : null;
  return { db, path: filePath, adviser, removedLeftovers: removeLeftovers(filePath).removed };
}
