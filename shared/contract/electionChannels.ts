import { z } from 'zod';
import {
  campaignVisitFieldsSchema,
  electionFieldsSchema,
  electionLinkRequestSchema,
  ELECTION_LINK_ENTITIES,
  type CampaignVisit,
  type Election,
  type ElectionTimeline,
} from '../domain/election';
import { lineText, longText, uuidSchema } from '../domain/fields';

// As in networkChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();
const byId = z.object({ id: uuidSchema }).strict();
const reason = longText().min(3, 'validation.reason').max(500, 'validation.tooLong');
const version = z.number().int().min(1);

/** What a signal, case or action page shows of its elections. */
export interface ElectionLinksOf {
  elections: { id: string; number: string; title: string; country: string; countryName: string; date: string }[];
}

export const electionContract = {
  /** Upcoming first (soonest first), then past ones (most recent first) when includePast. */
  'elections.list': {
    request: z.object({ includePast: z.boolean().default(false), text: lineText().max(200).optional() }).strict(),
    response: out<Election[]>(),
  },
  /** Not held, date today or later, soonest first: the overview tile. */
  'elections.upcoming': {
    request: z.object({ limit: z.number().int().min(1).max(20).default(3) }).strict(),
    response: out<Election[]>(),
  },
  'elections.get': { request: byId, response: out<Election>() },
  'elections.create': { request: z.object({ election: electionFieldsSchema }).strict(), response: out<Election>() },
  'elections.update': {
    request: z.object({ id: uuidSchema, version, election: electionFieldsSchema }).strict(),
    response: out<Election>(),
  },
  'elections.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<Election>() },
  'elections.timeline': { request: byId, response: out<ElectionTimeline>() },
  'elections.link': { request: electionLinkRequestSchema, response: out<{ ok: true }>() },
  'elections.unlink': { request: electionLinkRequestSchema, response: out<{ ok: true }>() },
  'elections.linksOf': {
    request: z.object({ entity: z.enum(ELECTION_LINK_ENTITIES, 'election.validation.linkEntity'), id: uuidSchema }).strict(),
    response: out<ElectionLinksOf>(),
  },

  'campaignVisits.list': {
    request: z.object({ electionId: uuidSchema.optional() }).strict(),
    response: out<CampaignVisit[]>(),
  },
  'campaignVisits.create': { request: z.object({ visit: campaignVisitFieldsSchema }).strict(), response: out<CampaignVisit>() },
  'campaignVisits.update': {
    request: z.object({ id: uuidSchema, version, visit: campaignVisitFieldsSchema }).strict(),
    response: out<CampaignVisit>(),
  },
  'campaignVisits.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<CampaignVisit>() },
} as const;
