import fs from 'node:fs';
import { isAppError } from '../../../shared/errors';

/**
 * What every soak worker shares: passphrases come from the environment (never
 * argv), and each line is written synchronously, so a line on stdout always
 * means the work before it returned.
 */

export function passphrasesFromEnvironment(): string[] {
  const raw = process.env.ESS_SOAK_PASSPHRASES;
  if (!raw) throw new Error('ESS_SOAK_PASSPHRASES is not set');
  return JSON.parse(raw) as string[];
}

export function line(text: string): void {
  fs.writeSync(1, `${text}\n`);
}

/** "ERR <code> <message>" on one line; unexpected errors as INTERNAL with their class name. */
export function errorLine(error: unknown): string {
  if (isAppError(error)) return `ERR ${error.code} ${error.message.replaceAll('\n', ' ')}`;
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return `ERR RAW ${name}: ${message.replaceAll('\n', ' ')}`;
}

