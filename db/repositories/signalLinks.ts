import type { Db } from '../connection';
import { statement } from '../statements';

/** A signal's municipalities and themes: link tables keyed by the signal's uuid. */
const LINKS = {
  municipalities: { table: 'signal_municipalities', column: 'municipality_code' },
  themes: { table: 'signal_themes', column: 'theme_code' },
} as const;
export type SignalLinkKind = keyof typeof LINKS;

/** Makes the signal's links exactly `codes` (run inside the caller's transaction). */
export function replaceSignalLinks(db: Db, signalId: string, kind: SignalLinkKind, codes: readonly string[]): void {
  const { table, column } = LINKS[kind];
  statement(db, `DELETE FROM ${table} WHERE signal_id = ? AND ${column} NOT IN (SELECT value FROM json_each(?))`).run(
    signalId,
    JSON.stringify(codes),
  );
  addSignalLinks(db, signalId, kind, codes);
}

/** Adds links, keeping the ones already there (a union). */
export function addSignalLinks(db: Db, signalId: string, kind: SignalLinkKind, codes: readonly string[]): void {
  if (codes.length === 0) return;
  const { table, column } = LINKS[kind];
  statement(
    db,
    `INSERT OR IGNORE INTO ${table} (signal_id, ${column}) SELECT ?, value FROM json_each(?)`,
  ).run(signalId, JSON.stringify(codes));
}

export interface NewShare {
  id: string;
  signalId: string;
  organisation: string;
  sharedOn: string;
  channel: string;
  createdAt: string;
  createdBy: string | null;
}

export function insertSignalShare(db: Db, share: NewShare): void {
  statement(
    db,
    `INSERT INTO signal_shares (id, signal_id, organisation, shared_on, channel, created_at, created_by)
     VALUES (@id, @signalId, @organisation, @sharedOn, @channel, @createdAt, @createdBy)`,
  ).run(share);
}

