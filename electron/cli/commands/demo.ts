import { Option, type Command } from 'commander';
import { createDemoCaseFile, DEMO_PASSPHRASE } from '../../services/demo';
import { say } from '../output';
import { PASSPHRASE_ENV, suppliedPassphraseToCreate, type PassphraseOptions } from '../passphrase';
import { newCaseFilePath } from '../paths';

// Options of the demo command; further ones (such as the number of fictional
// signals) are added here and passed on to createDemoCaseFile.
type DemoOptions = PassphraseOptions;

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('create a demo case file with fictional data')
    .argument('<file>', 'where to create the demo file (adds .ess; never overwrites)')
    .addOption(
      new Option(
        '--passphrase-file <path>',
        `read a passphrase from this file (or set ${PASSPHRASE_ENV}); default: the public "${DEMO_PASSPHRASE}"`,
      ),
    )
    .action((file: string, options: DemoOptions) => {
      const target = newCaseFilePath(file);
      // The demo never prompts: its point is to be quick, and its data is fictional.
      const supplied = suppliedPassphraseToCreate(options);
      const created = createDemoCaseFile(target, new Date(), supplied ?? DEMO_PASSPHRASE);
      say(created);
      // The demo passphrase is public, so it may be shown; a supplied one never is.
      say(supplied === undefined ? `Passphrase: ${DEMO_PASSPHRASE} (public demo passphrase)` : 'Passphrase: the one you supplied');
    });
}
