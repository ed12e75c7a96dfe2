import fs from 'node:fs';
import { Option } from 'commander';
import type { ZodType } from 'zod';
import { toAppError } from '../../db/sqliteErrors';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { newPassphraseInputSchema, passphraseInputSchema } from '../../shared/passphrase';
import { wipe, type Passphrase } from '../../db/passphraseKey';
import { promptHidden, stdinIsTerminal } from './prompt';

// A passphrase is never an argument: arguments end up in shell history and in
// every user's process list. Nothing in this file prints or logs one.

export const PASSPHRASE_ENV = 'ESS_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'ESS_NEW_PASSPHRASE';

export interface PassphraseOptions {
  passphraseFile?: string;
}

export interface NewPassphraseOptions {
  newPassphraseFile?: string;
}

export function passphraseFileOption(what = 'the passphrase'): Option {
  return new Option('--passphrase-file <path>', `read ${what} from this file (or set ${PASSPHRASE_ENV}; else a prompt)`);
}

export function newPassphraseFileOption(): Option {
  return new Option('--new-passphrase-file <path>', `read the new passphrase from this file (or set ${NEW_PASSPHRASE_ENV})`);
}

/**
 * The file's contents minus one line ending (`echo secret > file` must give
 * "secret"), as bytes: a Buffer can be zeroed once used, a string cannot.
 */
export function readPassphraseFile(filePath: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw toAppError(error, `Passphrase file ${filePath}`);
  }
  let end = bytes.length;
  if (bytes[end - 1] === 0x0a) end -= 1;
  if (end < bytes.length && bytes[end - 1] === 0x0d) end -= 1;
  return bytes.subarray(0, end);
}

interface Sources {
  file: string | undefined;
  fileFlag: string;
  envVar: string;
}

interface Given {
  value: Passphrase;
  origin: string;
}

/** The non-interactive sources, in their documented order. */
function fromGivenSources({ file, fileFlag, envVar }: Sources): Given | undefined {
  if (file !== undefined) return { value: readPassphraseFile(file), origin: fileFlag };
  // An empty variable counts as unset, as is usual for environment variables.
  const fromEnv = process.env[envVar];
  if (fromEnv) return { value: fromEnv, origin: envVar };
  return undefined;
}

/**
 * Validates with the shared rules; the message names the rule broken and
 * where the passphrase came from, never any of its characters.
 */
function checked(schema: ZodType<Passphrase>, value: Passphrase, note?: string): Passphrase {
  const result = schema.safeParse(value);
  if (result.success) return value;
  wipe(value);
  const key = result.error.issues[0]?.message ?? 'validation.required';
  // "This field is required." makes sense next to a form field, not in a terminal.
  const sentence = value.length === 0 ? 'The passphrase is empty.' : translate('en', key);
  throw new AppError('INVALID_INPUT', note ? `${sentence.replace(/\.$/, '')} (${note}).` : sentence);
}

interface Request extends Sources {
  role: 'passphrase' | 'new passphrase';
  schema: ZodType<Passphrase>;
  /** Ask twice on the terminal: a typo in a new passphrase would lock the owner out. */
  confirm: boolean;
  /** Runs only if the terminal is about to be asked, e.g. to fail before a long dialogue. */
  beforePrompt?: () => void;
}

async function obtain(request: Request): Promise<Passphrase> {
  const given = fromGivenSources(request);
  if (given) return checked(request.schema, given.value, `${request.role} from ${given.origin}`);
  if (!stdinIsTerminal()) {
    throw new AppError(
      'INVALID_INPUT',
      `No ${request.role} given: use ${request.fileFlag} PATH or set ${request.envVar} (stdin is not a terminal, so it cannot be asked)`,
    );
  }
  request.beforePrompt?.();
  const label = request.role === 'passphrase' ? 'Passphrase' : 'New passphrase';
  const value = checked(request.schema, await promptHidden(`${label}: `));
  if (request.confirm && (await promptHidden(`Repeat the ${request.role}: `)) !== value) {
    throw new AppError('INVALID_INPUT', translate('en', 'validation.passphraseMismatch'));
  }
  return value;
}

/** For services that still take text; prefer the bytes (see openingPassphrase). */
function asText(passphrase: Passphrase): string {
  if (typeof passphrase === 'string') return passphrase;
  const text = Buffer.from(passphrase.buffer, passphrase.byteOffset, passphrase.length).toString('utf8');
  wipe(passphrase);
  return text;
}

const current = (options: PassphraseOptions): Sources => ({
  file: options.passphraseFile,
  fileFlag: '--passphrase-file',
  envVar: PASSPHRASE_ENV,
});

/**
 * The passphrase of an existing case file, as bytes when it came from a file:
 * the caller zeroes it (wipe) once the file is open. Length is not checked:
 * older files may predate the rule.
 */
export function openingPassphrase(options: PassphraseOptions): Promise<Passphrase> {
  return obtain({ ...current(options), role: 'passphrase', schema: passphraseInputSchema, confirm: false });
}

/** The same passphrase as text, for services that do not take bytes yet. */
export async function passphraseToOpen(options: PassphraseOptions): Promise<string> {
  return asText(await openingPassphrase(options));
}

/** The passphrase for a case file about to be created, from the same sources as passphraseToOpen. */
export async function passphraseToCreate(options: PassphraseOptions): Promise<string> {
  return asText(await obtain({ ...current(options), role: 'passphrase', schema: newPassphraseInputSchema, confirm: true }));
}

/** A passphrase for a new file if one was supplied, without ever prompting (the demo has its own). */
export function suppliedPassphraseToCreate(options: PassphraseOptions): string | undefined {
  const given = fromGivenSources(current(options));
  return given && asText(checked(newPassphraseInputSchema, given.value, `passphrase from ${given.origin}`));
}

/** The replacement passphrase for `ess rekey`, kept apart from the current one's sources. */
export async function newPassphrase(options: NewPassphraseOptions, beforePrompt?: () => void): Promise<string> {
  const value = await obtain({
    file: options.newPassphraseFile,
    fileFlag: '--new-passphrase-file',
    envVar: NEW_PASSPHRASE_ENV,
    role: 'new passphrase',
    schema: newPassphraseInputSchema,
    confirm: true,
    beforePrompt,
  });
  return asText(value);
}
