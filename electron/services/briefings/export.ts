import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../../../db/connection';
import { findBriefing, findBriefingExport, insertBriefingExport, nextExportVersion, readBriefingExportContent } from '../../../db/repositories/briefings';
import { renderBriefing } from '../../briefing/build';
import type { BriefingDocumentModel } from '../../../shared/domain/briefingDocument';
import type { Briefing, BriefingExport } from '../../../shared/domain/briefing';
import { AppError } from '../../../shared/errors';
import { recordChange } from '../audit';
import { briefingAnchor } from '../auditAnchors';
import type { WriteContext } from '../context';
import { todayInNetherlands } from '../validation';
import { toDocumentModel } from './documentModel';
import { checkDocxTarget, discardStaged, placeStaged, stageFile, writeDocxAtomically } from './files';
import { gatherBriefing } from './gather';
import { mapPictureFor } from './mapFigure';
import { getHouseStyle } from './houseStyle';
import { getBriefing } from './reads';
import { briefingNotFound, createBriefing } from './writes';
import { chooseClassification } from './validate';

/**
 * Exports a briefing to Word. The records are gathered and checked first
 * (nothing is written for bad input); the document is built and packed
 * (inline, or in a worker thread through `render`); then one transaction
 * stores the export (bytes, sha256, the ids of every included record, the
 * draft it came from), audits it, and places the file atomically. If
 * anything fails there, the transaction rolls back and no file is left.
 */

export type Render = (model: BriefingDocumentModel) => Promise<Uint8Array>;

export interface ExportOptions {
  /** Where to write the .docx; without one the export is only stored in the case file. */
  outPath?: string;
  /** Replace an existing file (the app's save dialog asked); the CLI never does. */
  overwrite?: boolean;
  render?: Render;
}

export interface ExportResult {
  briefing: Briefing;
  export: BriefingExport;
  /** The file written, or null when none was asked for. */
  path: string | null;
}

