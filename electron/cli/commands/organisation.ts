import type { Command } from 'commander';
import type { Db } from '../../../db/connection';
import { ORGANISATION_TYPES } from '../../../shared/domain/enums';
import {
  organisationInputSchema,
  organisationListQuerySchema,
  type OrganisationListRow,
} from '../../../shared/domain/organisation';
import { listOrganisations } from '../../services/organisations/reads';
import { createOrganisation } from '../../services/organisations/writes';
import { parseOrThrow } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { withCaseFile } from '../caseFileAccess';
import { collect, positiveInteger } from '../options';
import { say, sayJson, sayRow } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';

interface AddOptions extends PassphraseOptions {
  name: string;
  type: string;
  municipality: string[];
  notes?: string;
}

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  type: string[];
  municipality: string[];
  search?: string;
  limit: number;
}

// Types are checked by the shared schema rather than by Commander's choices,
// so a wrong one is bad input like any other field: exit 1, one line naming it.
const TYPES = ORGANISATION_TYPES.join(', ');

function addOrganisation(db: Db, options: AddOptions): string {
  const input = parseOrThrow(
    organisationInputSchema,
    { name: options.name, type: options.type, municipalities: options.municipality, notes: options.notes ?? '' },
    'Organisation',
  );
  return createOrganisation({ db, actor: CLI_ACTOR, now: new Date() }, input).number;
}

function printRows(rows: OrganisationListRow[], total: number): void {
  for (const row of rows) {
    const where = row.municipalityNames.length > 0 ? `(${row.municipalityNames.join(', ')})` : '';
    const contact = row.lastContactOn ?? 'no contact';
    sayRow([row.number, row.type.padEnd(28), row.name, where, `${row.personCount} persons`, contact].filter(Boolean));
  }
  say(`${rows.length} of ${total} organisations`);
}

export function registerOrganisation(program: Command): void {
  const command = program.command('org').description('register and list organisations');

  command
    .command('add')
    .description('register an organisation; prints its number')
    .argument('<file>', 'the case file')
    .requiredOption('--name <text>', 'name')
    .requiredOption('--type <type>', `kind of organisation: ${TYPES}`)
    .option('--municipality <code>', 'CBS municipality code such as GM0363 (repeatable)', collect, [])
    .option('--notes <text>', 'notes')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      say(await withCaseFile(file, options, 'write', (db) => addOrganisation(db, options)));
    });

  command
    .command('list')
    .description('list organisations by name')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--type <type>', `kind of organisation (repeatable): ${TYPES}`, collect, [])
    .option('--municipality <code>', 'CBS municipality code (repeatable)', collect, [])
    .option('--search <text>', 'part of the name, number or notes')
    .option('--limit <n>', 'at most this many rows (1 to 200)', positiveInteger('--limit', 200), 50)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const query = parseOrThrow(
        organisationListQuerySchema,
        {
          filters: { types: options.type, municipalities: options.municipality, text: options.search },
          page: { offset: 0, limit: options.limit },
        },
        'Organisation list',
      );
      const page = await withCaseFile(file, options, 'read', (db) => listOrganisations(db, query));
      if (options.json) sayJson(page);
      else printRows(page.rows, page.total);
    });
}
