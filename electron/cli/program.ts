import fs from 'node:fs';
import { Command, Option } from 'commander';
import { registerBackup } from './commands/backup';
import { registerAction } from './commands/action';
import { registerBriefing } from './commands/briefing';
import { registerExport } from './commands/export';
import { registerEarlyWarning } from './earlyWarning';
import { registerElection } from './election';
import { registerCampaignVisit } from './campaignVisit';
import { registerCase } from './commands/case';
import { registerContact } from './commands/contact';
import { registerContactMoment } from './commands/contactMoment';
import { registerMunicipality } from './commands/municipality';
import { registerOrganisation } from './commands/organisation';
import { registerSignal } from './commands/signal';
import { registerThemes } from './commands/themes';
import { registerDemo } from './commands/demo';
import { registerInfo } from './commands/info';
import { registerInit } from './commands/init';
import { registerRekey } from './commands/rekey';
import { registerVerify } from './commands/verify';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV } from './passphrase';

const HELP_FOOTER = `
Passphrase sources, in this order:
  --passphrase-file PATH   the file's contents (one trailing newline is ignored)
  ${PASSPHRASE_ENV.padEnd(23)}  environment variable
  a prompt without echo    only when stdin is a terminal (asked twice for a new file)
rekey takes the new passphrase from --new-passphrase-file PATH, ${NEW_PASSPHRASE_ENV} or the prompt.
A passphrase is never accepted as an argument and never printed.

Exit codes: 0 success; 1 failure, with one line "error CODE: message" on stderr; 2 wrong usage.`;

/**
 * Recognises the options people try first, only to refuse them with the reason:
 * an argument is visible in shell history and to every user's process list.
 */
function refusePassphraseArguments(command: Command): void {
  const refused = ['--passphrase', '--new-passphrase'].map((flag) => new Option(`${flag} <secret>`).hideHelp());
  for (const option of refused) command.addOption(option);
  command.hook('preAction', () => {
    const used = refused.find((option) => command.getOptionValue(option.attributeName()) !== undefined);
    if (!used) return;
    command.error(
      `error: ${used.long} is not accepted: a passphrase on the command line is visible to others; use ${used.long}-file PATH or the environment`,
      { exitCode: 2, code: 'ess.passphraseArgument' },
    );
  });
}

/** Read at run time: under tsx there is no build step to inject the version. */
function packageVersion(): string {
  const text = fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

export function createProgram(): Command {
  const program = new Command('ess')
    .description('Work with ESS Casusbeheer case files (.ess, encrypted with SQLCipher 4) from the command line.')
    .version(packageVersion())
    // Throw instead of exiting, so run.ts alone decides the exit code (2 for usage errors).
    // Set before the subcommands are added: they inherit it.
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', HELP_FOOTER);

  registerInit(program);
  registerInfo(program);
  registerVerify(program);
  registerBackup(program);
  registerRekey(program);
  registerDemo(program);
  registerSignal(program);
  registerCase(program);
  registerThemes(program);
  registerMunicipality(program);
  registerOrganisation(program);
  registerContact(program);
  registerContactMoment(program);
  registerAction(program);
  registerBriefing(program);
  registerExport(program);
  registerEarlyWarning(program);
  registerElection(program);
  registerCampaignVisit(program);

  // The full help after every typo would bury the error; the usage line is enough.
  program.showHelpAfterError('Run "ess --help" for the list of commands.');
  for (const command of program.commands) {
    command.showHelpAfterError(`Usage: ess ${command.name()} ${command.usage()}\nRun "ess ${command.name()} --help" for details.`);
    refusePassphraseArguments(command);
  }
  return program;
}
