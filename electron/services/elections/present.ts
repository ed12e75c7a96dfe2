import type { CampaignVisitRecord } from '../../../db/repositories/campaignVisits';
import type { ElectionRecord } from '../../../db/repositories/elections';
import { campaignWindowOf, isInsideCampaignWindow } from '../../../shared/domain/campaignWindow';
import { countryNameNl } from '../../../shared/domain/countries';
import type { CampaignVisit, Election, ElectionSummary } from '../../../shared/domain/election';
import { isEuMemberState } from '../../../shared/domain/euMemberStates';

/**
 * What the register derives from a stored election and never stores: the
 * country's name, EU membership and the campaign window, so a change of the
 * rule or of the member states shows at once on every election.
 */
export function presentElection(record: ElectionRecord, today: string): Election {
  const window = campaignWindowOf(record.country, record.date, record.precision);
  return {
    ...record,
    countryName: countryNameNl(record.country),
    isEu: isEuMemberState(record.country),
    campaignWindowFrom: window.from,
    campaignWindowTo: window.to,
    campaignWindowApproximate: window.approximate,
    windowOpen: isInsideCampaignWindow(today, window),
  };
}

export function summaryOf(record: ElectionRecord): ElectionSummary {
  return {
    id: record.id,
    number: record.number,
    title: record.title,
    kind: record.kind,
    round: record.round,
    country: record.country,
    countryName: countryNameNl(record.country),
    date: record.date,
    precision: record.precision,
  };
}

/**
 * A visit inside its election's window is flagged when the visitor represents
 * a government from outside the EU: they may not campaign here then.
 */
export function presentVisit(record: CampaignVisitRecord, election: ElectionRecord): CampaignVisit {
  const window = campaignWindowOf(election.country, election.date, election.precision);
  const insideWindow = isInsideCampaignWindow(record.date, window);
  const { deletedAt: _deletedAt, ...visit } = record;
  return {
    ...visit,
    governmentName: countryNameNl(record.government),
    insideWindow,
    flagged: insideWindow && !isEuMemberState(record.government),
    election: summaryOf(election),
  };
}
