import { z } from 'zod';
import { CLASSIFICATIONS, type Classification } from './enums';
import { isoDateSchema, lineText, listCodeSchema, longText, municipalityCodeSchema, optionalLongText, optionalText, requiredText, uuidSchema } from './fields';

/**
 * Briefing notes ("nota's") for ministries: the draft an adviser composes, the
 * house style every note is printed in, and what an export keeps. Messages
 * are i18n keys (shared/i18n/features/briefings.ts).
 */

export const BRIEFING_KINDS = ['informatienota', 'beslisnota', 'signaleringsoverzicht'] as const;
export type BriefingKind = (typeof BRIEFING_KINDS)[number];

export const BRIEFING_STATUSES = ['concept', 'ter-parafering', 'verzonden'] as const;
export type BriefingStatus = (typeof BRIEFING_STATUSES)[number];

/** Which status may follow which: a sent note is final; one awaiting initials can go back to concept. */
export const BRIEFING_STATUS_STEPS: Readonly<Record<BriefingStatus, readonly BriefingStatus[]>> = {
  concept: ['ter-parafering'],
  'ter-parafering': ['concept', 'verzonden'],
  verzonden: [],
};

/** 'auto' draws signals per week in a periodic overview and no chart in a nota. */
export const BRIEFING_CHARTS = ['auto', 'perWeek', 'perTheme', 'none'] as const;
export type BriefingChart = (typeof BRIEFING_CHARTS)[number];

/** The free-text sections, in the order of the note. Each may be left empty in a draft. */
export const BRIEFING_SECTIONS = [
  'aanleiding',
  'geadviseerdBesluit',
  'kernpunten',
  'toelichting',
  'contactenEnActies',
  'vervolgAdvies',
  'afstemming',
  'nietOpenbaar',
  'wooGrond',
  'bijlagen',
] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

export const briefingSectionsSchema = z.object({
  aanleiding: optionalLongText(20_000),
  geadviseerdBesluit: optionalLongText(20_000),
  /** One key point per line. */
  kernpunten: optionalLongText(20_000),
  /** The adviser's interpretation (duiding) of the picture the signals give. */
  toelichting: optionalLongText(50_000),
  contactenEnActies: optionalLongText(20_000),
  vervolgAdvies: optionalLongText(20_000),
  afstemming: optionalLongText(20_000),
  nietOpenbaar: optionalLongText(20_000),
  /** The Woo ground(s) for keeping the previous section out of publication, e.g. "art. 5.1 lid 2 sub i Woo". */
  wooGrond: optionalText(500),
  /** One attachment per line. */
  bijlagen: optionalLongText(5_000),
});
export type BriefingSections = z.output<typeof briefingSectionsSchema>;

export const MAX_SELECTED_SIGNALS = 20_000;

/**
 * Which records a note is built from. The filter part (period, themes,
 * municipalities, cases) and the signals picked by hand add up; an empty
 * selection includes no signal at all, never "everything".
 */
export const briefingSelectionSchema = z
  .object({
    from: isoDateSchema.nullable().default(null),
    to: isoDateSchema.nullable().default(null),
    themes: z.array(listCodeSchema).max(50, 'validation.tooMany').default([]),
    municipalities: z.array(municipalityCodeSchema).max(400, 'validation.tooMany').default([]),
    caseIds: z.array(uuidSchema).max(500, 'validation.tooMany').default([]),
    signalIds: z.array(uuidSchema).max(MAX_SELECTED_SIGNALS, 'validation.tooMany').default([]),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodOrder' });
  });
export type BriefingSelection = z.output<typeof briefingSelectionSchema>;

/** Whether the selection has a filter part (anything besides signals picked by hand). */
export function hasSelectionFilter(selection: BriefingSelection): boolean {
  return (
    selection.from !== null ||
    selection.to !== null ||
    selection.themes.length > 0 ||
    selection.municipalities.length > 0 ||
    selection.caseIds.length > 0
  );
}

export const classificationOverrideSchema = z.object({
  reason: longText().min(5, 'briefing.validation.overrideReason').max(1_000, 'validation.tooLong'),
});

