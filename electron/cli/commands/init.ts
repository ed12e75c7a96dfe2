import type { Command } from 'commander';
import { closeCaseFileDatabase } from '../../../db/connection';
import { adviserInputSchema, type AdviserInput } from '../../../shared/domain/adviser';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { createCaseFile } from '../../services/caseFile';
import { say } from '../output';
import { passphraseFileOption, passphraseToCreate, type PassphraseOptions } from '../passphrase';
import { newCaseFilePath } from '../paths';

interface InitOptions extends PassphraseOptions {
  adviser?: string;
  initials?: string;
}

function adviserFrom(options: InitOptions, command: Command): AdviserInput | undefined {
  if (options.adviser === undefined && options.initials === undefined) return undefined;
  if (options.adviser === undefined || options.initials === undefined) {
    command.error('error: --adviser and --initials must be given together', { exitCode: 2, code: 'ess.usage' });
  }
  const result = adviserInputSchema.safeParse({ name: options.adviser, initials: options.initials });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const option = issue?.path[0] === 'initials' ? '--initials' : '--adviser';
  throw new AppError('INVALID_INPUT', `${option}: ${translate('en', issue?.message ?? 'validation.required')}`);
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a new, empty case file (adds .ess; never overwrites)')
    .argument('<file>', 'where to create the case file')
    .option('--adviser <name>', 'who creates it (otherwise the app asks on first unlock)')
    .option('--initials <initials>', "that adviser's initials")
    .addOption(passphraseFileOption('the new passphrase (at least 12 characters)'))
    .action(async (file: string, options: InitOptions, command: Command) => {
      const adviser = adviserFrom(options, command);
      const target = newCaseFilePath(file);
      const passphrase = await passphraseToCreate(options);
      const created = createCaseFile({ path: target, passphrase, adviser });
      closeCaseFileDatabase(created.db);
      say(created.path);
    });
}
