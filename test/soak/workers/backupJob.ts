/**
 * One long job on a case file, to be killed part-way by the parent:
 *
 *   backup FILE DEST  the CLI's backup (ess backup)
 *   rekey  FILE       the CLI's passphrase change (ess rekey), from the first
 *                     to the second passphrase of ESS_SOAK_PASSPHRASES
 *
 * Prints START before the job and DONE after it returned.
 */
import { CLI_ACTOR } from '../../../electron/cli/actor';
import { backupCaseFileAt } from '../../../electron/services/backup';
import { rekeyCaseFileAt } from '../../../electron/services/rekey';
import { errorLine, line, passphrasesFromEnvironment } from './common';

const [job, filePath, destination] = process.argv.slice(2);
const [current, next] = passphrasesFromEnvironment();

try {
  line('START');
  if (job === 'backup' && filePath && destination) backupCaseFileAt(filePath, destination, current!);
  else if (job === 'rekey' && filePath && next) rekeyCaseFileAt(filePath, { current: current!, next }, CLI_ACTOR);
  else {
    console.error('usage: caseFileJob.ts backup FILE DEST | rekey FILE');
    process.exit(2);
  }
  line('DONE');
} catch (error) {
  line(errorLine(error));
  process.exit(1);
}