export const briefingDraftFieldsSchema = z.object({
  kind: z.enum(BRIEFING_KINDS, 'briefing.validation.kind'),
  /** A recipient code from the house style's list; empty means its default recipient. */
  recipient: lineText().max(60, 'validation.tooLong').default(''),
  copyTo: z.array(requiredText(200)).max(20, 'validation.tooMany').default([]),
  /** "Van": empty means the house style's directorate and unit. */
  fromLine: optionalText(300),
  /** The note's date; empty means the day it is exported. */
  date: isoDateSchema.nullable().default(null),
  /** The date a decision is needed (beslisnota). */
  deadline: isoDateSchema.nullable().default(null),
  /** "Betreft": empty means a subject made from the kind and period. */
  subject: optionalText(300),
  /** Empty means the highest classification among the included records. */
  classification: z.enum(CLASSIFICATIONS, 'validation.classification').nullable().default(null),
  /** Required, and logged, when the classification is lower than the content's. */
  classificationOverride: classificationOverrideSchema.nullable().default(null),
  sections: briefingSectionsSchema.prefault({}),
  selection: briefingSelectionSchema.prefault({}),
  /** Free text of signals flagged as personal data, and contact persons' names, only when ticked. */
  includePersonalData: z.boolean().default(false),
  chart: z.enum(BRIEFING_CHARTS, 'briefing.validation.chart').default('auto'),
  /** Signaleringsoverzicht only: the map of signals per municipality as a picture (on unless unticked). */
  includeMap: z.boolean().default(true),
});

export const briefingDraftSchema = briefingDraftFieldsSchema.superRefine((value, ctx) => {
  if (value.kind === 'signaleringsoverzicht' && (value.selection.from === null || value.selection.to === null)) {
    ctx.addIssue({ code: 'custom', path: ['selection', value.selection.from === null ? 'from' : 'to'], message: 'briefing.validation.periodRequired' });
  }
});
export type BriefingDraft = z.output<typeof briefingDraftSchema>;
export type BriefingDraftInput = z.input<typeof briefingDraftSchema>;

/** A stored briefing with its draft. */
export interface Briefing {
  id: string;
  reference: string;
  kind: BriefingKind;
  status: BriefingStatus;
  draft: BriefingDraft;
  /** The classification the note carried when it was last saved. */
  classification: Classification;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
  exportCount: number;
}

export interface BriefingListRow {
  id: string;
  reference: string;
  kind: BriefingKind;
  status: BriefingStatus;
  subject: string;
  classification: Classification;
  updatedAt: string;
  exportCount: number;
  lastExportedAt: string | null;
}

/** The records a note was built from, by id: what an export keeps besides its bytes. */
export interface BriefingRecordIds {
  signals: string[];
  cases: string[];
  actions: string[];
  contactMoments: string[];
}

/** One exported version; its .docx bytes stay in the case file and can be downloaded again. */
export interface BriefingExport {
  id: string;
  briefingId: string;
  version: number;
  exportedAt: string;
  exportedBy: string;
  fileName: string;
  sha256: string;
  size: number;
  classification: Classification;
  /** The reason given for marking the note lower than its content; null when it was not. */
  classificationOverride: string | null;
  records: BriefingRecordIds;
  /** When an erasure (AVG) of a record in it removed the stored copy; it cannot be downloaded again. */
  withdrawnAt: string | null;
}

// ---------------------------------------------------------------- house style

export const LOGO_MAX_BYTES = 256 * 1024;
const LOGO_MAX_BASE64 = Math.ceil(LOGO_MAX_BYTES / 3) * 4;
export const LOGO_MIMES = ['image/png', 'image/jpeg'] as const;

export const logoSchema = z.object({
  mime: z.enum(LOGO_MIMES, 'briefing.validation.logoType'),
  base64: z
    .string()
    .min(16, 'briefing.validation.logoUnreadable')
    .max(LOGO_MAX_BASE64, 'briefing.validation.logoTooLarge')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'briefing.validation.logoUnreadable'),
  /** Printed width; the height follows the image. */
  widthMm: z.number().min(10, 'briefing.validation.logoWidth').max(80, 'briefing.validation.logoWidth').default(40),
});
export type Logo = z.output<typeof logoSchema>;

