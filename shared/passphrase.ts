import { z } from 'zod';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** A passphrase that protects a new case file (or replaces the old one). */
export const newPassphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, 'validation.passphraseTooShort')
  .max(MAX_PASSPHRASE_LENGTH, 'validation.passphraseTooLong');

/** Any passphrase offered to unlock: length is not checked, files may predate the rule. */
export const passphraseSchema = z.string().min(1, 'validation.required').max(MAX_PASSPHRASE_LENGTH);
