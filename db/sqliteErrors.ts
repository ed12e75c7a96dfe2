import { AppError } from '../shared/errors';

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * Maps a SQLite/SQLCipher failure to a stable application error. Anything we
 * do not recognise becomes IO_ERROR with SQLite's own message, which never
 * contains the passphrase: the key is passed as bytes (sqlite3_key), never in
 * SQL text that a parser error could quote.
 */
export function toAppError(error: unknown, context: string): AppError {
  if (error instanceof AppError) return error;
  const { code, message } = (error ?? {}) as SqliteLikeError;
  const text = typeof message === 'string' ? message : String(error);
  const sqliteCode = typeof code === 'string' ? code : '';
  if (sqliteCode === 'SQLITE_NOTADB') {
    return new AppError('WRONG_PASSPHRASE', `${context}: wrong passphrase, or the file is not a case file`);
  }
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) {
    return new AppError('FILE_IN_USE', `${context}: the case file is open in another program or window`);
  }
  if (sqliteCode.startsWith('SQLITE_CORRUPT')) {
    return new AppError('CORRUPT', `${context}: the case file is damaged (${text})`);
  }
  if (sqliteCode.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('IO_ERROR', `${context}: the file cannot be opened (${text})`);
  }
  if (sqliteCode === 'SQLITE_FULL') {
    return new AppError('IO_ERROR', `${context}: the disk is full`);
  }
  if (sqliteCode === 'SQLITE_READONLY') {
    return new AppError('READ_ONLY', `${context}: the case file is read-only (it lies where nothing can be written)`);
  }
  if (sqliteCode.startsWith('SQLITE_IOERR') || sqliteCode.startsWith('SQLITE_READONLY')) {
    return new AppError('IO_ERROR', `${context}: ${text}`);
  }
  const nodeCode = sqliteCode;
  if (nodeCode === 'ENOENT') return new AppError('FILE_NOT_FOUND', `${context}: file not found`);
  if (nodeCode === 'EEXIST') return new AppError('FILE_EXISTS', `${context}: a file with that name already exists`);
  if (nodeCode === 'EACCES' || nodeCode === 'EPERM') {
    return new AppError('IO_ERROR', `${context}: permission denied`);
  }
  if (nodeCode === 'ENOSPC') return new AppError('IO_ERROR', `${context}: the disk is full`);
  // System errors only (ENOTDIR, EISDIR…); Node's ERR_* codes are programming errors.
  if (/^E[A-Z]+$/.test(nodeCode)) return new AppError('IO_ERROR', `${context}: ${text}`);
  return new AppError('INTERNAL', `${context}: ${text}`);
}
