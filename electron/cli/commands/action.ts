import { Option, type Command } from 'commander';
import type { Db } from '../../../db/connection';
import { listAdvisers } from '../../../db/repositories/advisers';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../shared/domain/enums';
import {
  followUpActionInputSchema,
  followUpActionListQuerySchema,
  type FollowUpActionListRow,
} from '../../../shared/domain/followUpAction';
import { listActions } from '../../services/actions/reads';
import { createAction } from '../../services/actions/writes';
import { invalid, parseOrThrow, todayInNetherlands, type Issue } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { withCaseFile } from '../caseFileAccess';
import { collectChoice, positiveInteger } from '../options';
import { say, sayJson, sayRow } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';
import { resolveNumbers } from './contactMoment';

interface AddOptions extends PassphraseOptions {
  description: string;
  kind: string;
  owner?: string;
  due?: string;
  signal?: string;
  case?: string;
  contactMoment?: string;
}

interface ListOptions extends PassphraseOptions {
  overdue?: boolean;
  owner?: string;
  json?: boolean;
  status: string[];
  limit: number;
}

/** An adviser by name or initials, ignoring case ("sanne de vries", "SdV"); unknown is a field problem. */
function ownerId(db: Db, owner: string, issues: Issue[]): string | null {
  const wanted = owner.trim().toLowerCase();
  const adviser = listAdvisers(db).find(
    (candidate) => candidate.initials.toLowerCase() === wanted || candidate.name.toLowerCase() === wanted,
  );
  if (!adviser) issues.push({ path: 'ownerId', message: 'validation.unknownAdviser', detail: owner });
  return adviser?.id ?? null;
}

function addAction(db: Db, options: AddOptions): string {
  const issues: Issue[] = [];
  const owner = options.owner === undefined ? null : ownerId(db, options.owner, issues);
  const link = (kind: Parameters<typeof resolveNumbers>[1], number: string | undefined, path: string) =>
    number === undefined ? null : (resolveNumbers(db, kind, [number], path, issues)[0] ?? null);
  const signalId = link('signal', options.signal, 'signalId');
  const caseId = link('case', options.case, 'caseId');
  const contactMomentId = link('contactMoment', options.contactMoment, 'contactMomentId');
  if (issues.length > 0) throw invalid('Action', issues);
  const input = parseOrThrow(
    followUpActionInputSchema,
    {
      description: options.description,
      kind: options.kind,
      ownerId: owner,
      dueOn: options.due ?? null,
      signalId,
      caseId,
      contactMomentId,
    },
    'Action',
  );
  return createAction({ db, actor: CLI_ACTOR, now: new Date() }, input).number;
}

function printRows(rows: FollowUpActionListRow[], total: number): void {
  for (const row of rows) {
    sayRow([
      row.number,
      (row.dueOn ?? '—').padEnd(10),
      row.status.padEnd(9),
      row.kind.padEnd(21),
      (row.ownerName ?? '—').padEnd(16),
      row.description,
      row.overdue ? '[verlopen]' : '',
    ]);
  }
  say(`${rows.length} of ${total} actions`);
}

function listFor(db: Db, options: ListOptions) {
  const issues: Issue[] = [];
  const owner = options.owner === undefined ? null : ownerId(db, options.owner, issues);
  if (issues.length > 0) throw invalid('Action list', issues);
  const query = parseOrThrow(
    followUpActionListQuerySchema,
    {
      filters: { view: options.overdue ? 'overdue' : 'all', statuses: options.status, ownerIds: owner ? [owner] : [] },
      sort: { column: 'dueOn', direction: 'asc' },
      page: { offset: 0, limit: options.limit },
    },
    'Action list',
  );
  // The CLI works for no adviser in particular: --owner narrows the list instead of "mine".
  return listActions(db, query, { adviserId: null, today: todayInNetherlands(new Date()) });
}

export function registerAction(program: Command): void {
  const command = program.command('action').description('add and list follow-up actions');

  command
    .command('add')
    .description('add a follow-up action; prints its number')
    .argument('<file>', 'the case file')
    .requiredOption('--description <text>', 'what is to be done')
    .requiredOption('--kind <kind>', `kind of action: ${ACTION_KINDS.join(', ')}`)
    .option('--owner <name>', 'owner: an adviser name or initials')
    .option('--due <date>', 'due date, YYYY-MM-DD')
    .option('--signal <number>', 'signal it follows from, such as SIG-2026-0001')
    .option('--case <number>', 'case it belongs to, such as CAS-2026-0001')
    .option('--contact-moment <number>', 'contact moment it follows from, such as CON-2026-0001')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      say(await withCaseFile(file, options, 'write', (db) => addAction(db, options)));
    });

  command
    .command('list')
    .description('list follow-up actions, soonest due first')
    .argument('<file>', 'the case file')
    .option('--overdue', 'only open or in-progress actions past their due date')
    .option('--owner <name>', 'only actions of this adviser (name or initials)')
    .addOption(new Option('--status <code>', 'status (repeatable)').choices(ACTION_STATUSES).argParser(collectChoice(ACTION_STATUSES)).default([]))
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many rows (1 to 200)', positiveInteger('--limit', 200), 50)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const page = await withCaseFile(file, options, 'read', (db) => listFor(db, options));
      if (options.json) sayJson(page);
      else printRows(page.rows, page.total);
    });
}
