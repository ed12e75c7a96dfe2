import type { Command } from 'commander';
import { backupCaseFileAt } from '../../services/backup';
import { describeCleanup } from '../../services/leftovers';
import { formatBytes, say, sayTable } from '../output';
import { passphraseFileOption, passphraseToOpen, type PassphraseOptions } from '../passphrase';
import { existingFile, newCaseFilePath } from '../paths';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write an encrypted, verified copy of the case file (never overwrites)')
    .argument('<file>', 'the case file')
    .argument('<destination>', 'where to write the backup (adds .ess); must not exist yet')
    .addOption(passphraseFileOption())
    .action(async (file: string, destination: string, options: PassphraseOptions) => {
      const source = existingFile(file);
      // Like init: a backup is a case file, and only a .ess name opens with a double click.
      const target = newCaseFilePath(destination);
      const result = backupCaseFileAt(source, target, await passphraseToOpen(options));
      for (const line of describeCleanup(result.cleanup)) say(line);
      sayTable([
        ['Backup', result.path],
        ['Size', formatBytes(result.sizeBytes)],
        ['SHA-256', result.sha256],
        ['Verified records', String(result.verifiedRecords)],
      ]);
    });
}
