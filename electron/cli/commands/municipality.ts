import { Option, type Command } from 'commander';
import type { Db } from '../../../db/connection';
import {
  DEFAULT_NETWORK_PERIOD_DAYS,
  NETWORK_SORT_COLUMNS,
  periodEndingOn,
  type MunicipalityListRow,
  type NetworkOverviewRow,
} from '../../../shared/domain/municipality';
import { listMunicipalities, provinceCodeFor } from '../../services/network/municipalities';
import { networkOverview } from '../../services/network/overview';
import { invalid, todayInNetherlands } from '../../services/validation';
import { withCaseFile } from '../caseFileAccess';
import { collect } from '../options';
import { oneLine, say, sayJson } from '../output';
import { passphraseFileOption, type PassphraseOptions } from '../passphrase';

interface ListOptions extends PassphraseOptions {
  json?: boolean;
  province?: string;
  search?: string;
  includeFormer?: boolean;
}

interface NetworkOptions extends PassphraseOptions {
  json?: boolean;
  from?: string;
  to?: string;
  province: string[];
  sort: (typeof NETWORK_SORT_COLUMNS)[number];
  asc?: boolean;
  onlyActive?: boolean;
}

/** Fixed-width columns; the last one is not padded. Cells are made one line first, so widths count what is shown. */
function printColumns(cells: readonly (readonly string[])[], alignRight: readonly boolean[] = []): void {
  const rows = cells.map((row) => row.map(oneLine));
  const widths = rows[0]?.map((_cell, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
  for (const row of rows) {
    say(
      row
        .map((cell, col) => (col === row.length - 1 && !alignRight[col] ? cell : alignRight[col] ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
        .join('  '),
    );
  }
}

const asJson = (row: MunicipalityListRow) => ({
  code: row.code,
  name: row.name,
  provinceCode: row.provinceCode,
  provinceName: row.provinceName,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

function listRegister(file: string, options: ListOptions): Promise<MunicipalityListRow[]> {
  return withCaseFile(file, options, 'read', (db) =>
    listMunicipalities(db, { provinceName: options.province, text: options.search, includeFormer: options.includeFormer ?? false }),
  );
}

/** Province names (or codes) as typed, to codes; an unknown one names the field. */
function provinceCodes(db: Db, names: readonly string[]): string[] {
  const unknown = names.filter((name) => provinceCodeFor(db, name) === null);
  if (unknown.length > 0) throw invalid('Network overview', [{ path: 'province', message: 'validation.province', detail: unknown.join(', ') }]);
  return names.map((name) => provinceCodeFor(db, name) ?? name);
}

function overview(db: Db, options: NetworkOptions) {
  const now = new Date();
  const period = periodEndingOn(todayInNetherlands(now), DEFAULT_NETWORK_PERIOD_DAYS);
  return networkOverview(
    db,
    {
      from: options.from ?? period.from,
      to: options.to ?? period.to,
      provinces: provinceCodes(db, options.province),
      onlyActive: options.onlyActive ?? false,
      sort: { column: options.sort, direction: options.asc ? 'asc' : 'desc' },
    },
    now,
  );
}

function printOverview(rows: NetworkOverviewRow[]): void {
  const header = ['name', 'province', 'signals', 'contacts', 'last contact', 'days', 'open', 'overdue'];
  printColumns(
    [
      header,
      ...rows.map((row) => [
        row.name,
        row.provinceName,
        String(row.signals),
        String(row.contactMoments),
        row.lastContactOn ?? 'never',
        row.daysSinceContact === null ? '-' : String(row.daysSinceContact),
        String(row.openActions),
        String(row.overdueActions),
      ]),
    ],
    [false, false, true, true, false, true, true, true],
  );
}

export function registerMunicipality(program: Command): void {
  const municipality = program.command('municipality').description('the municipality register (CBS codes)');

  municipality
    .command('list')
    .description('list municipalities: code, name, province')
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--province <name>', 'only this province (name in any case, e.g. "noord-holland", or a code such as PV27)')
    .option('--search <text>', 'part of the name or code')
    .option('--include-former', 'also municipalities that no longer exist')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: ListOptions) => {
      const rows = await listRegister(file, options);
      if (options.json) {
        sayJson(rows.map(asJson));
        return;
      }
      printColumns(rows.map((row) => [row.code, row.name, row.provinceName]));
      say(`${rows.length} ${rows.length === 1 ? 'municipality' : 'municipalities'}`);
    });

  // The network overview is the register seen through the case file's records;
  // it lives beside the register so program.ts needs one line for both.
  program
    .command('network')
    .description(`per municipality: signals and contact moments in a period (default the last ${DEFAULT_NETWORK_PERIOD_DAYS} days), last contact, open and overdue actions`)
    .argument('<file>', 'the case file')
    .option('--json', 'print JSON')
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default today)')
    .option('--province <name>', 'only this province (repeatable)', collect, [])
    .addOption(new Option('--sort <column>', 'sort column').choices(NETWORK_SORT_COLUMNS).default('daysSinceContact'))
    .option('--asc', 'sort ascending (default descending)')
    .option('--only-active', 'only municipalities with signals, contact moments or open actions')
    .addOption(passphraseFileOption())
    .action(async (file: string, options: NetworkOptions) => {
      const result = await withCaseFile(file, options, 'read', (db) => overview(db, options));
      if (options.json) sayJson(result);
      else {
        say(`period ${result.from} to ${result.to}; overdue before ${result.today}`);
        printOverview(result.rows);
      }
    });
}
