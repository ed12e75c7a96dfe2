/**
 * signalWriter.ts FILE [FIRST_NUMBER]: opens the case file once and registers
 * signals one after the other until killed, printing "ACK <id>" after each
 * commit returned (the kill -9 scenario).
 */
import { openCaseFile } from '../../../electron/services/caseFile';
import { createSignal } from '../../../electron/services/signals/writes';
import { soakSignal, writeContext } from '../fixtures';
import { errorLine, line, passphrasesFromEnvironment } from './common';

const [filePath, firstNumber = '0'] = process.argv.slice(2);
const [passphrase] = passphrasesFromEnvironment();
if (!filePath || !passphrase) {
  console.error('usage: signalWriter.ts FILE [FIRST_NUMBER] (passphrase in ESS_SOAK_PASSPHRASES)');
  process.exit(2);
}

try {
  const opened = openCaseFile(filePath, passphrase);
  const ctx = writeContext(opened.db, opened.adviser);
  line('READY');
  for (let n = Number(firstNumber); ; n++) {
    const signal = createSignal(ctx, soakSignal(n));
    line(`ACK ${signal.id}`);
  }
} catch (error) {
  line(errorLine(error));
  process.exit(1);
}
