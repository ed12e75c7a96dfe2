import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { verifyCaseFileAt, type VerificationReport } from '../../services/verify';
import { sayTable } from '../output';
import { passphraseFileOption, passphraseToOpen, type PassphraseOptions } from '../passphrase';
import { existingFile } from '../paths';

/** One sentence per failed check, for the single stderr line. */
function failures(report: VerificationReport): string[] {
  const found: string[] = [];
  if (report.integrity.length > 0) {
    found.push(`integrity check found ${report.integrity.length} problem(s), first: ${report.integrity[0]}`);
  }
  const problem = report.audit.firstProblem;
  if (!report.audit.valid && problem) found.push(`audit chain broken at entry ${problem.seq}: ${problem.reason}`);
  if (report.migrationDrift.length > 0) {
    const names = report.migrationDrift.map((m) => `${m.version} (${m.name})`).join(', ');
    found.push(`migration checksum mismatch: ${names}`);
  }
  return found;
}

function printReport(report: VerificationReport): void {
  const { audit } = report;
  sayTable([
    ['Integrity check', report.integrity.length === 0 ? 'ok' : `FAILED: ${report.integrity.join('; ')}`],
    [
      'Audit chain',
      audit.valid
        ? `ok (${audit.entries} entries, ${audit.erasedPayloads} with erased before/after data)`
        : `FAILED at entry ${audit.firstProblem?.seq}: ${audit.firstProblem?.reason}`,
    ],
    [
      'Migrations',
      report.migrationDrift.length === 0
        ? 'ok (checksums match)'
        : `FAILED: changed after release: ${report.migrationDrift.map((m) => m.name).join(', ')}`,
    ],
    ['Result', report.ok ? 'ok' : 'FAILED'],
  ]);
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('check SQLite integrity, the audit hash chain and migration checksums (exit 1 if any fails)')
    .argument('<file>', 'the case file')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: PassphraseOptions) => {
      const filePath = existingFile(file);
      const report = verifyCaseFileAt(filePath, await passphraseToOpen(options));
      printReport(report);
      const found = failures(report);
      // A report that is not ok but names nothing would be a bug in the service; still fail loudly.
      if (!report.ok) throw new AppError('CORRUPT', found.length > 0 ? found.join('; ') : 'verification failed');
    });
}
