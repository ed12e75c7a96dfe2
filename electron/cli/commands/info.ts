import type { Command } from 'commander';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../../db/connection';
import type { CaseFileInfo } from '../../../shared/contract/schemas';
import { caseFileInfo } from '../../services/caseFileInfo';
import { formatBytes, sayJson, sayTable } from '../output';
import { passphraseFileOption, passphraseToOpen, type PassphraseOptions } from '../passphrase';
import { existingFile } from '../paths';

interface InfoOptions extends PassphraseOptions {
  json?: boolean;
}

function printHuman(info: CaseFileInfo): void {
  sayTable([
    ['File', info.path],
    ['ID', info.id],
    ['Schema version', String(info.schemaVersion)],
    ['Created on', `${info.createdAt} (by ESS Casusbeheer ${info.createdByApp})`],
    ['Demo file', info.isDemo ? 'yes (fictional data)' : 'no'],
    ['Size', formatBytes(info.sizeBytes)],
    ['Cipher', info.cipher],
    ...Object.entries(info.counts).map(([table, count]): [string, string] => [`Records: ${table}`, String(count)]),
  ]);
}

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('show schema version, creation date, size, cipher and record counts')
    .argument('<file>', 'the case file')
    .option('--json', 'print the information as JSON')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: InfoOptions) => {
      const filePath = existingFile(file);
      const passphrase = await passphraseToOpen(options);
      // Inspect-only: no migration and no pragma that writes, so looking never changes the file.
      const db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: true });
      let info: CaseFileInfo;
      try {
        info = caseFileInfo(db, filePath);
      } finally {
        closeCaseFileDatabase(db);
      }
      if (options.json) sayJson(info);
      else printHuman(info);
    });
}
