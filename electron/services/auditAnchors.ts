import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { writeFileAtomic } from '../../db/atomicFile';
import { auditHashAt, lastAuditRow } from '../../db/repositories/auditLog';
import { getCaseFileMeta } from '../../db/repositories/caseFileMeta';
import { DOCX_ANCHOR_PROPERTY, parseAnchorProperty, type AuditAnchorValue } from '../../shared/domain/auditAnchor';
import { AppError } from '../../shared/errors';

/**
 * Anchors: the head of a case file's audit chain (seq and hash), kept outside
 * the file. The chain alone cannot show that someone with the passphrase cut
 * off its last entries or recomputed it after an edit; a copy of an earlier
 * head, kept elsewhere, can: the live chain must still hold that hash at that
 * seq. Anchors are written to the app's data folder (at lock and close), and
 * travel inside each backup (its own chain), each exported note (a custom
 * document property) and each bundle.
 */

export type AnchorSource = 'app' | 'backup' | 'briefing' | 'bundle';

export interface AuditAnchor extends AuditAnchorValue {
  source: AnchorSource;
}

/** The newest anchors kept per case file in the app's folder; any one of them pins every earlier entry. */
const KEPT_PER_FILE = 50;
const APP_FOLDER = 'ESS Casusbeheer';

/**
 * The app's own data folder, as Electron names it (app.getPath('userData')),
 * so the CLI finds the anchors the app wrote. ESS_USER_DATA_DIR overrides it,
 * as it does for the app.
 */
export function defaultAnchorsDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ESS_USER_DATA_DIR) return env.ESS_USER_DATA_DIR;
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** One small JSON file per case file id; an id that is not a plain UUID is hashed, so it names no other path. */
export function anchorStorePath(dataDir: string, caseFileId: string): string {
  const safe = /^[0-9a-f-]{36}$/i.test(caseFileId) ? caseFileId : createHash('sha256').update(caseFileId).digest('hex');
  return path.join(dataDir, 'audit-anchors', `${safe}.json`);
}

function isAnchor(value: unknown): value is AuditAnchor {
  const anchor = value as AuditAnchor;
  return (
    typeof anchor === 'object' &&
    anchor !== null &&
    typeof anchor.caseFileId === 'string' &&
    Number.isInteger(anchor.seq) &&
    anchor.seq > 0 &&
    typeof anchor.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(anchor.hash) &&
    typeof anchor.at === 'string' &&
    typeof anchor.source === 'string'
  );
}

/** The anchors kept for one case file, oldest first; none when the folder has none yet (first use). */
export function readAnchorStore(dataDir: string, caseFileId: string): AuditAnchor[] {
  let text: string;
  try {
    text = fs.readFileSync(anchorStorePath(dataDir, caseFileId), 'utf8');
  } catch {
    return [];
  }
  let parsed: { anchors?: unknown } = {};
  try {
    parsed = JSON.parse(text) as { anchors?: unknown };
  } catch {
    // Reported below: a damaged anchor file may hide a removed anchor.
  }
  if (!Array.isArray(parsed?.anchors)) throw new AppError('CORRUPT', `The anchor file ${anchorStorePath(dataDir, caseFileId)} is damaged`);
  return parsed.anchors.filter(isAnchor).filter((anchor) => anchor.caseFileId === caseFileId);
}

/** The chain's head now, as an anchor; null for an empty chain. */
export function currentAnchor(db: Db, source: AnchorSource, now: Date): AuditAnchor | null {
  const head = lastAuditRow(db);
  if (!head) return null;
  return { caseFileId: getCaseFileMeta(db).id, seq: head.seq, hash: head.hash, at: now.toISOString(), source };
}

/**
 * Adds the chain's head to the app's anchor file for this case file, written
 * atomically. Call it while the connection is still open: at lock and close,
 * after a backup, after a briefing export. It never throws: an anchor that
 * cannot be written (a full disk) must not stop a lock; it returns null then.
 */
export function recordAnchor(dataDir: string, db: Db, source: AnchorSource, now: Date): AuditAnchor | null {
  try {
    const anchor = currentAnchor(db, source, now);
    if (!anchor) return null;
    const kept = readAnchorStore(dataDir, anchor.caseFileId);
    const last = kept[kept.length - 1];
    if (last && last.seq === anchor.seq && last.hash === anchor.hash) return last;
    const file = anchorStorePath(dataDir, anchor.caseFileId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const anchors = [...kept, anchor].slice(-KEPT_PER_FILE);
    writeFileAtomic(file, `${JSON.stringify({ caseFileId: anchor.caseFileId, anchors }, null, 2)}\n`);
    return anchor;
  } catch {
    return null;
  }
}

/** The chain's head for a note about to be exported (see the briefing model's auditAnchor). */
export function briefingAnchor(db: Db, now: Date): AuditAnchorValue | null {
  const anchor = currentAnchor(db, 'briefing', now);
  return anchor && { caseFileId: anchor.caseFileId, seq: anchor.seq, hash: anchor.hash, at: anchor.at };
}

/** The anchor a note carries, or null when it has none (an older export). */
export function anchorFromDocx(filePath: string): AuditAnchor | null {
  let custom: Uint8Array | undefined;
  try {
    custom = unzipSync(fs.readFileSync(filePath), { filter: (file) => file.name === 'docProps/custom.xml' })['docProps/custom.xml'];
  } catch {
    throw new AppError('INVALID_INPUT', `${filePath} is not a Word document (.docx)`);
  }
  if (!custom) return null;
  const property = strFromU8(custom).match(new RegExp(`name="${DOCX_ANCHOR_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`));
  const anchor = parseAnchorProperty(property?.[1] ?? '');
  return anchor && { ...anchor, source: 'briefing' };
}

/** A backup is a whole copy of the chain: its head is an anchor for the file it was made from. */
export function anchorFromBackup(filePath: string, passphrase: Parameters<typeof openCaseFileDatabase>[1]): AuditAnchor | null {
  const backup = openCaseFileDatabase(filePath, passphrase, { inspectOnly: true });
  try {
    const at = fs.statSync(filePath).mtime;
    return currentAnchor(backup, 'backup', at);
  } finally {
    closeCaseFileDatabase(backup);
  }
}

export interface AnchorCheck {
  /** Where the anchor was found: the anchor folder or a file's path. */
  origin: string;
  anchor: AuditAnchor;
  ok: boolean;
  problem?: string;
}

/** Each anchor must be in the live chain: the same hash at the same seq. */
export function checkAnchors(db: Db, found: readonly { origin: string; anchor: AuditAnchor }[]): AnchorCheck[] {
  const caseFileId = getCaseFileMeta(db).id;
  return found.map(({ origin, anchor }) => {
    if (anchor.caseFileId !== caseFileId) {
      return { origin, anchor, ok: false, problem: `anchor from ${origin} belongs to another case file (${anchor.caseFileId})` };
    }
    if (auditHashAt(db, anchor.seq) === anchor.hash) return { origin, anchor, ok: true };
    return {
      origin,
      anchor,
      ok: false,
      problem: `audit trail does not contain anchor seq ${anchor.seq} from ${origin} (${anchor.source}, ${anchor.at}): entries were removed or rewritten`,
    };
  });
}
