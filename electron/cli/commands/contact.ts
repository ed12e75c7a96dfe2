import type { Command } from 'commander';
import type { Db } from '../../../db/connection';
import { contactPersonIdByNumber } from '../../../db/repositories/contactPersons';
import { idsByNumber } from '../../../db/repositories/lookups';
import {
  contactPersonInputSchema,
  contactPersonListQuerySchema,
  defaultReviewOn,
  type ContactPersonListRow,
} from '../../../shared/domain/contactPerson';
import { CONTACT_ROLES, LEGAL_BASES } from '../../../shared/domain/enums';
import { AppError } from '../../../shared/errors';
import { eraseContactPerson } from '../../services/contactPersons/erase';
import { exportContactPerson } from '../../services/contactPersons/privacyExport';
import { listContactPersons } from '../../services/contactPersons/reads';
import { createContactPerson } from '../../services/contactPersons/writes';
import { CONTACT_PERSON } from '../../services/contactPersons/validate';
import { invalid, parseOrThrow, todayInNetherlands } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { withCaseFile } from '../caseFileAccess';
import { collect, positiveInteger } from '../options';
import { say, sayJson, sayRow } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';
import { newFilePath } from '../paths';

interface AddOptions extends PassphraseOptions {
  name: string;
  role: string;
  function?: string;
  org?: string;
  email?: string;
  phone?: string;
  legalBasis?: string;
  review?: string;
  notes?: string;
}

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  reviewDue?: boolean;
  org: string[];
  role: string[];
  search?: string;
  limit: number;
}

interface ExportOptions extends PassphraseOptions {
  id: string;
  out: string;
}

interface EraseOptions extends PassphraseOptions {
  id: string;
  confirmName?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Organisation numbers (ORG-2026-0001) to ids; an unknown one is bad input for `path`. */
function organisationIds(db: Db, numbers: string[], path: string): string[] {
  const found = idsByNumber(db, 'organisation', numbers);
  const missing = numbers.filter((number) => !found.has(number));
  if (missing.length > 0) {
    throw invalid(CONTACT_PERSON, [{ path, message: 'validation.unknownOrganisation', detail: missing.join(', ') }]);
  }
  return numbers.map((number) => found.get(number) ?? '');
}

/** --id takes the id or the number; soft-deleted persons count (they can still be exported or erased). */
function personId(db: Db, reference: string): string {
  const id = UUID.test(reference) ? reference : contactPersonIdByNumber(db, reference.trim());
  if (!id) throw new AppError('NOT_FOUND', `No contact person ${reference}`);
  return id;
}

function addContact(db: Db, options: AddOptions): string {
  const now = new Date();
  const [organisationId = null] = options.org ? organisationIds(db, [options.org], 'organisationId') : [];
  const input = parseOrThrow(
    contactPersonInputSchema,
    {
      name: options.name,
      role: options.role,
      function: options.function ?? '',
      organisationId,
      email: options.email ?? '',
      phone: options.phone ?? '',
      ...(options.legalBasis ? { legalBasis: options.legalBasis } : {}),
      reviewOn: options.review ?? defaultReviewOn(todayInNetherlands(now)),
      notes: options.notes ?? '',
    },
    CONTACT_PERSON,
  );
  return createContactPerson({ db, actor: CLI_ACTOR, now }, input).number;
}

function printRows(rows: ContactPersonListRow[], total: number): void {
  for (const row of rows) {
    sayRow([row.number, row.role.padEnd(16), row.name, row.organisationName ? `(${row.organisationName})` : '', `review ${row.reviewOn}`].filter(Boolean));
  }
  say(`${rows.length} of ${total} contact persons`);
}

export function registerContact(program: Command): void {
  const command = program.command('contact').description('register, list, export and erase contact persons');

  command
    .command('add')
    .description('register a contact person; prints their number')
    .argument('<file>', 'the case file')
    .requiredOption('--name <text>', 'full name')
    .requiredOption('--role <role>', `role: ${CONTACT_ROLES.join(', ')}`)
    .option('--function <text>', 'job title')
    .option('--org <number>', 'organisation number such as ORG-2026-0001')
    .option('--email <address>', 'email address')
    .option('--phone <number>', 'phone number')
    .option('--legal-basis <code>', `AVG legal basis (default publieke-taak): ${LEGAL_BASES.join(', ')}`)
    .option('--review <date>', 'privacy review date, YYYY-MM-DD (default one year from today)')
    .option('--notes <text>', 'notes')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: AddOptions) => {
      say(await withCaseFile(file, options, 'write', (db) => addContact(db, options)));
    });

  command
    .command('list')
    .description('list contact persons by name')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--review-due', 'only persons whose privacy review date has come')
    .option('--org <number>', 'organisation number (repeatable)', collect, [])
    .option('--role <role>', 'role (repeatable)', collect, [])
    .option('--search <text>', 'part of the name, job title or email address')
    .option('--limit <n>', 'at most this many rows (1 to 200)', positiveInteger('--limit', 200), 50)
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const page = await withCaseFile(file, options, 'read', (db) => {
        const query = parseOrThrow(
          contactPersonListQuerySchema,
          {
            filters: {
              organisationIds: organisationIds(db, options.org, 'organisationIds'),
              roles: options.role,
              text: options.search,
              reviewDueBy: options.reviewDue ? todayInNetherlands(new Date()) : undefined,
            },
            sort: options.reviewDue ? { column: 'reviewOn', direction: 'asc' } : { column: 'name', direction: 'asc' },
            page: { offset: 0, limit: options.limit },
          },
          'Contact person list',
        );
        return listContactPersons(db, query);
      });
      if (options.json) sayJson(page);
      else printRows(page.rows, page.total);
    });

  command
    .command('export')
    .description('write everything stored about one person to a text file (AVG access request); never overwrites')
    .argument('<file>', 'the case file')
    .requiredOption('--id <id>', 'the person: number such as PER-2026-0001, or id')
    .requiredOption('--out <path>', 'the text file to write (must not exist)')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ExportOptions) => {
      const target = newFilePath(options.out);
      const now = new Date();
      say(
        await withCaseFile(file, options, 'write', (db) =>
          exportContactPerson({ db, actor: CLI_ACTOR, now }, personId(db, options.id), target),
        ),
      );
    });

  command
    .command('erase')
    .description('erase a person for good (AVG): their record, their history, and their name in linked records')
    .argument('<file>', 'the case file')
    .requiredOption('--id <id>', 'the person: number such as PER-2026-0001, or id')
    .option('--confirm-name <name>', "the person's full name, to confirm (required)")
    .addOption(passphraseFileOption())
    .action(async (file: string, options: EraseOptions, command: Command) => {
      // Checked before the passphrase is asked: erasure cannot be undone, so it is never the default.
      if (options.confirmName === undefined) {
        command.error(`error: --confirm-name is required: erasing cannot be undone; confirm with --confirm-name "<the person's full name>"`, {
          exitCode: 2,
          code: 'ess.usage',
        });
      }
      const confirmName = options.confirmName;
      const erasure = await withCaseFile(file, options, 'write', (db) =>
        eraseContactPerson({ db, actor: CLI_ACTOR, now: new Date() }, personId(db, options.id), confirmName),
      );
      say(
        `${erasure.number} erased: ${erasure.redactedRecords} linked records redacted, ` +
          `${erasure.erasedAuditPayloads} audit payloads erased`,
      );
    });
}
