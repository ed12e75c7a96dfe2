import type { Command } from 'commander';
import { referenceData } from '../../services/reference';
import { withCaseFile } from '../caseFileAccess';
import { sayJson, sayTable } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';

export function registerThemes(program: Command): void {
  program
    .command('themes')
    .description('list the theme codes of a case file (for --theme)')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: PassphraseOptions & { json?: boolean }) => {
      const { themes } = await withCaseFile(file, options, 'read', (db) => referenceData(db));
      if (options.json) sayJson(themes);
      else sayTable(themes.map((theme): [string, string] => [theme.code, theme.nl]));
    });
}
