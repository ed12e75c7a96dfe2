import { Option, type Command } from 'commander';
import type { Db } from '../../../db/connection';
import { signalFieldsSchema, signalListQuerySchema, type SignalListRow } from '../../../shared/domain/signal';
import { SIGNAL_STATUSES, URGENCIES } from '../../../shared/domain/enums';
import { listSignals } from '../../services/signals/reads';
import { createSignal } from '../../services/signals/writes';
import { parseOrThrow, todayInNetherlands } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { withCaseFile } from '../caseFileAccess';
import { collect, collectChoice, positiveInteger } from '../options';
import { say, sayJson, sayRow } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';

interface AddOptions extends PassphraseOptions {
  title?: string;
  description?: string;
  municipality: string[];
  national?: boolean;
  theme: string[];
  urgency?: string;
  observed?: string;
  received?: string;
  status?: string;
}

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  search?: string;
  theme: string[];
  municipality: string[];
  status: string[];
  from?: string;
  to?: string;
  limit: number;
}

function addSignal(db: Db, options: AddOptions): string {
  const now = new Date();
  const today = todayInNetherlands(now);
  // Field-level problems are named by the shared schema and, for codes and dates, by the service.
  const input = parseOrThrow(
    signalFieldsSchema,
    {
      title: options.title ?? '',
      description: options.description ?? '',
      municipalities: options.municipality,
      isNational: options.national ?? false,
      themes: options.theme,
      urgency: options.urgency,
      observedOn: options.observed ?? today,
      receivedOn: options.received ?? today,
      ...(options.status ? { status: options.status } : {}),
    },
    'Signal',
  );
  return createSignal({ db, actor: CLI_ACTOR, now }, input).number;
}

function printRows(rows: SignalListRow[], total: number): void {
  for (const row of rows) {
    const where = row.isNational ? 'landelijk' : row.municipalities.join(', ');
    sayRow([row.number, row.receivedOn, row.urgency.padEnd(9), row.status.padEnd(12), row.title, `(${where})`]);
  }
  say(`${rows.length} of ${total} signals`);
}

export function registerSignal(program: Command): void {
  const signal = program.command('signal').description('register and list signals');

  signal
    .command('add')
    .description('register a signal; prints its number')
    .argument('<file>', 'the case file')
    .requiredOption('--title <text>', 'short title')
    .requiredOption('--description <text>', 'the facts')
    .option('--municipality <code>', 'CBS code such as GM0363 (repeatable)', collect, [])
    .option('--national', 'the signal concerns the whole country')
    .option('--theme <code>', 'theme code, see `ess themes` (repeatable)', collect, [])
    .addOption(new Option('--urgency <level>', 'urgency').choices(URGENCIES).makeOptionMandatory())
    .option('--observed <date>', 'date observed, YYYY-MM-DD (default today)')
    .option('--received <date>', 'date received, YYYY-MM-DD (default today)')
    .addOption(new Option('--status <code>', 'status (default nieuw)').choices(SIGNAL_STATUSES))
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      say(await withCaseFile(file, options, 'write', (db) => addSignal(db, options)));
    });

  signal
    .command('list')
    .description('list signals, newest first')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--search <text>', 'free text (prefix search, all words must match)')
    .option('--theme <code>', 'theme code (repeatable)', collect, [])
    .option('--municipality <code>', 'CBS municipality code (repeatable)', collect, [])
    .addOption(new Option('--status <code>', 'status (repeatable)').choices(SIGNAL_STATUSES).argParser(collectChoice(SIGNAL_STATUSES)).default([]))
    .option('--from <date>', 'received on or after, YYYY-MM-DD')
    .option('--to <date>', 'received on or before, YYYY-MM-DD')
    .option('--limit <n>', 'at most this many rows (1 to 200)', positiveInteger('--limit', 200), 50)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const query = parseOrThrow(
        signalListQuerySchema,
        {
          filters: {
            text: options.search,
            themes: options.theme,
            municipalities: options.municipality,
            statuses: options.status,
            from: options.from,
            to: options.to,
          },
          sort: { column: 'receivedOn', direction: 'desc' },
          page: { offset: 0, limit: options.limit },
        },
        'Signal list',
      );
      const page = await withCaseFile(file, options, 'read', (db) => listSignals(db, query));
      if (options.json) sayJson(page);
      else printRows(page.rows, page.total);
    });
}