export const recipientSchema = z.object({
  code: requiredText(30),
  /** As printed after "Aan", e.g. "Minister van Sociale Zaken en Werkgelegenheid". */
  name: requiredText(200),
});
export type Recipient = z.output<typeof recipientSchema>;

export const DEFAULT_RECIPIENTS: readonly Recipient[] = [
  { code: 'SZW', name: 'Minister van Sociale Zaken en Werkgelegenheid' },
  { code: 'BZK', name: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' },
  { code: 'JenV/NCTV', name: 'Nationaal Coördinator Terrorismebestrijding en Veiligheid (JenV)' },
  { code: 'BZ', name: 'Minister van Buitenlandse Zaken' },
  { code: 'OCW', name: 'Minister van Onderwijs, Cultuur en Wetenschap' },
];

/** Tokens of a reference pattern: {jjjj} year, {jj} two-digit year, {n…} the sequence number padded to that many digits. */
const PATTERN_TOKEN = /\{(jjjj|jj|n{1,6})\}/g;

export function checkReferencePattern(pattern: string): boolean {
  if (!/^[A-Za-z0-9 _./{}-]{1,40}$/.test(pattern)) return false;
  const sequence = pattern.match(/\{n{1,6}\}/g) ?? [];
  return sequence.length === 1 && !/[{}]/.test(pattern.replace(PATTERN_TOKEN, ''));
}

/** ESS-{jjjj}-{nnnn}, 2026, 7 → ESS-2026-0007. */
export function formatReference(pattern: string, year: number, sequence: number): string {
  return pattern.replace(PATTERN_TOKEN, (_token, name: string) => {
    if (name === 'jjjj') return String(year);
    if (name === 'jj') return String(year % 100).padStart(2, '0');
    return String(sequence).padStart(name.length, '0');
  });
}

export const houseStyleSchema = z
  .object({
    organisationLine: requiredText(200).default('Ministerie van Sociale Zaken en Werkgelegenheid'),
    directorate: optionalText(200),
    unit: lineText().max(200, 'validation.tooLong').default('Expertise-unit Sociale Stabiliteit'),
    /** Postal address for the reference column, one line per line. */
    address: longText().max(500, 'validation.tooLong').default('Postbus 90801\n2509 LV Den Haag'),
    contactName: optionalText(200),
    contactEmail: optionalText(200),
    contactPhone: optionalText(50),
    referencePattern: lineText().default('ESS-{jjjj}-{nnnn}'),
    recipients: z.array(recipientSchema).min(1, 'validation.required').max(50, 'validation.tooMany').default(() => [...DEFAULT_RECIPIENTS]),
    defaultRecipient: lineText().default('SZW'),
    logo: logoSchema.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (!checkReferencePattern(value.referencePattern)) {
      ctx.addIssue({ code: 'custom', path: ['referencePattern'], message: 'briefing.validation.referencePattern' });
    }
    const codes = value.recipients.map((recipient) => recipient.code.toLowerCase());
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) ctx.addIssue({ code: 'custom', path: ['recipients', index, 'code'], message: 'briefing.validation.duplicateRecipient' });
    });
    if (!findRecipient(value.recipients, value.defaultRecipient)) {
      ctx.addIssue({ code: 'custom', path: ['defaultRecipient'], message: 'briefing.validation.unknownRecipient' });
    }
  });
export type HouseStyle = z.output<typeof houseStyleSchema>;
export type HouseStyleInput = z.input<typeof houseStyleSchema>;

/** A recipient by code, ignoring case ("szw" finds SZW). */
export function findRecipient(recipients: readonly Recipient[], code: string): Recipient | undefined {
  const wanted = code.trim().toLowerCase();
  return recipients.find((recipient) => recipient.code.toLowerCase() === wanted);
}

/** The order of CLASSIFICATIONS is the order of weight: a later level is higher. */
export function highestClassification(levels: Iterable<Classification>): Classification {
  let highest = 0;
  for (const level of levels) highest = Math.max(highest, CLASSIFICATIONS.indexOf(level));
  return CLASSIFICATIONS[highest]!;
}

export function isLowerClassification(chosen: Classification, content: Classification): boolean {
  return CLASSIFICATIONS.indexOf(chosen) < CLASSIFICATIONS.indexOf(content);
}
