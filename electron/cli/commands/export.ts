import { Option, type Command } from 'commander';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../../db/connection';
import { wipe } from '../../../db/passphraseKey';
import { LIST_EXPORT_FORMATS, type ListExportFormat, type ListExportRequestInput } from '../../../shared/contract/bulkChannels';
import { exportList, exportTarget } from '../../services/listExport';
import { CLI_ACTOR } from '../actor';
import { say } from '../output';
import { openingPassphrase, passphraseFileOption, type PassphraseOptions } from '../passphrase';
import { existingFile, newFilePath } from '../paths';

/**
 * The lists the CLI exports. Contact persons are left out on purpose: their
 * export is personal data leaving the case file, recorded per person in the
 * audit trail by the app, where the adviser who does it is known.
 */
const CLI_LISTS = ['signals', 'actions', 'cases', 'contactMoments', 'organisations'] as const;

interface ExportOptions extends PassphraseOptions {
  out: string;
  format: ListExportFormat;
  search?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a whole list to CSV (for Dutch Excel: ";" and a BOM) or XLSX, as the app does; never overwrites')
    .addArgument(program.createArgument('<list>', 'which list').choices(CLI_LISTS))
    .argument('<file>', 'the case file')
    .requiredOption('--out <path>', 'where to write the export (gets .csv or .xlsx); must not exist yet')
    .addOption(new Option('--format <format>', 'file format').choices(LIST_EXPORT_FORMATS).default('csv'))
    .option('--search <text>', 'only rows matching this free text, as the list search does')
    .addOption(passphraseFileOption())
    .action(async (list: (typeof CLI_LISTS)[number], file: string, options: ExportOptions) => {
      const target = newFilePath(exportTarget(options.out, options.format).path);
      const filePath = existingFile(file);
      const passphrase = await openingPassphrase(options);
      let db;
      try {
        // Exporting reads only: the case file is opened inspect-only, as `signal list` does.
        db = openCaseFileDatabase(filePath, passphrase, { inspectOnly: true });
      } finally {
        wipe(passphrase);
      }
      try {
        const request = { list, query: { filters: { text: options.search } }, format: options.format } as ListExportRequestInput;
        const result = await exportList({ db, actor: CLI_ACTOR, now: new Date() }, request, { outPath: target, overwrite: false });
        say(`${result.rows} rows written to ${result.path}`);
      } finally {
        closeCaseFileDatabase(db);
      }
    });
}
