import { z } from 'zod';
import {
  earlyWarningMethodSchema,
  isoWeekKeySchema,
  reviewNoteSchema,
  FINDING_STATUSES,
  type EarlyWarningFinding,
  type EarlyWarningFindings,
  type EarlyWarningSummary,
  type FindingSignal,
  type MunicipalityWarningStatuses,
} from '../domain/earlyWarningFinding';
import { uuidSchema } from '../domain/fields';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();

/** Early warning: findings ("Signalen ter beoordeling"), their review, and the status the overview and map show. */
export const earlyWarningContract = {
  /** The overview tile: findings of the last complete week (Bayes) and how many are not reviewed yet. */
  'earlyWarning.summary': { request: z.object({}).strict(), response: out<EarlyWarningSummary>() },
  /** The map: per live municipality 'alarm', 'reviewed' or 'none' in a week (default the last complete one). */
  'earlyWarning.municipalityStatus': {
    request: z.object({ week: isoWeekKeySchema.optional() }).strict(),
    response: out<MunicipalityWarningStatuses>(),
  },
  /** Judges the week now and returns its findings, ranked, each with its explanation as data. */
  'earlyWarning.findings': {
    request: z
      .object({ week: isoWeekKeySchema.optional(), method: earlyWarningMethodSchema.optional(), status: z.enum(FINDING_STATUSES).optional() })
      .strict(),
    response: out<EarlyWarningFindings>(),
  },
  'earlyWarning.review': { request: z.object({ id: uuidSchema, note: reviewNoteSchema }).strict(), response: out<EarlyWarningFinding>() },
  /** The signals a finding counted. */
  'earlyWarning.signals': { request: z.object({ findingId: uuidSchema }).strict(), response: out<FindingSignal[]>() },
} as const;
