import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { DEFAULT_SOURCE_TYPES, DEFAULT_THEMES } from '../../shared/domain/enums';
import { sql as foundation } from './001_foundation';
import { sql as signalsCases } from './002_signals_cases';
import { sql as listIndexes } from './003_list_indexes';
import { sql as network } from './004_network';
import { sql as briefings } from './005_briefings';
import { sql as auditState } from './006_audit_state';
import { sql as drafts } from './007_drafts';
import { sql as triageIndex } from './008_triage_index';
import { sql as earlyWarning } from './009_early_warning';
import { seed as seedElections, seedData as electionSeedData, sql as elections } from './010_elections';
import { sql as overviewIndex } from './011_overview_index';
import { MUNICIPALITIES_2026 } from './data/municipalities2026';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data written in the same transaction as the schema change. */
  seed?: (db: Database.Database, appliedAt: string) => void;
  /** Covers the SQL and the seed data, so an edited release is detectable. */
  sha256: string;
}

function migration(version: number, name: string, sql: string, seed?: Migration['seed'], seedData: unknown = null): Migration {
  const sha256 = createHash('sha256').update(sql).update(JSON.stringify(seedData)).digest('hex');
  return { version, name, sql, seed, sha256 };
}

const v2Data = { municipalities: MUNICIPALITIES_2026, themes: DEFAULT_THEMES, sourceTypes: DEFAULT_SOURCE_TYPES };

function seedV2(db: Database.Database, appliedAt: string): void {
  const municipality = db.prepare(
    "INSERT INTO municipalities (code, name, province_code, province_name, valid_from) VALUES (?, ?, ?, ?, '2026-01-01')",
  );
  for (const [code, name, provinceCode, provinceName] of v2Data.municipalities) municipality.run(code, name, provinceCode, provinceName);
  for (const [table, rows] of [
    ['themes', v2Data.themes],
    ['source_types', v2Data.sourceTypes],
  ] as const) {
    const insert = db.prepare(`INSERT INTO ${table} (code, label_nl, label_en, sort_order, updated_at) VALUES (?, ?, ?, ?, ?)`);
    rows.forEach((row, index) => insert.run(row.code, row.nl, row.en, index + 1, appliedAt));
  }
}

/** Numbered, in order, never edited after release. */
export const MIGRATIONS: readonly Migration[] = [
  migration(1, 'foundation', foundation),
  migration(2, 'signals-cases', signalsCases, seedV2, v2Data),
  migration(3, 'list-indexes', listIndexes),
  migration(4, 'network', network),
  migration(5, 'briefings', briefings),
  migration(6, 'audit-state', auditState),
  migration(7, 'drafts', drafts),
  migration(8, 'triage-index', triageIndex),
  migration(9, 'early-warning', earlyWarning),
  migration(10, 'elections', elections, seedElections, electionSeedData),
  migration(11, 'overview-index', overviewIndex),
];
