import type { Command } from 'commander';
import type { Db } from '../../../db/connection';
import { idsByNumber } from '../../../db/repositories/lookups';
import {
  contactMomentListQuerySchema,
  createContactMomentSchema,
  type ContactMomentListRow,
} from '../../../shared/domain/contactMoment';
import { CLASSIFICATIONS, CONTACT_FORMS } from '../../../shared/domain/enums';
import { listContactMoments } from '../../services/contactMoments/reads';
import { createContactMoment } from '../../services/contactMoments/writes';
import { invalid, parseOrThrow, type Issue } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { withCaseFile } from '../caseFileAccess';
import { collect, positiveInteger } from '../options';
import { say, sayJson, sayRow } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';

interface AddOptions extends PassphraseOptions {
  date: string;
  form: string;
  subject: string;
  minutes?: string;
  municipality: string[];
  org: string[];
  person: string[];
  theme: string[];
  signal: string[];
  case?: string;
  classification?: string;
}

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  from?: string;
  to?: string;
  municipality: string[];
  search?: string;
  limit: number;
}

type NumberKind = Parameters<typeof idsByNumber>[1];

const UNKNOWN: Record<NumberKind, string> = {
  signal: 'validation.unknownSignal',
  case: 'validation.unknownCase',
  organisation: 'validation.unknownOrganisation',
  contactPerson: 'validation.unknownContactPerson',
  contactMoment: 'validation.unknownContactMoment',
  action: 'validation.unknownAction',
};

/**
 * Resolves human numbers (ORG-…, PER-…, SIG-…, CAS-…) to ids, reporting the
 * unknown ones under the field they belong to, so every problem shows at once.
 */
export function resolveNumbers(db: Db, kind: NumberKind, numbers: readonly string[], path: string, issues: Issue[]): string[] {
  const found = idsByNumber(db, kind, numbers);
  const missing = numbers.filter((number) => !found.has(number));
  if (missing.length > 0) issues.push({ path, message: UNKNOWN[kind], detail: missing.join(', ') });
  return numbers.flatMap((number) => found.get(number) ?? []);
}

function addContactMoment(db: Db, options: AddOptions): string {
  const now = new Date();
  const issues: Issue[] = [];
  const organisationIds = resolveNumbers(db, 'organisation', options.org, 'organisationIds', issues);
  const personIds = resolveNumbers(db, 'contactPerson', options.person, 'personIds', issues);
  const signalIds = resolveNumbers(db, 'signal', options.signal, 'signalIds', issues);
  const [caseId = null] = options.case ? resolveNumbers(db, 'case', [options.case], 'caseId', issues) : [];
  if (issues.length > 0) throw invalid('Contact moment', issues);
  const input = parseOrThrow(
    createContactMomentSchema,
    {
      heldOn: options.date,
      form: options.form,
      subject: options.subject,
      minutes: options.minutes ?? '',
      municipalities: options.municipality,
      organisationIds,
      personIds,
      themes: options.theme,
      signalIds,
      caseId,
      ...(options.classification ? { classification: options.classification } : {}),
    },
    'Contact moment',
  );
  return createContactMoment({ db, actor: CLI_ACTOR, now }, input).number;
}

function printRows(rows: ContactMomentListRow[], total: number): void {
  for (const row of rows) {
    const where = row.municipalityNames.join(', ') || '—';
    sayRow([row.number, row.heldOn, row.form.padEnd(18), row.subject, `(${where})`]);
  }
  say(`${rows.length} of ${total} contact moments`);
}

export function registerContactMoment(program: Command): void {
  const command = program.command('contact-moment').description('log and list contact moments');

  command
    .command('add')
    .description('log a contact moment; prints its number')
    .argument('<file>', 'the case file')
    .requiredOption('--date <date>', 'the day it was held, YYYY-MM-DD')
    .requiredOption('--form <form>', `form of contact: ${CONTACT_FORMS.join(', ')}`)
    .requiredOption('--subject <text>', 'subject')
    .option('--minutes <text>', 'minutes (what was discussed and agreed)')
    .option('--municipality <code>', 'CBS municipality code such as GM0363 (repeatable)', collect, [])
    .option('--org <number>', 'organisation number such as ORG-2026-0001 (repeatable)', collect, [])
    .option('--person <number>', 'contact person number such as PER-2026-0001 (repeatable)', collect, [])
    .option('--theme <code>', 'theme code, see `ess themes` (repeatable)', collect, [])
    .option('--signal <number>', 'signal number such as SIG-2026-0001 discussed (repeatable)', collect, [])
    .option('--case <number>', 'case number such as CAS-2026-0001')
    .option('--classification <level>', `classification: ${CLASSIFICATIONS.join(', ')} (default ongerubriceerd)`)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      say(await withCaseFile(file, options, 'write', (db) => addContactMoment(db, options)));
    });

  command
    .command('list')
    .description('list contact moments, most recent first')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--from <date>', 'held on or after, YYYY-MM-DD')
    .option('--to <date>', 'held on or before, YYYY-MM-DD')
    .option('--municipality <code>', 'CBS municipality code (repeatable)', collect, [])
    .option('--search <text>', 'free text in number, subject and minutes (prefix search, all words must match)')
    .option('--limit <n>', 'at most this many rows (1 to 200)', positiveInteger('--limit', 200), 50)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const query = parseOrThrow(
        contactMomentListQuerySchema,
        {
          filters: { from: options.from, to: options.to, municipalities: options.municipality, text: options.search },
          sort: { column: 'heldOn', direction: 'desc' },
          page: { offset: 0, limit: options.limit },
        },
        'Contact moment list',
      );
      const page = await withCaseFile(file, options, 'read', (db) => listContactMoments(db, query));
      if (options.json) sayJson(page);
      else printRows(page.rows, page.total);
    });
}
