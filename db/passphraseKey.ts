import { AppError } from '../shared/errors';
import { findPassphraseProblem } from '../shared/passphrase';

/**
 * A passphrase as the services take it. Bytes are preferred: JavaScript
 * strings cannot be wiped, so the app and the CLI pass a Uint8Array that the
 * receiver zeroes once used. Strings stay accepted for tests and scripts.
 */
export type Passphrase = string | Uint8Array;

/**
 * A private copy of the passphrase's UTF-8 bytes for one use (keying,
 * hashing); the caller zeroes it with `wipe` as soon as it is done. Refuses
 * bytes no passphrase may hold, without echoing any of them.
 */
export function passphraseBytes(passphrase: Passphrase): Buffer {
  const source = typeof passphrase === 'string' ? Buffer.from(passphrase, 'utf8') : passphrase;
  // Buffer.alloc, not the shared pool: the copy must be ours alone to zero.
  const copy = Buffer.alloc(source.length);
  copy.set(source);
  if (typeof passphrase === 'string') wipe(source);
  const problem = findPassphraseProblem(copy);
  if (problem) {
    wipe(copy);
    throw new AppError('INVALID_INPUT', problem.message);
  }
  return copy;
}

/** Overwrites passphrase bytes in place; strings are left alone (they cannot be wiped). */
export function wipe(passphrase: Passphrase | null | undefined): void {
  if (passphrase instanceof Uint8Array) passphrase.fill(0);
}

/** Runs `use` with a private byte copy of the passphrase and zeroes the copy afterwards, whatever happens. */
export function withPassphraseBytes<T>(passphrase: Passphrase, use: (bytes: Buffer) => T): T {
  const bytes = passphraseBytes(passphrase);
  try {
    return use(bytes);
  } finally {
    wipe(bytes);
  }
}

