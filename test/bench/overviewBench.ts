import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import {
  ATTENTION_SQL,
  FIRST_OBSERVED_SQL,
  PROVINCE_COUNTS_SQL,
  PROVINCES_SQL,
  THEME_COUNTS_SQL,
  THEMES_SQL,
  WEEK_COUNTS_SQL,
} from '../../db/repositories/overviewStats';
import { overviewAttention, signalsByProvince, signalsByTheme, signalsPerWeek } from '../../electron/services/overview/overview';
import { todayInNetherlands } from '../../electron/services/validation';
import { currentIsoWeek, weekEnd, weekStart } from '../../shared/domain/isoWeek';
import { overviewWeeks, presetPeriod, previousPeriod, sameWeekYearEarlier } from '../../shared/domain/overview';
import { BENCH_PASSPHRASE } from './caseFileOpenBench';
import type { BenchSuite } from './measure';
import { buildNetworkCaseFile } from './networkBench';

/**
 * The overview's queries on the 100,000-signal sample (networkBench's file:
 * 342 municipalities, actions, deleted rows), warm, each through the service
 * (validation, the repository's cached statement, merging rows with the
 * register, building the weeks) against the very same SQL through a raw
 * prepared statement in the same run (the floor). Aim: within 1.5x of raw and
 * p95 under 100 ms. No thresholds.
 */

const NOW = new Date('2026-06-01T10:00:00Z');

export const overviewSuite: BenchSuite = {
  name: 'overview: attention, weeks, themes, provinces',
  run(bench) {
    const file = buildNetworkCaseFile(bench, bench.tempDir());
    const db = openCaseFileDatabase(file, BENCH_PASSPHRASE);
    try {
      const today = todayInNetherlands(NOW);
      const current = currentIsoWeek(NOW);
      const weeks = overviewWeeks(current);
      const earliest = sameWeekYearEarlier(weeks[0]!) ?? weeks[0]!;
      const weekParams = { from: weekStart(earliest), to: weekEnd(current) };
      const periods = {
        '4 weeks': presetPeriod('last4', current, today),
        '1 year': { from: '2025-06-01', to: '2026-05-31' },
      };
      // The floors: prepared outside the statement cache, run bare with the same bound values.
      const raw = {
        attention: db.prepare(ATTENTION_SQL),
        weeks: db.prepare(WEEK_COUNTS_SQL),
        first: db.prepare(FIRST_OBSERVED_SQL),
        themes: db.prepare(THEME_COUNTS_SQL),
        themeList: db.prepare(THEMES_SQL),
        provinces: db.prepare(PROVINCE_COUNTS_SQL),
        provinceList: db.prepare(PROVINCES_SQL),
      };
      const perWeek = signalsPerWeek(db, NOW);
      bench.info(
        `weeks ${perWeek.weeks[0]!.week} to ${perWeek.weeks[51]!.week}: ${perWeek.weeks.reduce((sum, week) => sum + week.count, 0).toLocaleString('en')} signals, ` +
          `attention ${JSON.stringify(overviewAttention(db, NOW))}`,
      );
      const options = { warmup: 3, n: 25 };
      bench.compare(options, [
        { id: 'ov-attention-raw', label: 'attention counts, raw prepared (floor)', run: () => raw.attention.get({ today }) },
        { id: 'ov-attention', label: 'overview.attention, service', run: () => overviewAttention(db, NOW), floor: { id: 'ov-attention-raw', label: 'vs raw' } },
      ]);
      bench.compare(options, [
        {
          id: 'ov-weeks-raw',
          label: 'signals per week, 2 x 52 weeks, raw prepared (floor)',
          run: () => {
            raw.weeks.all(weekParams);
            raw.first.get();
          },
        },
        { id: 'ov-weeks', label: 'overview.signalsPerWeek, service', run: () => signalsPerWeek(db, NOW), floor: { id: 'ov-weeks-raw', label: 'vs raw' } },
      ]);
      for (const [name, period] of Object.entries(periods)) {
        const bound = { ...period, previousFrom: previousPeriod(period.from, period.to).from };
        const tag = name.replace(' ', '');
        bench.compare(options, [
          {
            id: `ov-themes-raw-${tag}`,
            label: `per theme, ${name} + previous, raw prepared (floor)`,
            run: () => {
              raw.themes.all(bound);
              raw.themeList.all();
            },
          },
          {
            id: `ov-themes-${tag}`,
            label: `overview.signalsByTheme, ${name}, service`,
            run: () => signalsByTheme(db, period),
            floor: { id: `ov-themes-raw-${tag}`, label: 'vs raw' },
          },
          {
            id: `ov-provinces-raw-${tag}`,
            label: `per province, ${name} + previous, raw prepared (floor)`,
            run: () => {
              raw.provinces.all(bound);
              raw.provinceList.all();
            },
          },
          {
            id: `ov-provinces-${tag}`,
            label: `overview.signalsByProvince, ${name}, service`,
            run: () => signalsByProvince(db, period),
            floor: { id: `ov-provinces-raw-${tag}`, label: 'vs raw' },
          },
        ]);
      }
    } finally {
      closeCaseFileDatabase(db);
    }
  },
};
