import {
  createCampaignVisit,
  deleteCampaignVisit,
  listCampaignVisits,
  updateCampaignVisit,
} from '../../services/elections/campaignVisits';
import { electionsOf, linkToElection, unlinkFromElection } from '../../services/elections/links';
import { getElection, listElections, upcomingElections } from '../../services/elections/reads';
import { electionTimeline } from '../../services/elections/timeline';
import { createElection, deleteElection, updateElection } from '../../services/elections/writes';
import { todayInNetherlands } from '../../services/validation';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

/** The foreign-election register and its campaign visits. */
export function electionHandlers(deps: HandlerDeps): HandlersFor<
  | 'elections.list'
  | 'elections.upcoming'
  | 'elections.get'
  | 'elections.create'
  | 'elections.update'
  | 'elections.delete'
  | 'elections.timeline'
  | 'elections.link'
  | 'elections.unlink'
  | 'elections.linksOf'
  | 'campaignVisits.list'
  | 'campaignVisits.create'
  | 'campaignVisits.update'
  | 'campaignVisits.delete'
> {
  const { read, write } = contexts(deps);
  const today = () => todayInNetherlands((deps.now ?? (() => new Date()))());
  return {
    'elections.list': (query) => listElections(read().db, query, today()),
    'elections.upcoming': ({ limit }) => upcomingElections(read().db, limit, today()),
    'elections.get': ({ id }) => getElection(read().db, id, today()),
    'elections.create': ({ election }) => createElection(write(), election),
    'elections.update': ({ id, version, election }) => updateElection(write(), id, version, election),
    'elections.delete': ({ id, reason }) => deleteElection(write(), id, reason),
    'elections.timeline': ({ id }) => electionTimeline(read().db, id, today()),
    'elections.link': (request) => linkToElection(write(), request),
    'elections.unlink': (request) => unlinkFromElection(write(), request),
    'elections.linksOf': ({ entity, id }) => electionsOf(read().db, entity, id),

    'campaignVisits.list': ({ electionId }) => listCampaignVisits(read().db, electionId ?? null),
    'campaignVisits.create': ({ visit }) => createCampaignVisit(write(), visit),
    'campaignVisits.update': ({ id, version, visit }) => updateCampaignVisit(write(), id, version, visit),
    'campaignVisits.delete': ({ id, reason }) => deleteCampaignVisit(write(), id, reason),
  };
}
