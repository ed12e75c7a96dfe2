import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { defaultAnchorsDir } from '../../services/auditAnchors';
import { describeRecordProblem } from '../../services/auditRecords';
import { verifyCaseFileAt, type VerificationReport } from '../../services/verify';
import { say, sayTable } from '../output';
import { passphraseFileOption, passphraseToOpen, type PassphraseOptions } from '../passphrase';
import { existingFile } from '../paths';

interface VerifyCommandOptions extends PassphraseOptions {
  anchors?: string | false;
  against: string[];
  json?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence per failed check, for the single stderr line. */
export function verificationFailures(report: VerificationReport): string[] {
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
  if (report.schema.length > 0) {
    const listed = report.schema.map((d) => `${d.type} ${d.name} is ${d.problem}`).join(', ');
    found.push(`schema differs from what the migrations made: ${listed}`);
  }
  if (report.records.problemCount > 0) {
    const first = report.records.problems[0];
    found.push(`${plural(report.records.problemCount, 'record does', 'records do')} not match the audit trail${first ? `, first: ${describeRecordProblem(first)}` : ''}`);
  }
  for (const check of report.anchors) if (!check.ok && check.problem) found.push(check.problem);
  found.push(...report.anchorErrors);
  return found;
}

function printReport(report: VerificationReport): void {
  const { audit, records } = report;
  const failedAnchors = report.anchors.filter((check) => !check.ok);
  sayTable([
    ['Integrity check', report.integrity.length === 0 ? 'ok' : `FAILED: ${report.integrity.join('; ')}`],
    [
      'Audit chain',
      audit.valid
        ? `ok (${audit.entries} entries, ${audit.erasedPayloads} with erased before/after data, each covered by an erasure entry)`
        : `FAILED at entry ${audit.firstProblem?.seq}: ${audit.firstProblem?.reason}`,
    ],
    [
      'Migrations',
      report.migrationDrift.length === 0
        ? 'ok (checksums match)'
        : `FAILED: changed after release: ${report.migrationDrift.map((m) => m.name).join(', ')}`,
    ],
    [
      'Schema',
      report.schema.length === 0
        ? 'ok (tables, indexes and triggers as the migrations made them)'
        : `FAILED: ${report.schema.map((d) => `${d.type} ${d.name} is ${d.problem}`).join(', ')}`,
    ],
    [
      'Records',
      records.problemCount === 0
        ? `ok (${plural(records.checked, 'record', 'records')} as their last audit entry recorded${
            records.notFingerprinted > 0 ? `; ${records.notFingerprinted} not yet fingerprinted (last changed before schema 6)` : ''
          })`
        : `FAILED: ${records.problems.map(describeRecordProblem).join('; ')}${
            records.problemCount > records.problems.length ? ` (and ${records.problemCount - records.problems.length} more)` : ''
          }`,
    ],
    [
      'Anchors',
      failedAnchors.length === 0 && report.anchorErrors.length === 0
        ? report.anchors.length === 0
          ? 'none found (first use: nothing to compare with yet)'
          : `ok (${plural(report.anchors.length, 'anchor', 'anchors')} found in the chain, newest seq ${Math.max(...report.anchors.map((c) => c.anchor.seq))})`
        : `FAILED: ${[...failedAnchors.map((check) => check.problem), ...report.anchorErrors].join('; ')}`,
    ],
    ['Result', report.ok ? 'ok' : 'FAILED'],
  ]);
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'check SQLite integrity, the audit hash chain, migration checksums, the schema, every record against its audit trail, and audit anchors (exit 1 if any fails)',
    )
    .argument('<file>', 'the case file')
    .addOption(passphraseFileOption())
    .option('--anchors <dir>', "the app's data folder holding audit anchors (default: the app's own data folder)")
    .option('--no-anchors', 'do not read the anchors of the data folder')
    .option('--against <file>', 'a backup (.ess) or exported note (.docx) whose audit anchor the chain must contain (repeatable)', (value: string, list: string[]) => [...list, value], [])
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: VerifyCommandOptions) => {
      const filePath = existingFile(file);
      const against = options.against.map((other) => existingFile(other));
      const anchorsDir = options.anchors === false ? null : (options.anchors ?? defaultAnchorsDir());
      const report = verifyCaseFileAt(filePath, await passphraseToOpen(options), { anchorsDir, against });
      if (options.json) say(JSON.stringify(report, null, 2));
      else printReport(report);
      const found = verificationFailures(report);
      // A report that is not ok but names nothing would be a bug in the service; still fail loudly.
      if (!report.ok) throw new AppError('CORRUPT', found.length > 0 ? found.join('; ') : 'verification failed');
    });
}
