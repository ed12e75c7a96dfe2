import { z } from 'zod';
import { EARLY_WARNING_METHODS, type EarlyWarningMethod } from './earlyWarning';
import type { Urgency } from './enums';
import { parseIsoWeekKey } from './isoWeek';
import { requiredLongText } from './fields';

/**
 * What early warning counts and judges: a unit is a municipality (CBS code),
 * a province (PV code), a theme (theme code) or the whole country ('NL').
 */
export const EARLY_WARNING_UNIT_KINDS = ['municipality', 'province', 'theme', 'national'] as const;
export type EarlyWarningUnitKind = (typeof EARLY_WARNING_UNIT_KINDS)[number];
export const NATIONAL_UNIT_CODE = 'NL';

export const FINDING_STATUSES = ['open', 'reviewed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const DEFAULT_EARLY_WARNING_METHOD: EarlyWarningMethod = 'bayes';

/** "2026-W48", and only a week the year has. */
export const isoWeekKeySchema = z
  .string()
  .max(8)
  .refine((text) => parseIsoWeekKey(text) !== null, 'validation.isoWeek');

export const earlyWarningMethodSchema = z.enum(EARLY_WARNING_METHODS);

/** The review note: required, so a later reader knows why the alarm was judged as it was. */
export const reviewNoteSchema = requiredLongText(2000);

/**
 * The explanation of a finding as data, so the window words it in the
 * reader's language: "Utrecht, week 48: 7 signalen, drempel 4, referentie
 * weken 42–47".
 */
export interface FindingExplanation {
  unitName: string;
  /** The unit's name in English where it differs (themes, the country). */
  unitNameEn: string;
  week: string;
  observed: number;
  threshold: number;
  referenceFrom: string;
  referenceTo: string;
}

export interface EarlyWarningFinding {
  id: string;
  unitKind: EarlyWarningUnitKind;
  unitCode: string;
  week: string;
  method: EarlyWarningMethod;
  observed: number;
  threshold: number;
  referenceFrom: string;
  referenceTo: string;
  status: FindingStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
  updatedAt: string;
  explanation: FindingExplanation;
}

export interface EarlyWarningFindings {
  week: string;
  method: EarlyWarningMethod;
  findings: EarlyWarningFinding[];
}

export interface EarlyWarningSummary {
  week: string;
  unreviewed: number;
  findings: number;
}

export type MunicipalityWarningStatus = 'alarm' | 'reviewed' | 'none';

export interface MunicipalityWarningStatuses {
  week: string;
  statuses: { code: string; status: MunicipalityWarningStatus }[];
}

/** One signal behind a finding, enough to recognise it and open it. */
export interface FindingSignal {
  id: string;
  number: string;
  title: string;
  observedOn: string;
  urgency: Urgency;
}

/**
 * Unreviewed first, then by how far the count went over its threshold
 * (relative, so a small municipality's 3 over 1 weighs like a city's 30 over
 * 10), then by the count itself.
 */
export function compareFindings(a: EarlyWarningFinding, b: EarlyWarningFinding): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  const excess = (finding: EarlyWarningFinding) => (finding.observed - finding.threshold) / Math.max(finding.threshold, 1);
  return excess(b) - excess(a) || b.observed - a.observed || a.unitCode.localeCompare(b.unitCode);
}
