import { Option, type Command } from 'commander';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../../db/connection';
import { idsByNumber } from '../../../db/repositories/lookups';
import { BRIEFING_KINDS, isLowerClassification, type BriefingDraftInput } from '../../../shared/domain/briefing';
import { CLASSIFICATIONS } from '../../../shared/domain/enums';
import { AppError, isAppError } from '../../../shared/errors';
import type { ExportResult } from '../../services/briefings/export';
import { checkDocxTarget } from '../../services/briefings/files';
import { gatherBriefing } from '../../services/briefings/gather';
import { getHouseStyle } from '../../services/briefings/houseStyle';
import { validateDraft } from '../../services/briefings/validate';
import { invalid, type Issue } from '../../services/validation';
import { CLI_ACTOR } from '../actor';
import { collect } from '../options';
import { say } from '../output';
import { passphraseFileOption, passphraseToOpen, type PassphraseOptions } from '../passphrase';
import { existingFile } from '../paths';

interface BriefingOptions extends PassphraseOptions {
  kind: (typeof BRIEFING_KINDS)[number];
  out: string;
  from?: string;
  /** The issue's syntax uses --to twice: a date ends the period, anything else names the recipient. */
  to: string[];
  recipient?: string;
  theme: string[];
  municipality: string[];
  case: string[];
  signal: string[];
  classification?: (typeof CLASSIFICATIONS)[number];
  overrideReason?: string;
  subject?: string;
  deadline?: string;
  includePersonalData?: boolean;
}

/** Field paths of the draft as the options that set them, so an error names what the user typed. */
const OPTION_OF: Record<string, string> = {
  'selection.from': '--from',
  'selection.to': '--to',
  'selection.themes': '--theme',
  'selection.municipalities': '--municipality',
  'selection.caseIds': '--case',
  'selection.signalIds': '--signal',
  recipient: '--to',
  classification: '--classification',
  'classificationOverride.reason': '--override-reason',
  subject: '--subject',
  deadline: '--deadline',
  out: '--out',
};

function inOptionTerms(error: unknown): unknown {
  if (!isAppError(error) || error.code !== 'INVALID_INPUT') return error;
  let message = error.message;
  for (const [path, option] of Object.entries(OPTION_OF)) message = message.replaceAll(`${path}:`, `${option}:`);
  return new AppError(error.code, message, { issues: error.issues });
}

const looksLikeDate = (value: string): boolean => /^\d/.test(value);

function splitTo(values: readonly string[], recipient: string | undefined): { to: string | null; recipient: string } {
  const dates = values.filter(looksLikeDate);
  const names = [...values.filter((value) => !looksLikeDate(value)), ...(recipient ? [recipient] : [])];
  const issues: Issue[] = [];
  if (dates.length > 1) issues.push({ path: 'selection.to', message: 'validation.tooMany', detail: dates.join(', ') });
  if (names.length > 1) issues.push({ path: 'recipient', message: 'validation.tooMany', detail: names.join(', ') });
  if (issues.length > 0) throw invalid('Briefing', issues);
  return { to: dates[0] ?? null, recipient: names[0] ?? '' };
}

/** Human numbers (CAS-2026-0001, SIG-2026-0001) to ids; an unknown one is bad input. */
function idsOf(db: Db, kind: 'case' | 'signal', numbers: readonly string[]): string[] {
  const found = idsByNumber(db, kind, numbers);
  const missing = numbers.filter((number) => !found.has(number));
  if (missing.length > 0) {
    const path = kind === 'case' ? 'selection.caseIds' : 'selection.signalIds';
    throw invalid('Briefing', [{ path, message: kind === 'case' ? 'validation.unknownCase' : 'validation.unknownSignal', detail: missing.join(', ') }]);
  }
  return numbers.map((number) => found.get(number)!);
}

function draftOf(db: Db, options: BriefingOptions): BriefingDraftInput {
  const { to, recipient } = splitTo(options.to, options.recipient);
  return {
    kind: options.kind,
    recipient,
    subject: options.subject ?? '',
    deadline: options.deadline ?? null,
    classification: options.classification ?? null,
    classificationOverride: options.overrideReason === undefined ? null : { reason: options.overrideReason },
    includePersonalData: options.includePersonalData ?? false,
    selection: {
      from: options.from ?? null,
      to,
      themes: options.theme,
      municipalities: options.municipality,
      caseIds: idsOf(db, 'case', options.case),
      signalIds: idsOf(db, 'signal', options.signal),
    },
  };
}

