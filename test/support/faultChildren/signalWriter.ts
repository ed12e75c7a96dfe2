/**
 * A child process that writes signals like repeated `ess signal add`: per
 * signal it opens the case file (trying each passphrase of
 * ESS_FAULT_PASSPHRASES), creates one signal, closes, and only then prints
 * "ACK <id>". Failures print "ERR <code> <message>". Stops on "stop" on stdin.
 */
import fs from 'node:fs';
import { closeCaseFileDatabase } from '../../../db/connection';
import { actorFor } from '../../../electron/services/actor';
import { openCaseFile, type OpenCaseFile } from '../../../electron/services/caseFile';
import { createSignal } from '../../../electron/services/signals/writes';
import { isAppError } from '../../../shared/errors';
import { faultSignal } from '../rekeyFaultFixtures';

const say = (text: string): void => void fs.writeSync(1, `${text}\n`);
const [filePath, label = 'w'] = process.argv.slice(2);
const passphrases = JSON.parse(process.env.ESS_FAULT_PASSPHRASES ?? '[]') as string[];
let stopped = false;
process.stdin.on('data', () => (stopped = true));
process.stdin.on('end', () => (stopped = true));

function openWithAny(): OpenCaseFile {
  let last: unknown = null;
  for (const passphrase of passphrases) {
    try {
      return openCaseFile(filePath!, passphrase);
    } catch (error) {
      last = error;
      if (!(isAppError(error) && error.code === 'WRONG_PASSPHRASE')) throw error;
    }
  }
  throw last;
}

say('READY');
for (let n = 0; !stopped; n++) {
  try {
    const opened = openWithAny();
    let id: string;
    try {
      id = createSignal({ db: opened.db, actor: actorFor(opened.adviser!), now: new Date('2026-03-15T10:00:00Z') }, faultSignal(`${label}-${n}`)).id;
    } finally {
      closeCaseFileDatabase(opened.db);
    }
    say(`ACK ${id}`);
  } catch (error) {
    say(`ERR ${isAppError(error) ? error.code : 'RAW'} ${(error instanceof Error ? error.message : String(error)).replaceAll('\n', ' ')}`);
  }
  await new Promise((resolve) => setTimeout(resolve, n % 5));
}
say('DONE');