export type ExportTarget = { id: string } | { draft: unknown };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A file name from the reference and subject, safe on every file system. */
export function defaultFileName(briefing: Pick<Briefing, 'reference' | 'kind'>, subject: string): string {
  const clean = `${briefing.reference} ${subject}`.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${clean || briefing.reference}.docx`;
}

function liveTarget(ctx: WriteContext, target: ExportTarget): Briefing {
  // createBriefing checks the draft (and its classification) before it writes anything.
  if ('draft' in target) return createBriefing(ctx, target.draft);
  const row = findBriefing(ctx.db, target.id);
  if (!row || row.deletedAt !== null) throw briefingNotFound(target.id);
  return getBriefing(ctx.db, target.id);
}

export async function exportBriefing(ctx: WriteContext, target: ExportTarget, options: ExportOptions = {}): Promise<ExportResult> {
  const overwrite = options.overwrite ?? false;
  const outPath = options.outPath === undefined ? null : checkDocxTarget(options.outPath, overwrite);
  const briefing = liveTarget(ctx, target);
  const houseStyle = getHouseStyle(ctx.db);
  const draft = briefing.draft;
  const gathered = gatherBriefing(ctx.db, draft);
  const choice = chooseClassification(draft, gathered.contentClassification);
  const model = toDocumentModel({
    draft,
    gathered,
    houseStyle,
    reference: briefing.reference,
    classification: choice.classification,
    date: draft.date ?? todayInNetherlands(ctx.now),
    // The CLI acts for no adviser: the house style's contact person drafted the note then.
    draftedBy: ctx.actor.adviserId !== null ? ctx.actor.label : houseStyle.contactName,
  });
  model.auditAnchor = briefingAnchor(ctx.db, ctx.now);
  model.map = await mapPictureFor(ctx.db, draft, gathered, model.period);
  const bytes = await (options.render ?? renderBriefing)(model);
  const hash = sha256(bytes);
  const fileName = outPath ? path.basename(outPath) : defaultFileName(briefing, model.subject);

  let staged: string | null = null;
  try {
    if (outPath) staged = stageFile(outPath, bytes);
    const stored = ctx.db.transaction(() => {
      const now = findBriefing(ctx.db, briefing.id);
      if (!now || now.deletedAt !== null) throw briefingNotFound(briefing.id);
      if (now.version !== briefing.version) throw new AppError('CONFLICT', `Briefing ${briefing.reference} changed while it was being exported; export again`);
      const record: BriefingExport = {
        id: randomUUID(),
        briefingId: briefing.id,
        version: nextExportVersion(ctx.db, briefing.id),
        exportedAt: ctx.now.toISOString(),
        exportedBy: ctx.actor.label,
        fileName,
        sha256: hash,
        size: bytes.byteLength,
        classification: choice.classification,
        classificationOverride: choice.override?.reason ?? null,
        records: gathered.records,
        withdrawnAt: null,
      };
      const { exportedBy, withdrawnAt: _withdrawnAt, ...row } = record;
      insertBriefingExport(ctx.db, { ...row, exportedById: ctx.actor.adviserId, exportedByLabel: exportedBy, draftJson: JSON.stringify(draft), content: bytes });
      const counts = Object.fromEntries(Object.entries(record.records).map(([kind, ids]) => [kind, ids.length]));
      recordChange(
        ctx.db,
        ctx.actor,
        {
          // On the note itself, so its history shows every version that left the case file.
          entity: 'briefing',
          entityId: briefing.id,
          action: 'export',
          after: { exportId: record.id, version: record.version, fileName, sha256: hash, size: record.size, classification: record.classification, records: counts },
        },
        ctx.now,
      );
      if (choice.override) {
        recordChange(
          ctx.db,
          ctx.actor,
          {
            entity: 'briefing',
            entityId: briefing.id,
            action: 'update',
            before: { classification: choice.override.contentClassification },
            after: { classification: choice.classification, classificationOverride: { reason: choice.override.reason, exportVersion: record.version } },
          },
          ctx.now,
        );
      }
      if (staged && outPath) placeStaged(staged, outPath, overwrite);
      return record;
    })();
    return { briefing: getBriefing(ctx.db, briefing.id), export: stored, path: outPath };
  } finally {
    discardStaged(staged);
  }
}

function storedExport(db: Db, exportId: string): { found: BriefingExport; content: Buffer } {
  const found = findBriefingExport(db, exportId);
  if (!found) throw new AppError('NOT_FOUND', `No briefing export with id ${exportId}`);
  const content = readBriefingExportContent(db, exportId);
  if (!content) {
    throw new AppError('NOT_FOUND', `The stored copy of ${found.fileName} was removed when a record in it was erased (AVG)`);
  }
  return { found, content };
}

/**
 * Writes a stored export to a file again, byte for byte, after checking its
 * hash. That copy leaves the case file too, so the note's history records it.
 */
export function downloadExport(
  ctx: WriteContext,
  exportId: string,
  outPath: string,
  options: { overwrite?: boolean } = {},
): { path: string; sha256: string } {
  const { found, content } = storedExport(ctx.db, exportId);
  if (sha256(content) !== found.sha256) throw new AppError('CORRUPT', `Stored export ${found.fileName} no longer matches its sha256`);
  const written = writeDocxAtomically(outPath, content, options.overwrite ?? false);
  recordChange(
    ctx.db,
    ctx.actor,
    { entity: 'briefing', entityId: found.briefingId, action: 'export', after: { exportId, version: found.version, again: true, fileName: path.basename(written) } },
    ctx.now,
  );
  return { path: written, sha256: found.sha256 };
}

/** The bytes of a stored export, e.g. for the app to hand to a save dialog's chosen path. */
export function exportContent(db: Db, exportId: string): { fileName: string; sha256: string; bytes: Uint8Array } {
  const { found, content } = storedExport(db, exportId);
  return { fileName: found.fileName, sha256: found.sha256, bytes: content };
}
