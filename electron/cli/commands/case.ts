import { Option, type Command } from 'commander';
import type { Db } from '../../../db/connection';
import { idsByNumber } from '../../../db/repositories/lookups';
import { caseListQuerySchema, createCaseSchema, type CaseListRow } from '../../../shared/domain/case';
import { CASE_STATUSES, CASE_TYPES } from '../../../shared/domain/enums';
import { listCases } from '../../services/cases/reads';
import { createCase } from '../../services/cases/writes';
import { invalid, parseOrThrow, todayInNetherlands } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { withCaseFile } from '../caseFileAccess';
import { collect, collectChoice, positiveInteger } from '../options';
import { say, sayJson, sayRow } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';

interface AddOptions extends PassphraseOptions {
  title: string;
  type: string;
  summary?: string;
  start?: string;
  signal: string[];
  theme: string[];
  municipality: string[];
}

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  search?: string;
  status: string[];
  theme: string[];
  municipality: string[];
  from?: string;
  to?: string;
  limit: number;
}

function addCase(db: Db, options: AddOptions): string {
  const now = new Date();
  const found = idsByNumber(db, 'signal', options.signal);
  const missing = options.signal.filter((number) => !found.has(number));
  if (missing.length > 0) {
    throw invalid('Case', [{ path: 'signalIds', message: 'validation.unknownSignal', detail: missing.join(', ') }]);
  }
  const input = parseOrThrow(
    createCaseSchema,
    {
      title: options.title,
      type: options.type,
      summary: options.summary ?? '',
      startOn: options.start ?? todayInNetherlands(now),
      themes: options.theme,
      municipalities: options.municipality,
      signalIds: options.signal.map((number) => found.get(number)),
    },
    'Case',
  );
  return createCase({ db, actor: CLI_ACTOR, now }, input).number;
}

function printRows(rows: CaseListRow[], total: number): void {
  for (const row of rows) {
    sayRow([row.number, row.startOn, row.type.padEnd(23), row.status.padEnd(14), row.title, `(${row.signalCount} signals)`]);
  }
  say(`${rows.length} of ${total} cases`);
}

export function registerCase(program: Command): void {
  const command = program.command('case').description('create and list cases');

  command
    .command('add')
    .description('create a case, optionally from signals; prints its number')
    .argument('<file>', 'the case file')
    .requiredOption('--title <text>', 'title')
    .addOption(new Option('--type <type>', 'kind of case').choices(CASE_TYPES).makeOptionMandatory())
    .option('--summary <text>', 'summary')
    .option('--start <date>', 'start date, YYYY-MM-DD (default today)')
    .option('--signal <number>', 'signal number such as SIG-2026-0001 to include (repeatable)', collect, [])
    .option('--theme <code>', 'theme code (repeatable)', collect, [])
    .option('--municipality <code>', 'CBS municipality code (repeatable)', collect, [])
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      say(await withCaseFile(file, options, 'write', (db) => addCase(db, options)));
    });

  command
    .command('list')
    .description('list cases, newest first')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--search <text>', 'free text (prefix search, all words must match)')
    .addOption(new Option('--status <code>', 'status (repeatable)').choices(CASE_STATUSES).argParser(collectChoice(CASE_STATUSES)).default([]))
    .option('--theme <code>', 'theme code (repeatable)', collect, [])
    .option('--municipality <code>', 'CBS municipality code (repeatable)', collect, [])
    .option('--from <date>', 'started on or after, YYYY-MM-DD')
    .option('--to <date>', 'started on or before, YYYY-MM-DD')
    .option('--limit <n>', 'at most this many rows (1 to 200)', positiveInteger('--limit', 200), 50)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const query = parseOrThrow(
        caseListQuerySchema,
        {
          filters: {
            text: options.search,
            statuses: options.status,
            themes: options.theme,
            municipalities: options.municipality,
            from: options.from,
            to: options.to,
          },
          page: { offset: 0, limit: options.limit },
        },
        'Case list',
      );
      const page = await withCaseFile(file, options, 'read', (db) => listCases(db, query));
      if (options.json) sayJson(page);
      else printRows(page.rows, page.total);
    });
}
