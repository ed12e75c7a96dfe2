import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { withPassphraseBytes, type Passphrase } from '../../db/passphraseKey';

/**
 * Lets the session confirm "type your passphrase again" (before a backup or a
 * passphrase change) without keeping the passphrase itself: only a salted
 * scrypt hash is held, and only while the case file is unlocked. It hashes the
 * same bytes the key is made from (no normalisation), so what it accepts is
 * exactly what opens the file.
 */
export class PassphraseVerifier {
  private readonly salt = randomBytes(16);
  private readonly hash: Buffer;

  constructor(passphrase: Passphrase) {
    this.hash = this.derive(passphrase);
  }

  matches(passphrase: Passphrase): boolean {
    return timingSafeEqual(this.hash, this.derive(passphrase));
  }

  private derive(passphrase: Passphrase): Buffer {
    return withPassphraseBytes(passphrase, (bytes) => scryptSync(bytes, this.salt, 32));
  }
}
