import { createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import fs from 'node:fs';

/**
 * An independent reader for page 1 of a SQLCipher 4 file with default
 * settings, written from the published format (not with the library under
 * test): PBKDF2-HMAC-SHA512 × 256,000 over the 16-byte salt, AES-256-CBC,
 * a per-page IV and HMAC-SHA512 in 80 reserved bytes, 4096-byte pages.
 */
export function decryptSqlcipher4Page1(filePath: string, passphrase: string): Buffer {
  const page = Buffer.alloc(4096);
  const fd = fs.openSync(filePath, 'r');
  fs.readSync(fd, page, 0, 4096, 0);
  fs.closeSync(fd);
  const salt = page.subarray(0, 16);
  const key = pbkdf2Sync(passphrase, salt, 256_000, 32, 'sha512');
  const hmacSalt = Buffer.from(salt.map((byte) => byte ^ 0x3a));
  const hmacKey = pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512');
  const reserve = 16 + 64;
  const cipherText = page.subarray(16, 4096 - reserve);
  const iv = page.subarray(4096 - reserve, 4096 - 64);
  const storedMac = page.subarray(4096 - 64);
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const mac = createHmac('sha512', hmacKey).update(cipherText).update(iv).update(pageNumber).digest();
  if (!mac.equals(storedMac)) throw new Error('HMAC-SHA512 of page 1 does not match');
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(cipherText), decipher.final()]);
}
