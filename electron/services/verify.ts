import { findMigrationDrift, type MigrationDrift } from '../../db/migrate';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { integrityCheck } from '../../db/repositories/stats';
import { verifyAuditChain, type AuditVerification } from './audit';

export interface VerificationReport {
  ok: boolean;
  integrity: string[];
  audit: AuditVerification;
  migrationDrift: MigrationDrift[];
}

/** `ess verify`: SQLite's integrity check, the audit chain and the migration checksums, read-only. */
export function verifyCaseFileAt(filePath: string, passphrase: string): VerificationReport {
  const db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: true });
  try {
    const integrity = integrityCheck(db);
    const audit = verifyAuditChain(db);
    const migrationDrift = findMigrationDrift(db);
    return { ok: integrity.length === 0 && audit.valid && migrationDrift.length === 0, integrity, audit, migrationDrift };
  } finally {
    closeCaseFileDatabase(db);
  }
}
