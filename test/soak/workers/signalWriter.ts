/**
 * Writes signals into a case file and prints "ACK <id>" after each one is
 * acknowledged, until killed or told to stop.
 *
 *   hold  FILE  open once, then create signals one by one (the kill -9 scenario)
 *   cycle FILE  per signal: open, create, close, like `ess signal add` (the rekey race);
 *               tries each passphrase of ESS_SOAK_PASSPHRASES in turn
 */
import { closeCaseFileDatabase } from '../../../db/connection';
import { openCaseFile } from '../../../electron/services/caseFile';
import { createSignal } from '../../../electron/services/signals/writes';
import { isAppError } from '../../../shared/errors';
import { soakSignal, writeContext } from '../fixtures';
import { errorLine, line, passphrasesFromEnvironment, stopRequested } from './common';

const [mode, filePath, firstNumber = '0'] = process.argv.slice(2);
if ((mode !== 'hold' && mode !== 'cycle') || !filePath) {
  console.error('usage: signalWriter.ts hold|cycle FILE [FIRST_NUMBER]');
  process.exit(2);
}
const passphrases = passphrasesFromEnvironment();
let n = Number(firstNumber);

function hold(): void {
  const opened = openCaseFile(filePath!, passphrases[0]!);
  const ctx = writeContext(opened.db, opened.adviser);
  line('READY');
  for (;;) {
    const signal = createSignal(ctx, soakSignal(n++));
    line(`ACK ${signal.id}`);
  }
}

function openWithAny(): ReturnType<typeof openCaseFile> {
  let lastError: unknown = null;
  for (const passphrase of passphrases) {
    try {
      return openCaseFile(filePath!, passphrase);
    } catch (error) {
      lastError = error;
      if (!(isAppError(error) && error.code === 'WRONG_PASSPHRASE')) throw error;
    }
  }
  throw lastError;
}

async function cycle(): Promise<void> {
  const stop = stopRequested();
  line('READY');
  while (!stop.stopped) {
    try {
      const opened = openWithAny();
      let id: string;
      try {
        id = createSignal(writeContext(opened.db, opened.adviser), soakSignal(n++)).id;
      } finally {
        closeCaseFileDatabase(opened.db);
      }
      // Like the CLI, success is reported only once the file is closed again.
      line(`ACK ${id}`);
    } catch (error) {
      line(errorLine(error));
    }
    // Yield, so "stop" on stdin is seen; other writers get their turn.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5)));
  }
  line('DONE');
}

try {
  if (mode === 'hold') hold();
  else await cycle();
} catch (error) {
  line(errorLine(error));
  process.exit(1);
}
