/**
 * `ess backup` (the same service) in its own process, to be killed part-way:
 * backupJob.ts FILE DEST. Prints START before the job and DONE after it returned.
 */
import { backupCaseFileAt } from '../../../electron/services/backup';
import { errorLine, line, passphrasesFromEnvironment } from './common';

const [filePath, destination] = process.argv.slice(2);
const [passphrase] = passphrasesFromEnvironment();
if (!filePath || !destination || !passphrase) {
  console.error('usage: backupJob.ts FILE DEST (passphrase in ESS_SOAK_PASSPHRASES)');
  process.exit(2);
}

try {
  line('START');
  backupCaseFileAt(filePath, destination, passphrase);
  line('DONE');
} catch (error) {
  line(errorLine(error));
  process.exit(1);
}
