/**
 * Stable error codes. They cross IPC and the CLI as data; the UI translates
 * them (i18n key `errors.<CODE>`), so never rename one.
 */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'TOO_MANY_ATTEMPTS',
  'NOT_A_CASE_FILE',
  'CORRUPT',
  'NEWER_SCHEMA',
  'FILE_EXISTS',
  'FILE_NOT_FOUND',
  'FILE_IN_USE',
  'BUSY',
  'IO_ERROR',
  'READ_ONLY',
  'INVALID_INPUT',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'NO_ADVISER',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** English, for logs and the CLI; the UI shows its own translation of `code`. */
  message: string;
  /** Field-level problems for INVALID_INPUT (path → message). */
  issues?: { path: string; message: string }[];
  /** Milliseconds until a new attempt is accepted (TOO_MANY_ATTEMPTS, WRONG_PASSPHRASE). */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** An error that carries a stable code; services throw it, the IPC layer turns it into data. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: AppErrorData['issues'];
  readonly retryAfterMs?: number;

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorData, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.retryAfterMs = extra.retryAfterMs;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.issues) data.issues = this.issues;
    if (this.retryAfterMs !== undefined) data.retryAfterMs = this.retryAfterMs;
    return data;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
