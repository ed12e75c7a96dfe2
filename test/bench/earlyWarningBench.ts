import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { LOCAL_PAIRS_SQL, NATIONAL_DAYS_SQL, THEME_DAYS_SQL } from '../../db/repositories/earlyWarningSeries';
import { listFindings } from '../../electron/services/earlyWarning/findings';
import { judgeWeeks } from '../../electron/services/earlyWarning/judge';
import { weeklySeries } from '../../electron/services/earlyWarning/series';
import { EARLY_WARNING_METHODS } from '../../shared/domain/earlyWarning';
import { addIsoWeeks, isoWeekKey, lastCompleteIsoWeek, weekEnd, weekStart } from '../../shared/domain/isoWeek';
import { BENCH_PASSPHRASE } from './caseFileOpenBench';
import type { BenchSuite } from './measure';
import { buildNetworkCaseFile } from './networkBench';

/**
 * Early warning on the network bench's case file (100,000 signals over ~18
 * months, 342 municipalities; ESS_BENCH_SIGNALS for a smaller one), warm:
 *
 * - the weekly series of every municipality, province, theme and the country
 *   for 52 weeks (the service: three streams folded into weeks, then dense
 *   arrays) against the same statements' rows read raw (the floor);
 * - the whole early-warning run: count once, then judge every unit in every
 *   one of the 52 weeks with all four methods (aim: under 1 s), against the
 *   same floor, so the ratio shows what judging adds to counting;
 * - what opening "Signalen ter beoordeling" costs: judge one week, store the
 *   findings, read them ranked with their names.
 * No thresholds; the aims are stated beside the figures.
 */
const NOW = new Date('2026-06-01T10:00:00Z');
const WEEKS = 52;

export const earlyWarningSuite: BenchSuite = {
  name: 'early warning: weekly series and judging',
  run(bench) {
    const file = buildNetworkCaseFile(bench, bench.tempDir());
    const db = openCaseFileDatabase(file, BENCH_PASSPHRASE);
    try {
      const to = lastCompleteIsoWeek(NOW);
      const from = addIsoWeeks(to, -(WEEKS - 1));
      const params = { from: weekStart(from), to: weekEnd(to) };
      // The floor: the repository's three statements prepared outside the statement cache, their rows read bare.
      const raw = [LOCAL_PAIRS_SQL, THEME_DAYS_SQL, NATIONAL_DAYS_SQL].map((sql) => db.prepare(sql));
      const readRaw = () => raw.reduce((rows, statement) => rows + statement.all(params).length, 0);
      const rows = readRaw();
      const series = weeklySeries(db, from, to);
      bench.info(`${isoWeekKey(from)} to ${isoWeekKey(to)}: ${rows.toLocaleString('en')} raw rows, ${series.units.length} units with signals`);
      const floor = { id: 'ew-series-raw', label: 'vs raw SQL rows' };
      bench.compare({ warmup: 2, n: 15 }, [
        { id: 'ew-series-raw', label: 'series, 52 weeks, raw prepared statements (floor)', run: readRaw },
        { id: 'ew-series', label: 'series, 52 weeks, service (dense)', run: () => weeklySeries(db, from, to), floor },
        {
          id: 'ew-run',
          label: 'whole run: count + judge every unit, 52 weeks, 4 methods (aim < 1 s)',
          run: () => judgeWeeks(db, from, to, EARLY_WARNING_METHODS),
          floor,
        },
      ]);
      const alarms = judgeWeeks(db, from, to, EARLY_WARNING_METHODS);
      bench.info(`alarms over 52 weeks: ${EARLY_WARNING_METHODS.map((method) => `${method} ${alarms[method].toLocaleString('en')}`).join(', ')}`);
      bench.measure('ew-findings', 'findings screen: judge one week (Bayes), store, read ranked', { warmup: 2, n: 15 }, () =>
        listFindings({ db, now: NOW }),
      );
    } finally {
      closeCaseFileDatabase(db);
    }
  },
};
