import path from 'node:path';
import { findMigrationDrift, type MigrationDrift } from '../../db/migrate';
import { closeCaseFileDatabase, openCaseFileDatabase, schemaVersionOf } from '../../db/connection';
import { integrityCheck } from '../../db/repositories/stats';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import { compareSchema, type SchemaDifference } from '../../db/schemaCheck';
import { AppError } from '../../shared/errors';
import { verifyAuditChain, type AuditVerification } from './audit';
import { anchorFromBackup, anchorFromDocx, anchorStorePath, checkAnchors, readAnchorStore, type AnchorCheck, type AuditAnchor } from './auditAnchors';
import { verifyRecordStates, type RecordVerification } from './auditRecords';

export interface VerificationReport {
  ok: boolean;
  integrity: string[];
  audit: AuditVerification;
  migrationDrift: MigrationDrift[];
  /** Tables, indexes, triggers and views that differ from what the migrations make. */
  schema: SchemaDifference[];
  records: RecordVerification;
  anchors: AnchorCheck[];
  /** Anchor sources that could not be read (a backup under another passphrase, a damaged anchor file). */
  anchorErrors: string[];
}

type Passphrase = Parameters<typeof openCaseFileDatabase>[1];

export interface VerifyOptions {
  /** The app's data folder with its anchor files; none: no folder is read. */
  anchorsDir?: string | null;
  /** Backups (.ess) and exported notes (.docx) whose anchors the chain must still contain. */
  against?: readonly string[];
}

/** Anchors from the given files; a backup opens with the same passphrase as the case file. */
function anchorsFromFiles(files: readonly string[], passphrase: Passphrase, errors: string[]): { origin: string; anchor: AuditAnchor }[] {
  const found: { origin: string; anchor: AuditAnchor }[] = [];
  for (const file of files) {
    const origin = path.resolve(file);
    try {
      const anchor = file.toLowerCase().endsWith('.docx') ? anchorFromDocx(origin) : anchorFromBackup(origin, passphrase);
      if (anchor) found.push({ origin, anchor });
      else errors.push(`${origin} carries no audit anchor`);
    } catch (error) {
      errors.push(`could not read an anchor from ${origin}: ${error instanceof AppError ? `${error.code} ${error.message}` : 'unreadable'}`);
    }
  }
  return found;
}

/**
 * `ess verify`, read-only: SQLite's integrity check, the audit chain (with
 * every erased payload covered by an erasure entry), the migration checksums,
 * the schema against what the migrations make, every record against its last
 * audit entry, and the chain against anchors kept outside the file.
 */
export function verifyCaseFileAt(filePath: string, passphrase: Passphrase, options: VerifyOptions = {}): VerificationReport {
  const anchorErrors: string[] = [];
  // Read the backups first: the case file and a backup are never open at once.
  const fromFiles = anchorsFromFiles(options.against ?? [], passphrase, anchorErrors);
  const db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: true });
  try {
    const integrity = integrityCheck(db);
    const audit = verifyAuditChain(db);
    const migrationDrift = findMigrationDrift(db);
    const schema = compareSchema(db, schemaVersionOf(db));
    const records = verifyRecordStates(db);
    const found = [...fromFiles];
    if (options.anchorsDir) {
      const caseFileId = getCaseFileMeta(db).id;
      const origin = anchorStorePath(options.anchorsDir, caseFileId);
      try {
        found.push(...readAnchorStore(options.anchorsDir, caseFileId).map((anchor) => ({ origin, anchor })));
      } catch (error) {
        anchorErrors.push(error instanceof AppError ? error.message : `could not read ${origin}`);
      }
    }
    const anchors = checkAnchors(db, found);
    const ok =
      integrity.length === 0 &&
      audit.valid &&
      migrationDrift.length === 0 &&
      schema.length === 0 &&
      records.problemCount === 0 &&
      anchors.every((check) => check.ok) &&
      anchorErrors.length === 0;
    return { ok, integrity, audit, migrationDrift, schema, records, anchors, anchorErrors };
  } finally {
    closeCaseFileDatabase(db);
  }
}
