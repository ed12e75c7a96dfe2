import type { Command } from 'commander';
import type { Db } from '../../db/connection';
import { DATE_PRECISIONS, ELECTION_KINDS, ELECTION_STATUSES, type Election } from '../../shared/domain/election';
import { listElections } from '../services/elections/reads';
import { createElection } from '../services/elections/writes';
import { todayInNetherlands } from '../services/validation';
import { CLI_ACTOR } from './actor';
import { withCaseFile } from './caseFileAccess';
import { positiveInteger } from './options';
import { say, sayJson, sayRow } from './output';
import { passphraseFileOption, type PassphraseOptions } from './passphrase';

interface AddOptions extends PassphraseOptions {
  country: string;
  kind: string;
  date: string;
  precision: string;
  status?: string;
  round: number;
  title?: string;
  source?: string;
  verifiedOn?: string;
  notes?: string;
}

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  upcoming?: boolean;
  search?: string;
}

/**
 * Adds an election. Every field goes through the register's own validation,
 * so a bad country or kind is bad input like any other (exit 1, one line).
 * Without --status, a day-precise date is 'aangekondigd' and a rougher one
 * 'verwacht'; without --verified-on, the source counts as checked today.
 */
function addElection(db: Db, options: AddOptions): Election {
  const now = new Date();
  const fields = {
    country: options.country,
    kind: options.kind,
    round: options.round,
    date: options.date,
    precision: options.precision,
    status: options.status ?? (options.precision === 'day' ? 'aangekondigd' : 'verwacht'),
    title: options.title ?? '',
    source: options.source ?? '',
    verifiedOn: options.verifiedOn ?? todayInNetherlands(now),
    notes: options.notes ?? '',
  };
  return createElection({ db, actor: CLI_ACTOR, now }, fields);
}

/** "2028-05-14", "2028-05 (maand)", "2028 (jaar)". */
function shownDate(election: Election): string {
  if (election.precision === 'month') return `${election.date.slice(0, 7)} (month)`;
  if (election.precision === 'year') return `${election.date.slice(0, 4)} (year)`;
  return election.date;
}

function windowText(election: Election): string {
  if (election.isEu) return 'EU: no window';
  if (election.campaignWindowFrom === null) return 'window when the month is known';
  const from = `${election.campaignWindowApproximate ? 'about ' : ''}window from ${election.campaignWindowFrom}`;
  return election.windowOpen ? `${from} (open now)` : from;
}

function printElections(elections: Election[]): void {
  for (const e of elections) {
    const what = `${e.kind}${e.round > 1 ? ` round ${e.round}` : ''}`;
    sayRow([e.number, shownDate(e).padEnd(15), `${e.country} ${e.countryName}`.padEnd(22), what.padEnd(22), e.status.padEnd(12), windowText(e), e.title]);
  }
  say(`${elections.length} ${elections.length === 1 ? 'election' : 'elections'}`);
}

export function registerElection(program: Command): void {
  const command = program.command('election').description('the register of foreign elections and their campaign windows');

  command
    .command('add')
    .description('add a foreign election; prints its number and campaign window')
    .argument('<file>', 'the case file')
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-2 country code, such as TR or MA')
    .requiredOption('--kind <kind>', `kind of election: ${ELECTION_KINDS.join(', ')}`)
    .requiredOption('--date <yyyy-mm-dd>', 'election day (with --precision month or year: any day in it)')
    .option('--precision <precision>', `how exactly the date is known: ${DATE_PRECISIONS.join(', ')}`, 'day')
    .option('--status <status>', `${ELECTION_STATUSES.join(', ')} (default: aangekondigd for a day, else verwacht)`)
    .option('--round <n>', 'round 1 to 3', positiveInteger('--round', 3), 1)
    .option('--title <text>', 'title, such as "Presidentsverkiezing, 2e ronde"')
    .option('--source <text>', 'where the date comes from: institution and document, or a URL (required)')
    .option('--verified-on <yyyy-mm-dd>', 'the day the source was checked (default: today)')
    .option('--notes <text>', 'notes')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      const election = await withCaseFile(file, options, 'write', (db) => addElection(db, options));
      say(election.campaignWindowFrom === null ? election.number : `${election.number}  ${windowText(election)}`);
    });

  command
    .command('list')
    .description('list elections: upcoming first (soonest first), then past ones')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON (with campaignWindowFrom, null for EU countries and year precision)')
    .option('--upcoming', 'only elections still to come')
    .option('--search <text>', 'part of the title, number, source or country name')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const today = todayInNetherlands(new Date());
      const elections = await withCaseFile(file, options, 'read', (db) =>
        listElections(db, { includePast: !options.upcoming, text: options.search }, today),
      );
      if (options.json) sayJson(elections);
      else printElections(elections);
    });
}
