import { pbkdf2Sync } from 'node:crypto';
import { AppError } from '../shared/errors';
import type { Db } from './connection';
import { withPassphraseBytes, wipe, type Passphrase } from './passphraseKey';

/** SQLCipher 4 defaults (what `legacy = 4` selects): PBKDF2-HMAC-SHA512, 256,000 rounds, 256-bit key, 16-byte salt. */
const KDF_ITERATIONS = 256_000;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const RAW_PREFIX = Buffer.from('raw:', 'latin1');

/**
 * The key a rekey must be given so that the file keeps its salt.
 *
 * SQLite3 Multiple Ciphers draws a fresh salt when it rekeys from a
 * passphrase, and the salt lives in the first 16 bytes of page 1. The rekey
 * writes page 1 first, so a crash part-way leaves a file whose salt no longer
 * matches the old pages or the rollback journal: neither passphrase could open
 * it. Deriving the new key ourselves from the CURRENT salt (exactly as
 * SQLCipher 4 does from a passphrase) and passing it raw ("raw:" + key + salt)
 * keeps the salt, so a crash rolls back under the old passphrase, and the
 * finished file opens with the new passphrase in any SQLCipher 4 client.
 *
 * The caller zeroes the returned bytes once used.
 */
export function rawRekeyFor(db: Db, newPassphrase: Passphrase): Buffer {
  const saltHex = db.pragma('cipher_salt', { simple: true });
  if (typeof saltHex !== 'string' || !/^[0-9a-fA-F]{32}$/.test(saltHex)) {
    throw new AppError('INTERNAL', 'Change passphrase: the cipher salt of the case file could not be read');
  }
  const salt = Buffer.from(saltHex, 'hex');
  const key = withPassphraseBytes(newPassphrase, (bytes) => pbkdf2Sync(bytes, salt, KDF_ITERATIONS, KEY_BYTES, 'sha512'));
  const raw = Buffer.alloc(RAW_PREFIX.length + KEY_BYTES + SALT_BYTES);
  RAW_PREFIX.copy(raw, 0);
  key.copy(raw, RAW_PREFIX.length);
  salt.copy(raw, RAW_PREFIX.length + KEY_BYTES);
  wipe(key);
  return raw;
}
