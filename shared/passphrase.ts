import { z } from 'zod';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;
/** UTF-8 takes at most four bytes per character. */
export const MAX_PASSPHRASE_BYTES = MAX_PASSPHRASE_LENGTH * 4;

export interface PassphraseProblem {
  /** i18n key under `validation.` */
  key: string;
  /** English sentence for the CLI and logs; never contains any of the passphrase. */
  message: string;
}

const NUL_PROBLEM: PassphraseProblem = {
  key: 'validation.passphraseNul',
  message:
    'The passphrase contains a NUL character (a zero byte), which no passphrase can hold; check where it came from (a passphrase file must hold text)',
};

const CONTROL_PROBLEM: PassphraseProblem = {
  key: 'validation.passphraseControlCharacter',
  message: 'The passphrase contains an invisible control character; use letters, digits, spaces and punctuation only',
};

/**
 * A NUL can never be part of a passphrase: C code reading it as text stops
 * there, so it would silently protect a file with only the part before it.
 * Checked on bytes (the form in which the key is used), for every passphrase.
 */
export function findPassphraseProblem(bytes: Uint8Array): PassphraseProblem | null {
  return bytes.includes(0) ? NUL_PROBLEM : null;
}

/**
 * A new passphrase must also be typeable again: other control characters
 * (tab, escape, DEL) are refused there. Existing files keep working whatever
 * they were protected with, so unlocking only refuses the NUL.
 */
function findNewPassphraseProblem(bytes: Uint8Array): PassphraseProblem | null {
  if (bytes.includes(0)) return NUL_PROBLEM;
  return bytes.some((byte) => byte < 0x20 || byte === 0x7f) ? CONTROL_PROBLEM : null;
}

/** Characters in UTF-8 bytes, counted without decoding them into a string that could not be wiped. */
function characterCount(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if ((byte & 0xc0) !== 0x80) count += 1;
  return count;
}

const encoder = new TextEncoder();

function bytesOf(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value;
}

function check(
  value: string | Uint8Array,
  ctx: z.RefinementCtx,
  rules: { min: number; minKey: string; problem: (bytes: Uint8Array) => PassphraseProblem | null },
): void {
  const bytes = bytesOf(value);
  const length = typeof value === 'string' ? value.length : characterCount(bytes);
  if (length < rules.min) ctx.addIssue({ code: 'custom', message: rules.minKey });
  else if (length > MAX_PASSPHRASE_LENGTH || bytes.length > MAX_PASSPHRASE_BYTES) {
    ctx.addIssue({ code: 'custom', message: 'validation.passphraseTooLong' });
  } else {
    const problem = rules.problem(bytes);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.key });
  }
  // The encoded copy of a string is ours: leave no bytes of it behind.
  if (typeof value === 'string') bytes.fill(0);
}

const NEW_RULES = { min: MIN_PASSPHRASE_LENGTH, minKey: 'validation.passphraseTooShort', problem: findNewPassphraseProblem };
const ANY_RULES = { min: 1, minKey: 'validation.required', problem: findPassphraseProblem };

/** A passphrase typed in a form that protects a new case file (or replaces the old one). */
export const newPassphraseSchema = z.string().superRefine((value, ctx) => check(value, ctx, NEW_RULES));

/** Any passphrase typed to unlock: length is not checked, files may predate the rule. */
export const passphraseSchema = z.string().superRefine((value, ctx) => check(value, ctx, ANY_RULES));

/**
 * What crosses IPC: the renderer sends the UTF-8 bytes (a Uint8Array, which
 * the main process can zero after use); a string is still accepted from
 * callers that have nothing better (tests, scripts).
 */
const passphraseWire = z.union([z.string(), z.instanceof(Uint8Array)]);

export const newPassphraseInputSchema = passphraseWire.superRefine((value, ctx) => check(value, ctx, NEW_RULES));
export const passphraseInputSchema = passphraseWire.superRefine((value, ctx) => check(value, ctx, ANY_RULES));

/** Byte-wise equality, for "the new passphrase must differ" without decoding bytes into strings. */
export function samePassphraseBytes(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = bytesOf(a);
  const right = bytesOf(b);
  const same = left.length === right.length && left.every((byte, index) => byte === right[index]);
  if (typeof a === 'string') left.fill(0);
  if (typeof b === 'string') right.fill(0);
  return same;
}
