import fs from 'node:fs';
import { schemaVersionOf, type Db } from '../../db/connection';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import { countRecords } from '../../db/repositories/stats';
import type { CaseFileInfo } from '../../shared/contract/schemas';

export const CIPHER_DESCRIPTION = 'SQLCipher 4 (AES-256-CBC, HMAC-SHA512, PBKDF2-HMAC-SHA512 256.000)';

function sizeOnDisk(filePath: string): number {
  const walPath = `${filePath}-wal`;
  return fs.statSync(filePath).size + (fs.existsSync(walPath) ? fs.statSync(walPath).size : 0);
}

export function caseFileInfo(db: Db, filePath: string): CaseFileInfo {
  const meta = getCaseFileMeta(db);
  return {
    path: filePath,
    id: meta.id,
    schemaVersion: schemaVersionOf(db),
    createdAt: meta.createdAt,
    createdByApp: meta.createdByApp,
    isDemo: meta.isDemo,
    sizeBytes: sizeOnDisk(filePath),
    cipher: CIPHER_DESCRIPTION,
    counts: countRecords(db),
  };
}
