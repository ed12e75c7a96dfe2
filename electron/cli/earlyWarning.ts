import { Option, type Command } from 'commander';
import type { Db } from '../../db/connection';
import { unitNames } from '../../db/repositories/earlyWarningSeries';
import { EARLY_WARNING_METHODS, type EarlyWarningMethod } from '../../shared/domain/earlyWarning';
import { DEFAULT_EARLY_WARNING_METHOD } from '../../shared/domain/earlyWarningFinding';
import { isoWeekKey, type IsoWeek } from '../../shared/domain/isoWeek';
import { judgeUnits, type UnitJudgement } from '../services/earlyWarning/judge';
import { weekToJudge } from '../services/earlyWarning/week';
import { withCaseFile } from './caseFileAccess';
import { oneLine, say, sayJson } from './output';
import { passphraseFileOption, type PassphraseOptions } from './passphrase';

const UNIT_KINDS = ['municipality', 'province', 'theme'] as const;
type UnitKind = (typeof UNIT_KINDS)[number];

interface EarlyWarningOptions extends PassphraseOptions {
  by: UnitKind;
  week?: string;
  method: EarlyWarningMethod;
  json?: boolean;
}

interface UnitLine extends Omit<UnitJudgement, 'kind'> {
  name: string;
}

/** Alarms first, then the highest counts; names break ties so the order is stable. */
function byAlarmThenCount(a: UnitLine, b: UnitLine): number {
  return Number(b.alarm) - Number(a.alarm) || b.observed - a.observed || a.name.localeCompare(b.name, 'nl');
}

function judge(db: Db, week: IsoWeek, options: EarlyWarningOptions): UnitLine[] {
  const names = unitNames(db);
  return judgeUnits(db, week, options.method)
    .filter((judged) => judged.kind === options.by)
    .map(({ kind: _kind, ...judged }) => ({ ...judged, name: names.get(`${options.by}:${judged.code}`)?.en ?? judged.code }))
    .sort(byAlarmThenCount);
}

/** A threshold as the methods give it: Bayes a whole count, EARS a mean plus deviations. */
const threshold = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function print(week: string, options: EarlyWarningOptions, lines: UnitLine[]): void {
  say(`week ${week}, method ${options.method}, by ${options.by}`);
  const header = ['code', 'name', 'observed', 'threshold', 'alarm', 'reference weeks'];
  const rows = [
    header,
    ...lines.map((line) => [line.code, oneLine(line.name), String(line.observed), threshold(line.threshold), line.alarm ? 'yes' : 'no', `${line.referenceFrom} to ${line.referenceTo}`]),
  ];
  const widths = header.map((_cell, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const right = [false, false, true, true, false, false];
  for (const row of rows) say(row.map((cell, col) => (col === row.length - 1 ? cell : right[col] ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join('  '));
  const alarms = lines.filter((line) => line.alarm).length;
  say(`${alarms} ${alarms === 1 ? 'alarm' : 'alarms'}; units not listed had no signals in the weeks compared`);
}

export function registerEarlyWarning(program: Command): void {
  program
    .command('early-warning')
    .description('per unit: signals observed in an ISO week, the threshold, alarm yes/no and the reference weeks (default: municipalities, the last complete week, bayes)')
    .argument('<file>', 'the case file')
    .addOption(new Option('--by <unit>', 'count per municipality, province or theme').choices(UNIT_KINDS).default('municipality'))
    .option('--week <week>', 'the ISO week to judge, YYYY-Www (default: the last complete week in the Netherlands)')
    .addOption(new Option('--method <method>', 'Bayes (surveillance algo.bayes) or EARS C1, C2, C3').choices(EARLY_WARNING_METHODS).default(DEFAULT_EARLY_WARNING_METHOD))
    .option('--json', 'print JSON')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: EarlyWarningOptions) => {
      // Checked before the passphrase is asked for: a typo should not cost an unlock.
      const week = weekToJudge(options.week, new Date());
      const lines = await withCaseFile(file, options, 'read', (db) => judge(db, week, options));
      if (options.json) sayJson({ week: isoWeekKey(week), method: options.method, by: options.by, units: lines });
      else print(isoWeekKey(week), options, lines);
    });
}
