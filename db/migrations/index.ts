import { createHash } from 'node:crypto';
import { sql as foundation } from './001_foundation';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  sha256: string;
}

function migration(version: number, name: string, sql: string): Migration {
  return { version, name, sql, sha256: createHash('sha256').update(sql).digest('hex') };
}

/** Numbered, in order, never edited after release. */
export const MIGRATIONS: readonly Migration[] = [migration(1, 'foundation', foundation)];
