import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Lets the session confirm "type your passphrase again" (before a backup or a
 * passphrase change) without keeping the passphrase itself: only a salted
 * scrypt hash is held, and only while the case file is unlocked.
 */
export class PassphraseVerifier {
  private readonly salt = randomBytes(16);
  private readonly hash: Buffer;

  constructor(passphrase: string) {
    this.hash = this.derive(passphrase);
  }

  matches(passphrase: string): boolean {
    return timingSafeEqual(this.hash, this.derive(passphrase));
  }

  private derive(passphrase: string): Buffer {
    return scryptSync(passphrase.normalize('NFC'), this.salt, 32);
  }
}
