import { z } from 'zod';
import type { CampaignWindow } from './campaignWindow';
import { isCountryCode } from './countries';
import { isoDateSchema, lineText, municipalityCodeSchema, optionalLongText, optionalText, requiredText, uuidSchema } from './fields';

/**
 * The register of foreign elections that matter to communities here, and the
 * campaign visits announced for them (Kamerstuk 32 824, nr. 450).
 */
export const ELECTION_KINDS = ['presidentieel', 'parlementair', 'lokaal', 'referendum', 'europees', 'overig'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export const ELECTION_STATUSES = ['aangekondigd', 'verwacht', 'gehouden'] as const;
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];

/** How exactly the date is known: for month the date is the 1st of the month, for year 1 January. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type ElectionDatePrecision = (typeof DATE_PRECISIONS)[number];

export const VOTING_PLACE_KINDS = ['ambassade', 'consulaat', 'overig'] as const;
export type VotingPlaceKind = (typeof VOTING_PLACE_KINDS)[number];

/** The records an election can be linked to. */
export const ELECTION_LINK_ENTITIES = ['signal', 'case', 'action'] as const;
export type ElectionLinkEntity = (typeof ELECTION_LINK_ENTITIES)[number];

export const MAX_VOTING_PLACES = 50;

/** ISO 3166-1 alpha-2, uppercase, and in the country list. */
export const countryCodeSchema = z
  .string()
  .refine((code) => /^[A-Z]{2}$/.test(code) && isCountryCode(code), { message: 'election.validation.country', abort: true });

export const votingPlaceSchema = z.object({
  kind: z.enum(VOTING_PLACE_KINDS, 'election.validation.votingPlaceKind'),
  name: requiredText(200),
  municipalityCode: municipalityCodeSchema,
  address: optionalText(300),
});
export type VotingPlace = z.output<typeof votingPlaceSchema>;

const electionFieldsObject = z.object({
  country: countryCodeSchema,
  kind: z.enum(ELECTION_KINDS, 'election.validation.kind'),
  round: z.number('election.validation.round').int('election.validation.round').min(1, 'election.validation.round').max(3, 'election.validation.round').default(1),
  /** YYYY-MM-DD; the service stores the 1st of the month (month precision) or 1 January (year precision). */
  date: isoDateSchema,
  precision: z.enum(DATE_PRECISIONS, 'election.validation.precision').default('day'),
  status: z.enum(ELECTION_STATUSES, 'election.validation.status').default('verwacht'),
  /** e.g. "Presidentsverkiezing, 2e ronde"; empty: the UI names it from kind, round and country. */
  title: optionalText(200),
  /** The period of voting in the Netherlands (diaspora voting often runs before election day). */
  votingFrom: isoDateSchema.nullable().default(null),
  votingTo: isoDateSchema.nullable().default(null),
  votingPlaces: z.array(votingPlaceSchema).max(MAX_VOTING_PLACES, 'validation.tooMany').default([]),
  /** Where the date comes from: institution and document, or a URL. */
  source: lineText().min(1, 'election.validation.source').max(500, 'validation.tooLong'),
  verifiedOn: isoDateSchema,
  notes: optionalLongText(5_000),
});

/**
 * Rules across fields, shared by the form and the service: the voting period
 * runs forwards, and an election that was held has a known day.
 */
export function checkElectionRules(
  election: Pick<ElectionFields, 'votingFrom' | 'votingTo' | 'status' | 'precision'>,
  addIssue: (path: string, message: string) => void,
): void {
  if (election.votingFrom && election.votingTo && election.votingTo < election.votingFrom) addIssue('votingTo', 'validation.periodOrder');
  if (election.status === 'gehouden' && election.precision !== 'day') addIssue('precision', 'election.validation.heldNeedsDay');
}

export const electionFieldsSchema = electionFieldsObject.superRefine((value, ctx) =>
  checkElectionRules(value, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })),
);
export type ElectionFields = z.output<typeof electionFieldsObject>;
export type ElectionFieldsDraft = z.input<typeof electionFieldsObject>;

export interface Election extends ElectionFields {
  id: string;
  /** Display reference, e.g. VK-2026-0001. */
  number: string;
  /** Dutch country name. */
  countryName: string;
  isEu: boolean;
  /** First day of the campaign window; null for an EU country or a date known only to the year. */
  campaignWindowFrom: string | null;
  /** Last day of the window: election day, or the month's last day with month precision. */
  campaignWindowTo: string | null;
  campaignWindowApproximate: boolean;
  /** Today (Amsterdam) falls inside the window. */
  windowOpen: boolean;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  deletedAt: string | null;
}

/** The few words of an election other records show. */
export interface ElectionSummary {
  id: string;
  number: string;
  title: string;
  kind: ElectionKind;
  round: number;
  country: string;
  countryName: string;
  date: string;
  precision: ElectionDatePrecision;
}

export const campaignVisitFieldsSchema = z.object({
  electionId: uuidSchema,
  /** Who visits (name and role). */
  visitor: requiredText(200),
  /** The government the visitor represents, ISO code. */
  government: countryCodeSchema,
  date: isoDateSchema,
  place: requiredText(200),
  municipalityCode: municipalityCodeSchema.nullable().default(null),
  /** The day the visit was notified to the Ministry of Foreign Affairs (BZ). */
  notifiedToForeignAffairsOn: isoDateSchema.nullable().default(null),
  notes: optionalLongText(5_000),
});
export type CampaignVisitFields = z.output<typeof campaignVisitFieldsSchema>;
export type CampaignVisitFieldsDraft = z.input<typeof campaignVisitFieldsSchema>;

export interface CampaignVisit extends CampaignVisitFields {
  id: string;
  number: string;
  governmentName: string;
  municipalityName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  /** The visit's date falls in the election's campaign window. */
  insideWindow: boolean;
  /** A non-EU government's representative inside the window: not allowed. */
  flagged: boolean;
  election: ElectionSummary;
}

export interface ElectionTimelineSignal {
  id: string;
  number: string;
  title: string;
  observedOn: string;
  urgency: string;
  /** Linked to the election (the others were merely observed in the span). */
  linked: boolean;
}

export interface ElectionTimeline {
  election: Election;
  /** The span around the election: the window (or 3 months before) up to 4 weeks after. */
  window: { from: string; to: string };
  /** Live signals observed per ISO week over the span, every week present (zero included). */
  weeks: { week: string; count: number }[];
  signals: ElectionTimelineSignal[];
  cases: { id: string; number: string; title: string }[];
  actions: { id: string; number: string; title: string; dueOn: string | null; status: string }[];
  visits: CampaignVisit[];
}

export type { CampaignWindow };

export const electionLinkRequestSchema = z
  .object({ electionId: uuidSchema, entity: z.enum(ELECTION_LINK_ENTITIES, 'election.validation.linkEntity'), id: uuidSchema })
  .strict();
