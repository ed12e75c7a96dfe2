import type { Command } from 'commander';
import type { Db } from '../../db/connection';
import type { CampaignVisit } from '../../shared/domain/election';
import { createCampaignVisit, listCampaignVisits } from '../services/elections/campaignVisits';
import { resolveElectionId } from '../services/elections/reads';
import { CLI_ACTOR } from './actor';
import { withCaseFile } from './caseFileAccess';
import { say, sayJson, sayRow } from './output';
import { passphraseFileOption, type PassphraseOptions } from './passphrase';

interface AddOptions extends PassphraseOptions {
  election: string;
  visitor: string;
  government: string;
  date: string;
  place: string;
  municipality?: string;
  notifiedOn?: string;
  notes?: string;
}

interface ListOptions extends PassphraseOptions {
  election?: string;
  json?: boolean;
}

const FLAG = 'FLAGGED: non-EU government inside the campaign window';

function addVisit(db: Db, options: AddOptions): CampaignVisit {
  const electionId = resolveElectionId(db, options.election);
  return createCampaignVisit(
    { db, actor: CLI_ACTOR, now: new Date() },
    {
      electionId,
      visitor: options.visitor,
      government: options.government,
      date: options.date,
      place: options.place,
      municipalityCode: options.municipality ?? null,
      notifiedToForeignAffairsOn: options.notifiedOn ?? null,
      notes: options.notes ?? '',
    },
  );
}

function printVisits(visits: CampaignVisit[]): void {
  for (const v of visits) {
    const where = v.municipalityName ? `${v.place} (${v.municipalityName})` : v.place;
    const notified = v.notifiedToForeignAffairsOn ? `notified ${v.notifiedToForeignAffairsOn}` : 'not notified';
    sayRow([v.flagged ? '!' : ' ', v.number, v.date, `${v.government}`.padEnd(3), v.visitor, where, v.election.number, notified, v.flagged ? FLAG : '']);
  }
  const flagged = visits.filter((v) => v.flagged).length;
  say(`${visits.length} ${visits.length === 1 ? 'visit' : 'visits'}, ${flagged} flagged`);
}

export function registerCampaignVisit(program: Command): void {
  const command = program.command('campaign-visit').description('announced campaign visits of foreign government representatives');

  command
    .command('add')
    .description('register an announced campaign visit; prints its number, and FLAGGED when it breaks the window')
    .argument('<file>', 'the case file')
    .requiredOption('--election <id-or-number>', 'the election, by number (VK-2026-0001) or id')
    .requiredOption('--visitor <text>', 'who visits (name and role)')
    .requiredOption('--government <code>', 'ISO country code of the government represented')
    .requiredOption('--date <yyyy-mm-dd>', 'day of the visit')
    .requiredOption('--place <text>', 'place or venue')
    .option('--municipality <code>', 'CBS municipality code such as GM0599')
    .option('--notified-on <yyyy-mm-dd>', 'the day it was notified to the Ministry of Foreign Affairs')
    .option('--notes <text>', 'notes')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      const visit = await withCaseFile(file, options, 'write', (db) => addVisit(db, options));
      say(visit.flagged ? `${visit.number}  ${FLAG}` : visit.number);
    });

  command
    .command('list')
    .description('list campaign visits, newest first; flagged ones are marked "!"')
    .argument('<file>', 'the case file')
    .option('--election <id-or-number>', 'only the visits for this election')
    .option('--json', 'print JSON')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const visits = await withCaseFile(file, options, 'read', (db) =>
        listCampaignVisits(db, options.election ? resolveElectionId(db, options.election) : null),
      );
      if (options.json) sayJson(visits);
      else printVisits(visits);
    });
}
