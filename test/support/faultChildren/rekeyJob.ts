/**
 * A child process that changes the passphrase of a case file the way `ess
 * rekey` does (rekeyCaseFileAt), to be killed part-way by the parent.
 * Passphrases come from ESS_FAULT_PASSPHRASES ([current, next]), never argv.
 * Prints START before the job, PHASE <step> as it goes, DONE after it
 * returned, ERR <code> on failure.
 */
import fs from 'node:fs';
import { CLI_ACTOR } from '../../../electron/cli/actor';
import { rekeyCaseFileAt } from '../../../electron/services/rekey';
import { isAppError } from '../../../shared/errors';

const say = (text: string): void => void fs.writeSync(1, `${text}\n`);
const [filePath] = process.argv.slice(2);
const [current, next] = JSON.parse(process.env.ESS_FAULT_PASSPHRASES ?? '[]') as string[];

try {
  say('START');
  rekeyCaseFileAt(filePath!, { current: current!, next: next! }, CLI_ACTOR, (phase) => say(`PHASE ${phase.step}`));
  say('DONE');
} catch (error) {
  say(`ERR ${isAppError(error) ? error.code : 'RAW'} ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
