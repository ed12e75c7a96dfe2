import { addDays, format, parseISO } from 'date-fns';
import { findingsOfWeek } from '../../db/repositories/earlyWarningFindings';
import { DEFAULT_EARLY_WARNING_METHOD } from '../../shared/domain/earlyWarningFinding';
import { isoWeekKey, lastCompleteIsoWeek, weekStart } from '../../shared/domain/isoWeek';
import type { WriteContext } from './context';
import { runWeek } from './earlyWarning/findings';
import { reviewFinding } from './earlyWarning/review';
import { inputOf } from './signals/changes';
import { getSignal } from './signals/reads';
import { updateSignal } from './signals/writes';

/** Signals moved into one week per cluster: far more than the demo's scattered signals give a municipality in a week. */
const PER_CLUSTER = 6;
const CLUSTERS = 3;

/**
 * Clusters in the last complete week, so a first look at the demo shows
 * early-warning findings: the three municipalities with the most demo
 * signals get six of theirs re-dated into that week (the demo keeps its
 * number of signals; the changes are audited like any edit). The cluster of
 * the third is already reviewed, with a note, to show what a review looks like.
 */
export function seedDemoEarlyWarning(ctx: WriteContext, signals: readonly { id: string; municipalities: string[] }[]): void {
  const byMunicipality = new Map<string, string[]>();
  for (const signal of signals) {
    for (const code of signal.municipalities) byMunicipality.set(code, [...(byMunicipality.get(code) ?? []), signal.id]);
  }
  const busiest = [...byMunicipality.entries()]
    .filter(([, ids]) => ids.length >= PER_CLUSTER)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, CLUSTERS);
  const week = lastCompleteIsoWeek(ctx.now);
  const monday = parseISO(weekStart(week));
  const moved = new Set<string>();
  for (const [, ids] of busiest) {
    ids
      .filter((id) => !moved.has(id))
      .slice(0, PER_CLUSTER)
      .forEach((id, index) => {
        moved.add(id);
        const signal = getSignal(ctx.db, id);
        const day = format(addDays(monday, index % 7), 'yyyy-MM-dd');
        updateSignal(ctx, id, signal.version, { ...inputOf(signal), observedOn: day, receivedOn: day });
      });
  }
  runWeek(ctx, week, DEFAULT_EARLY_WARNING_METHOD);
  const reviewedCode = busiest.at(-1)?.[0];
  const reviewed = findingsOfWeek(ctx.db, isoWeekKey(week), DEFAULT_EARLY_WARNING_METHOD).find(
    (finding) => finding.unitKind === 'municipality' && finding.unitCode === reviewedCode,
  );
  if (reviewed) {
    reviewFinding(ctx, reviewed.id, 'Besproken met de gemeente: samenhangende meldingen rond één bijeenkomst, geen signalen van escalatie. Volgende week opnieuw bekijken (fictief).');
  }
}
