import { Option, type Command } from 'commander';
import { createDemoCaseFile, DEFAULT_DEMO_SIGNALS, DEMO_PASSPHRASE } from '../../services/demo';
import { positiveInteger } from '../options';
import { say } from '../output';
import { PASSPHRASE_ENV, suppliedPassphraseToCreate, type PassphraseOptions } from '../passphrase';
import { newCaseFilePath } from '../paths';

interface DemoOptions extends PassphraseOptions {
  signals: number;
}

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
    .addOption(
      new Option('--signals <n>', 'how many fictional signals to generate (1 to 1,000,000)')
        .argParser(positiveInteger('--signals', 1_000_000))
        .default(DEFAULT_DEMO_SIGNALS),
    )
    .action((file: string, options: DemoOptions) => {
      const target = newCaseFilePath(file);
      // The demo never prompts: its point is to be quick, and its data is fictional.
      const supplied = suppliedPassphraseToCreate(options);
      const created = createDemoCaseFile(target, { passphrase: supplied ?? DEMO_PASSPHRASE, signals: options.signals });
      say(created);
      say(`Signals: ${options.signals} fictional signals, with demo cases and journal entries`);
      // The demo passphrase is public, so it may be shown; a supplied one never is.
      say(supplied === undefined ? `Passphrase: ${DEMO_PASSPHRASE} (public demo passphrase)` : 'Passphrase: the one you supplied');
    });
}
