import path from 'node:path';
import type { BriefingKind } from '../../../shared/domain/briefing';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { downloadExport, exportBriefing } from '../../services/briefings/export';
import { gatherBriefing } from '../../services/briefings/gather';
import { getHouseStyle, updateHouseStyle } from '../../services/briefings/houseStyle';
import { getBriefingExport, listBriefingItems } from '../../services/briefings/listItems';
import { getBriefing, listExports, previewBriefing } from '../../services/briefings/reads';
import { chooseClassification } from '../../services/briefings/validate';
import {
  createBriefing,
  deleteBriefing,
  restoreBriefing,
  setBriefingStatus,
  updateBriefing,
} from '../../services/briefings/writes';
import { recordAnchor } from '../../services/auditAnchors';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

/**
 * A suggested file name from the reference and the kind only: the subject may
 * name people, and a file name travels further than the file's content.
 */
export function documentFileName(reference: string, kind: BriefingKind, version?: number): string {
  const safeReference = reference.replace(/[^\p{L}\p{N} ._-]+/gu, '-');
  const kindLabel = translate('nl', `briefing.kinds.${kind}`);
  return `${safeReference} ${kindLabel}${version === undefined ? '' : ` versie ${version}`}.docx`;
}

/**
 * The save dialog asked before replacing the path it returned, so that one may
 * be replaced. A name typed without .docx (Linux dialogs add no extension)
 * gets it here, and then an existing file is never replaced.
 */
function docxTarget(chosen: string): { path: string; overwrite: boolean } {
  return path.extname(chosen).toLowerCase() === '.docx' ? { path: chosen, overwrite: true } : { path: `${chosen}.docx`, overwrite: false };
}

/** Briefing notes: drafts, preview, export to Word (the main process asks where), stored versions, house style. */
export function briefingHandlers(deps: HandlerDeps): HandlersFor<
  | 'briefings.list'
  | 'briefings.get'
  | 'briefings.create'
  | 'briefings.update'
  | 'briefings.setStatus'
  | 'briefings.delete'
  | 'briefings.restore'
  | 'briefings.preview'
  | 'briefings.export'
  | 'briefings.exports'
  | 'briefings.download'
  | 'houseStyle.get'
  | 'houseStyle.update'
> {
  const { read, write } = contexts(deps);
  const now = deps.now ?? (() => new Date());
  return {
    'briefings.list': (options) => listBriefingItems(read().db, options),
    'briefings.get': ({ id }) => getBriefing(read().db, id),
    'briefings.create': ({ draft }) => createBriefing(write(), draft),
    'briefings.update': ({ id, version, draft }) => updateBriefing(write(), id, version, draft),
    'briefings.setStatus': ({ id, version, status }) => setBriefingStatus(write(), id, version, status),
    'briefings.delete': ({ id, reason }) => deleteBriefing(write(), id, reason),
    'briefings.restore': ({ id }) => restoreBriefing(write(), id),
    'briefings.preview': ({ draft, id }) => {
      const { db, adviser } = deps.session.current();
      return previewBriefing(db, draft, {
        now: now(),
        reference: id === undefined ? undefined : getBriefing(db, id).reference,
        draftedBy: adviser ? `${adviser.name} (${adviser.initials})` : '',
      });
    },
    'briefings.export': async ({ id }) => {
      // Everything that would refuse the export is checked before the adviser is asked where to save it.
      const { db } = write();
      const briefing = getBriefing(db, id);
      if (briefing.deletedAt !== null) throw new AppError('NOT_FOUND', `Briefing ${briefing.reference} is deleted`);
      chooseClassification(briefing.draft, gatherBriefing(db, briefing.draft).contentClassification);
      const chosen = await deps.dialogs.chooseDocumentDestination(documentFileName(briefing.reference, briefing.kind));
      if (chosen === null) return { path: null };
      const target = docxTarget(chosen);
      // A fresh context: the session and the clock may have moved on while the dialog was open.
      const ctx = write();
      const result = await exportBriefing(ctx, { id }, { outPath: target.path, overwrite: target.overwrite, render: deps.renderBriefing });
      // The note carries the chain's head; the app's folder keeps it too, in case the note never comes back.
      recordAnchor(deps.dataDir, ctx.db, 'briefing', ctx.now);
      return { path: result.path ?? target.path, export: result.export };
    },
    'briefings.exports': ({ briefingId }) => listExports(read().db, briefingId),
    'briefings.download': async ({ exportId }) => {
      const found = getBriefingExport(read().db, exportId);
      if (found.export.withdrawnAt !== null) {
        throw new AppError('NOT_FOUND', `The stored copy of version ${found.export.version} was removed by an erasure`);
      }
      const chosen = await deps.dialogs.chooseDocumentDestination(documentFileName(found.reference, found.kind, found.export.version));
      if (chosen === null) return { path: null };
      const target = docxTarget(chosen);
      return downloadExport(write(), exportId, target.path, { overwrite: target.overwrite });
    },
    'houseStyle.get': () => getHouseStyle(read().db),
    'houseStyle.update': ({ houseStyle }) => updateHouseStyle(write(), houseStyle),
  };
}
