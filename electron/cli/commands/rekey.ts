import type { Command } from 'commander';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../../db/connection';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { describeCleanup } from '../../services/leftovers';
import { rekeyCaseFileAt } from '../../services/rekey';
import { CLI_ACTOR } from '../actor';
import { say } from '../output';
import {
  newPassphrase,
  newPassphraseFileOption,
  passphraseFileOption,
  passphraseToOpen,
  type NewPassphraseOptions,
  type PassphraseOptions,
} from '../passphrase';
import { existingFile } from '../paths';

type RekeyOptions = PassphraseOptions & NewPassphraseOptions;

/** Fails on a wrong current passphrase before anyone types a new one twice. */
function assertOpens(filePath: string, passphrase: string): void {
  closeCaseFileDatabase(openCaseFileDatabase(filePath, passphrase, { inspectOnly: true }));
}

export function registerRekey(program: Command): void {
  program
    .command('rekey')
    .description('change the passphrase of a case file')
    .argument('<file>', 'the case file (must not be open elsewhere)')
    .addOption(passphraseFileOption('the current passphrase'))
    .addOption(newPassphraseFileOption())
    .action(async (file: string, options: RekeyOptions) => {
      const filePath = existingFile(file);
      const current = await passphraseToOpen(options);
      const next = await newPassphrase(options, () => assertOpens(filePath, current));
      if (next === current) throw new AppError('INVALID_INPUT', translate('en', 'validation.passphraseUnchanged'));
      const cleanup = rekeyCaseFileAt(filePath, { current, next }, CLI_ACTOR);
      for (const line of describeCleanup(cleanup)) say(line);
      say(`Passphrase changed: ${filePath}`);
    });
}