function usageError(command: Command, message: string): never {
  command.error(`error: ${message}`, { exitCode: 2, code: 'ess.usage' });
}

/**
 * Options the note would ignore are refused before anything is opened, so a
 * note never differs silently from what the command line asked for.
 */
function refuseIgnoredOptions(options: BriefingOptions, command: Command): void {
  if (options.deadline !== undefined && options.kind !== 'beslisnota') {
    usageError(command, `--deadline is the decision deadline of a beslisnota; --kind ${options.kind} has none`);
  }
  if (options.overrideReason !== undefined && options.classification === undefined) {
    usageError(command, '--override-reason explains a --classification lower than the content; give that --classification too');
  }
}

/** An override reason for a classification that is not lower than the content would be logged for nothing. */
function refuseNeedlessOverride(db: Db, draft: BriefingDraftInput, command: Command): void {
  if (draft.classificationOverride === null || !draft.classification) return;
  const { contentClassification } = gatherBriefing(db, validateDraft(db, draft, getHouseStyle(db)));
  if (isLowerClassification(draft.classification, contentClassification)) return;
  usageError(
    command,
    `--override-reason is only for a note marked lower than its content; the content is ${contentClassification}, so --classification ${draft.classification} needs no reason`,
  );
}

/** Like withCaseFile, but the work is asynchronous (the document is packed asynchronously) and the file stays open until it ends. */
async function writeBriefing(file: string, options: BriefingOptions, command: Command): Promise<ExportResult> {
  const filePath = existingFile(file);
  // Checked before the passphrase is asked: a wrong target should not cost a key derivation.
  const outPath = checkDocxTarget(options.out, false);
  const passphrase = await passphraseToOpen(options);
  const db = openCaseFileDatabase(filePath, passphrase);
  try {
    // Loaded here, not at start-up: the document code (docx) would slow every other ess command.
    const { exportBriefing } = await import('../../services/briefings/export');
    const draft = draftOf(db, options);
    refuseNeedlessOverride(db, draft, command);
    return await exportBriefing({ db, actor: CLI_ACTOR, now: new Date() }, { draft }, { outPath });
  } finally {
    closeCaseFileDatabase(db);
  }
}

export function registerBriefing(program: Command): void {
  program
    .command('briefing')
    .description('write a briefing note (.docx) from the case file; prints its sha256 and reference')
    .argument('<file>', 'the case file')
    .addOption(new Option('--kind <kind>', 'kind of note').choices(BRIEFING_KINDS).makeOptionMandatory())
    .requiredOption('--out <path>', 'the .docx to write (never overwritten)')
    .option('--from <date>', 'period start, YYYY-MM-DD (signals received on or after)')
    .option('--to <date|recipient>', 'period end YYYY-MM-DD; or the recipient code from the house style (SZW, BZK, ...)', collect, [])
    .option('--recipient <code>', 'the recipient code, as --to RECIPIENT')
    .option('--theme <code>', 'theme code (repeatable)', collect, [])
    .option('--municipality <code>', 'CBS municipality code (repeatable)', collect, [])
    .option('--case <number>', 'case number such as CAS-2026-0001 (repeatable)', collect, [])
    .option('--signal <number>', 'a signal picked by hand, such as SIG-2026-0001 (repeatable)', collect, [])
    .addOption(new Option('--classification <level>', 'classification (default: the highest of the included records)').choices(CLASSIFICATIONS))
    .option('--override-reason <text>', 'why the note is classified lower than its content (logged)')
    .option('--subject <text>', 'the subject line ("Betreft")')
    .option('--deadline <date>', 'decision deadline of a beslisnota, YYYY-MM-DD')
    .option('--include-personal-data', 'include free text of signals flagged as personal data and contact persons’ names')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: BriefingOptions, command: Command) => {
      refuseIgnoredOptions(options, command);
      let result: ExportResult;
      try {
        result = await writeBriefing(file, options, command);
      } catch (error) {
        throw inOptionTerms(error);
      }
      say(`${result.export.sha256}  ${result.path ?? ''}`);
      const counts = result.export.records;
      say(
        `${result.briefing.reference}  ${result.briefing.kind}, ${result.export.classification}, ` +
          `${counts.signals.length} signals, ${counts.cases.length} cases, ${counts.contactMoments.length} contact moments, ${counts.actions.length} open actions`,
      );
    });
}
