import type { AuditAnchorValue } from './auditAnchor';
import type { BriefingKind, BriefingSections } from './briefing';

/**
 * Everything the document needs, resolved to display text: no database, no
 * ids beyond the human numbers. Plain data only, so it can be handed to a
 * worker thread (structured clone) and the pack runs off the main thread.
 */
export interface BriefingDocumentModel {
  kind: BriefingKind;
  reference: string;
  /** The classification's label, e.g. "Departementaal Vertrouwelijk"; printed in capitals. */
  classification: string;
  /** Dutch display date, e.g. "15 maart 2026". */
  date: string;
  to: string;
  from: string;
  copyTo: string[];
  subject: string;
  /** Dutch display date, or null (beslisnota without a deadline yet). */
  deadline: string | null;
  referenceColumn: ReferenceColumn;
  logo: DocumentLogo | null;
  sections: BriefingSections;
  /** "1 maart 2026 t/m 31 maart 2026", or null when the selection has no period. */
  period: string | null;
  /** The data-driven opening of "Beeld": how many signals, where and when. */
  summary: string;
  signals: SignalLine[];
  cases: CaseLine[];
  counts: Counts;
  actions: ActionLine[];
  contactMoments: ContactMomentLine[];
  /** Whether personal data was included on request (free text of flagged signals, contact persons’ names). */
  includePersonalData: boolean;
  chart: ChartModel | null;
  /** The municipality map of a signaleringsoverzicht, rendered at export (none in a preview or when not asked). */
  map?: MapPictureModel | null;
  /** The adviser who exported the note, named in the initials block. */
  draftedBy: string;
  /** The selection in words (themes and places chosen), for a periodic overview. */
  selectionLines: string[];
  /** The case file's audit chain head at export, kept in the .docx for `ess verify --against` (none in a preview). */
  auditAnchor?: AuditAnchorValue | null;
}

export interface ReferenceColumn {
  organisationLine: string;
  directorate: string;
  unit: string;
  addressLines: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface DocumentLogo {
  type: 'png' | 'jpg';
  data: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Printed width; the height follows the image's proportions. */
  widthMm: number;
}

export interface SignalLine {
  number: string;
  receivedOn: string;
  place: string;
  themes: string;
  title: string;
  /** The description (notes only); empty when withheld as personal data or in an overview. */
  detail: string;
  urgency: string;
}

export interface CaseLine {
  number: string;
  title: string;
  type: string;
  status: string;
  startOn: string;
}

export interface CountLine {
  label: string;
  count: number;
}

export interface Counts {
  total: number;
  byTheme: CountLine[];
  byProvince: CountLine[];
  byWeek: CountLine[];
}

export interface ActionLine {
  number: string;
  description: string;
  kind: string;
  owner: string;
  dueOn: string;
  status: string;
}

export interface ContactMomentLine {
  number: string;
  heldOn: string;
  form: string;
  places: string;
  subject: string;
  /** Organisations, and contact persons' names only when personal data is included. */
  withWhom: string;
}

export interface ChartModel {
  /** Signals per week or per theme. */
  basis: 'perWeek' | 'perTheme';
  title: string;
  categoryTitle: string;
  categories: string[];
  values: number[];
  /** What a screen reader says instead of the picture. */
  altText: string;
}

/** The municipality map as a picture: the window's SVG rendered to PNG, with its words beside it. */
export interface MapPictureModel {
  /** PNG bytes at print resolution; the map only (legend and source are text in the document). */
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  title: string;
  /** What a screen reader says instead of the picture: what it shows and the top municipalities in words. */
  altText: string;
  /** The classes, lightest first: a colour (hex, no #) and its label, e.g. "2–3 signalen". */
  legend: { fill: string; label: string }[];
  /** "Figuur: signalen per gemeente, <periode>. Bron kaart: CBS, Kadaster/PDOK" */
  caption: string;
}
