import type { Db } from '../../../db/connection';
import { findBriefing, listBriefingExports, listBriefingRows, type BriefingRow } from '../../../db/repositories/briefings';
import type { BriefingDocumentModel } from '../../../shared/domain/briefingDocument';
import {
  briefingDraftFieldsSchema,
  isLowerClassification,
  type Briefing,
  type BriefingExport,
  type BriefingListRow,
  type BriefingRecordIds,
} from '../../../shared/domain/briefing';
import type { Classification } from '../../../shared/domain/enums';
import { withStoredTextRepaired } from '../../../shared/domain/fields';
import { AppError } from '../../../shared/errors';
import { todayInNetherlands } from '../validation';
import { countSignals } from './counts';
import { toDocumentModel } from './documentModel';
import { gatherBriefing } from './gather';
import { getHouseStyle } from './houseStyle';
import { suggestSections, type SectionSuggestions } from './suggestions';
import { validateDraft } from './validate';

function toBriefing(row: BriefingRow): Briefing {
  const { draftJson, subject: _subject, ...rest } = row;
  return { ...rest, draft: briefingDraftFieldsSchema.parse(withStoredTextRepaired(briefingDraftFieldsSchema, JSON.parse(draftJson))) };
}

/** A briefing with its draft, also a deleted one (its page offers restore). */
export function getBriefing(db: Db, id: string): Briefing {
  const row = findBriefing(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No briefing with id ${id}`);
  return toBriefing(row);
}

export function listBriefings(db: Db, options: { includeDeleted?: boolean } = {}): BriefingListRow[] {
  return listBriefingRows(db, options.includeDeleted ?? false);
}

/** The exported versions of a briefing, newest first; the bytes come with downloadExport. */
export function listExports(db: Db, briefingId: string): BriefingExport[] {
  getBriefing(db, briefingId);
  return listBriefingExports(db, briefingId);
}

/**
 * The preview is fetched again after every pause in typing: it shows the
 * first rows of the signals table and says how many more the Word file holds,
 * so a 20,000-signal overview does not cross IPC and render each time.
 */
export const PREVIEW_SIGNAL_ROWS = 500;

export interface BriefingPreview {
  /** What the Word file would hold, without the logo's bytes, with at most PREVIEW_SIGNAL_ROWS signal rows. */
  model: Omit<BriefingDocumentModel, 'logo'> & { omittedSignals: number };
  /** The highest classification among the included records. */
  contentClassification: Classification;
  /** The classification the note would carry. */
  classification: Classification;
  /** True when the draft marks the note lower than its content without a reason: export would refuse. */
  overrideMissing: boolean;
  records: BriefingRecordIds;
  suggestions: SectionSuggestions;
}

/**
 * The composer's preview of an unsaved draft: the records it would include,
 * the counts, the data-driven suggestions and the classification check.
 * Reads only; a bad draft is INVALID_INPUT like a save would be.
 */
function draftModel(db: Db, raw: unknown, options: { now: Date; reference?: string; draftedBy?: string }) {
  const houseStyle = getHouseStyle(db);
  const draft = validateDraft(db, raw, houseStyle);
  const gathered = gatherBriefing(db, draft);
  const chosen = draft.classification ?? gathered.contentClassification;
  const model = toDocumentModel({
    draft,
    gathered,
    houseStyle: { ...houseStyle, logo: null },
    reference: options.reference ?? '(nog geen kenmerk)',
    classification: chosen,
    date: draft.date ?? todayInNetherlands(options.now),
    draftedBy: options.draftedBy ?? '',
  });
  return { draft, gathered, chosen, model };
}

/** The whole document model of an unsaved draft (without the logo), as an export would render it. */
export function draftDocumentModel(db: Db, raw: unknown, options: { now: Date; reference?: string; draftedBy?: string }): BriefingDocumentModel {
  return draftModel(db, raw, options).model;
}

export function previewBriefing(db: Db, raw: unknown, options: { now: Date; reference?: string; draftedBy?: string }): BriefingPreview {
  const { draft, gathered, chosen, model } = draftModel(db, raw, options);
  const overrideMissing = isLowerClassification(chosen, gathered.contentClassification) && !draft.classificationOverride;
  const { logo: _logo, ...shown } = model;
  return {
    model: {
      ...shown,
      signals: model.signals.slice(0, PREVIEW_SIGNAL_ROWS),
      omittedSignals: Math.max(0, model.signals.length - PREVIEW_SIGNAL_ROWS),
    },
    contentClassification: gathered.contentClassification,
    classification: chosen,
    overrideMissing,
    records: gathered.records,
    suggestions: suggestSections(gathered, countSignals(gathered, draft.selection).counts),
  };
}
