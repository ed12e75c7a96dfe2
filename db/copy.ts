import fs from 'node:fs';
import { AppError } from '../shared/errors';
import type { Db } from './connection';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Writes a compacted copy of an open case file to `target` with VACUUM INTO,
 * which SQLite3 Multiple Ciphers encrypts with the source's cipher and key.
 * The result is checked: a plaintext copy is removed at once and refused.
 */
export function copyEncrypted(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
  const header = Buffer.alloc(PLAINTEXT_HEADER.length);
  const fd = fs.openSync(target, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.equals(PLAINTEXT_HEADER)) {
    fs.rmSync(target, { force: true });
    throw new AppError('INTERNAL', 'Copy: the database engine wrote an unencrypted copy; it was removed');
  }
  fs.chmodSync(target, 0o600);
}

/** The database's size in pages, as a progress measure: a copy grows towards it, a rollback journal to pages × (size + 8). */
export function pageGeometry(db: Db): { pageCount: number; pageSize: number } {
  return {
    pageCount: db.pragma('page_count', { simple: true }) as number,
    pageSize: db.pragma('page_size', { simple: true }) as number,
  };
}
