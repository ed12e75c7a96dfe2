import { addDays, addMonths, format, subDays } from 'date-fns';
import type { ElectionFieldsDraft } from '../../shared/domain/election';
import type { WriteContext } from './context';
import { createCampaignVisit } from './elections/campaignVisits';
import { linkToElection } from './elections/links';
import { createElection } from './elections/writes';
import { todayInNetherlands } from './validation';

const DEMO_THEME = 'buitenlandse-verkiezingen';
const LINKED_SIGNALS = 3;

const day = (date: Date): string => format(date, 'yyyy-MM-dd');

/**
 * Fictional elections for the demo file, next to the real starter list that
 * migration 010 loaded: one six weeks ahead (its campaign window open now,
 * with polling places, a flagged visit inside the window and one before it),
 * and one known only to the month. A few demo signals on foreign elections
 * and the demo case on them are linked to the first, so its page has a story.
 */
export function seedDemoElections(
  ctx: WriteContext,
  demo: { signals: readonly { id: string; themes: string[] }[]; cases: readonly { id: string; themes: string[] }[] },
): void {
  const today = new Date(`${todayInNetherlands(ctx.now)}T12:00:00`);
  const electionDay = addDays(today, 42);
  const fictional = (fields: Omit<ElectionFieldsDraft, 'source' | 'verifiedOn'>): ElectionFieldsDraft => ({
    ...fields,
    source: 'Fictief voorbeeld in het demobestand',
    verifiedOn: day(today),
  });

  const election = createElection(
    ctx,
    fictional({
      country: 'TR',
      kind: 'presidentieel',
      date: day(electionDay),
      precision: 'day',
      status: 'aangekondigd',
      title: 'Presidentsverkiezing (fictief)',
      votingFrom: day(subDays(electionDay, 14)),
      votingTo: day(subDays(electionDay, 7)),
      votingPlaces: [
        { kind: 'ambassade', name: 'Ambassade (fictief)', municipalityCode: 'GM0518', address: '' },
        { kind: 'consulaat', name: 'Consulaat-generaal (fictief)', municipalityCode: 'GM0599', address: '' },
        { kind: 'overig', name: 'Stembureau in congrescentrum (fictief)', municipalityCode: 'GM0363', address: '' },
      ],
      notes: 'Fictieve verkiezing om het campagnevenster te laten zien.',
    }),
  );
  createElection(
    ctx,
    fictional({
      country: 'MA',
      kind: 'parlementair',
      date: day(addMonths(today, 5)),
      precision: 'month',
      status: 'verwacht',
      title: 'Parlementsverkiezing (fictief)',
    }),
  );

  // Inside the window, by a non-EU government: flagged.
  createCampaignVisit(ctx, {
    electionId: election.id,
    visitor: 'Minister van een buitenlandse regering (fictief)',
    government: 'TR',
    date: day(addDays(today, 10)),
    place: 'Evenementenhal',
    municipalityCode: 'GM0599',
    notifiedToForeignAffairsOn: day(subDays(today, 3)),
    notes: 'Aangekondigd via de ambassade (fictief).',
  });
  // Before the window opened: not flagged.
  createCampaignVisit(ctx, {
    electionId: election.id,
    visitor: 'Parlementslid (fictief)',
    government: 'TR',
    date: day(subDays(election.campaignWindowFrom ? new Date(`${election.campaignWindowFrom}T12:00:00`) : today, 12)),
    place: 'Buurthuis',
    municipalityCode: 'GM0344',
    notifiedToForeignAffairsOn: null,
    notes: '',
  });

  for (const signal of demo.signals.filter((s) => s.themes.includes(DEMO_THEME)).slice(0, LINKED_SIGNALS)) {
    linkToElection(ctx, { electionId: election.id, entity: 'signal', id: signal.id });
  }
  const electionCase = demo.cases.find((c) => c.themes.includes(DEMO_THEME));
  if (electionCase) linkToElection(ctx, { electionId: election.id, entity: 'case', id: electionCase.id });
}
