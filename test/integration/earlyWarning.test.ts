import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignal, deleteSignal } from '../../electron/services/signals/writes';
import { mergeSignals } from '../../electron/services/signals/merge';
import { weeklySeries } from '../../electron/services/earlyWarning/series';
import { earlyWarningSummary, findingSignals, listFindings } from '../../electron/services/earlyWarning/findings';
import { reviewFinding } from '../../electron/services/earlyWarning/review';
import { municipalityStatuses } from '../../electron/services/earlyWarning/status';
import { judgeWeek } from '../../shared/domain/earlyWarning';
import { parseIsoWeekKey } from '../../shared/domain/isoWeek';
import type { Signal } from '../../shared/domain/signal';
import { AMSTERDAM, DEN_HAAG, openSignalFixture, ROTTERDAM, signalDraft, UTRECHT, type SignalFixture } from '../support/signals';

/*
 * The hand-counted fixture. NOW is Sunday 2026-03-15 (10:00 UTC), in week
 * 2026-W11, so the last complete week is 2026-W10 (2–8 March).
 *
 *   A  W10  Utrecht + Amsterdam      polarisatie, discriminatie
 *   B  W10  national                 polarisatie
 *   C  W10  Utrecht                  polarisatie      deleted: never counts
 *   D  W10  Utrecht                  polarisatie      merged into A: never counts
 *   G  W10  Oudstad + Utrecht        discriminatie    Oudstad (GM9998) → Middenstad (GM9999) → Utrecht:
 *                                                     counts once under Utrecht, province Utrecht
 *   H  W10  Oudstad                  demonstraties    counts under Utrecht (the chain followed)
 *   F  W01  Rotterdam + Den Haag     polarisatie      2025-12-29 is in ISO week 2026-W01; one signal,
 *                                                     two municipalities, one province (Zuid-Holland)
 *
 * W10: Utrecht 3 (A, G, H), Amsterdam 1 (A); provinces Utrecht 3, Noord-Holland 1;
 *      themes polarisatie 2 (A, B), discriminatie 2 (A, G), demonstraties 1 (H); national 4 (A, B, G, H).
 * W01: Rotterdam 1, Den Haag 1, Zuid-Holland 1, polarisatie 1, national 1. Every other week 0.
 */
const OUDSTAD = 'GM9998';
const MIDDENSTAD = 'GM9999';
const UTRECHT_PROVINCE = 'PV26';
const NOORD_HOLLAND = 'PV27';
const ZUID_HOLLAND = 'PV28';

let fixture: SignalFixture;
let signals: Record<string, Signal>;

/** A municipality that merged away, as the register keeps it; a chain of two, so following one step is not enough. */
function registerMergedMunicipalities(fixture: SignalFixture): void {
  const insert = fixture.db.prepare(
    `INSERT INTO municipalities (code, name, province_code, province_name, valid_from, valid_to, merged_into)
     VALUES (?, ?, 'PV26', 'Utrecht', '2000-01-01', '2020-12-31', ?)`,
  );
  insert.run(MIDDENSTAD, 'Middenstad', UTRECHT);
  insert.run(OUDSTAD, 'Oudstad', MIDDENSTAD);
}

/** A signal registered before its municipality merged away still names the old one (the form only offers current ones). */
function moveToFormerMunicipality(signal: Signal, keepUtrecht: boolean): void {
  if (!keepUtrecht) fixture.db.prepare('DELETE FROM signal_municipalities WHERE signal_id = ?').run(signal.id);
  fixture.db.prepare('INSERT INTO signal_municipalities (signal_id, municipality_code) VALUES (?, ?)').run(signal.id, OUDSTAD);
}

beforeEach(() => {
  fixture = openSignalFixture();
  registerMergedMunicipalities(fixture);
  const add = (observedOn: string, overrides: Parameters<typeof signalDraft>[0]) =>
    createSignal(fixture.ctx, signalDraft({ observedOn, receivedOn: observedOn, ...overrides }));
  signals = {
    A: add('2026-03-03', { municipalities: [UTRECHT, AMSTERDAM], themes: ['polarisatie', 'discriminatie'] }),
    B: add('2026-03-04', { municipalities: [], isNational: true, themes: ['polarisatie'] }),
    C: add('2026-03-05', { municipalities: [UTRECHT], themes: ['polarisatie'] }),
    D: add('2026-03-06', { municipalities: [UTRECHT], themes: ['polarisatie'] }),
    G: add('2026-03-02', { municipalities: [UTRECHT], themes: ['discriminatie'] }),
    H: add('2026-03-08', { municipalities: [UTRECHT], themes: ['demonstraties'] }),
    F: add('2025-12-29', { municipalities: [ROTTERDAM, DEN_HAAG], themes: ['polarisatie'] }),
  };
  deleteSignal(fixture.ctx, signals.C!.id, 'Dubbel ingevoerd');
  mergeSignals(fixture.ctx, signals.A!.id, signals.D!.id);
  moveToFormerMunicipality(signals.G!, true);
  moveToFormerMunicipality(signals.H!, false);
});

afterEach(() => fixture.close());

const week = (key: string) => parseIsoWeekKey(key)!;

/** The series of one unit as a map week → count, zeros left out, to compare with the hand count. */
function nonZero(kind: string, code: string): Record<string, number> {
  const series = weeklySeries(fixture.db, week('2025-W50'), week('2026-W10'));
  const unit = series.units.find((candidate) => candidate.kind === kind && candidate.code === code);
  if (!unit) return {};
  return Object.fromEntries(series.weeks.map((key, index) => [key, unit.counts[index]!]).filter(([, count]) => count !== 0));
}

describe('early-warning series', () => {
  it('are dense: one count per ISO week, across the year boundary (2025-W50 … 2026-W01 … 2026-W10)', () => {
    const series = weeklySeries(fixture.db, week('2025-W50'), week('2026-W10'));
    expect(series.weeks).toHaveLength(13);
    expect(series.weeks.slice(0, 4)).toEqual(['2025-W50', '2025-W51', '2025-W52', '2026-W01']);
    for (const unit of series.units) expect(unit.counts).toHaveLength(13);
    const national = series.units.find((unit) => unit.kind === 'national')!;
    expect(national.counts).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
  });

  it('count per municipality: merged-away municipalities under the one they joined, national signals nowhere', () => {
    expect(nonZero('municipality', UTRECHT)).toEqual({ '2026-W10': 3 });
    expect(nonZero('municipality', AMSTERDAM)).toEqual({ '2026-W10': 1 });
    expect(nonZero('municipality', ROTTERDAM)).toEqual({ '2026-W01': 1 });
    expect(nonZero('municipality', DEN_HAAG)).toEqual({ '2026-W01': 1 });
    expect(nonZero('municipality', OUDSTAD)).toEqual({});
    expect(nonZero('municipality', MIDDENSTAD)).toEqual({});
  });

  it('count per province once per signal, however many of its municipalities lie there', () => {
    expect(nonZero('province', UTRECHT_PROVINCE)).toEqual({ '2026-W10': 3 });
    expect(nonZero('province', NOORD_HOLLAND)).toEqual({ '2026-W10': 1 });
    expect(nonZero('province', ZUID_HOLLAND)).toEqual({ '2026-W01': 1 });
  });

  it('count per theme (national signals included) and nationally', () => {
    expect(nonZero('theme', 'polarisatie')).toEqual({ '2026-W01': 1, '2026-W10': 2 });
    expect(nonZero('theme', 'discriminatie')).toEqual({ '2026-W10': 2 });
    expect(nonZero('theme', 'demonstraties')).toEqual({ '2026-W10': 1 });
    expect(nonZero('national', 'NL')).toEqual({ '2026-W01': 1, '2026-W10': 4 });
  });
});

describe('early-warning findings', () => {
  const judging = () => ({ db: fixture.db, now: fixture.ctx.now });
  const rowCount = () => (fixture.db.prepare('SELECT count(*) AS n FROM early_warning_findings').get() as { n: number }).n;

  it('judge the last complete week with Bayes and explain each finding as data', () => {
    const result = listFindings(judging());
    expect(result.week).toBe('2026-W10');
    expect(result.method).toBe('bayes');
    const utrecht = result.findings.find((finding) => finding.unitKind === 'municipality' && finding.unitCode === UTRECHT)!;
    const expected = judgeWeek('bayes', [0, 0, 0, 0, 0, 0, 3], 6)!;
    expect(utrecht).toMatchObject({ observed: 3, threshold: expected.threshold, status: 'open', referenceFrom: '2026-W04', referenceTo: '2026-W09' });
    expect(utrecht.explanation).toEqual({
      unitName: 'Utrecht',
      unitNameEn: 'Utrecht',
      week: '2026-W10',
      observed: 3,
      threshold: expected.threshold,
      referenceFrom: '2026-W04',
      referenceTo: '2026-W09',
    });
    const theme = result.findings.find((finding) => finding.unitKind === 'theme' && finding.unitCode === 'discriminatie')!;
    expect(theme.explanation).toMatchObject({ unitName: 'Discriminatie', unitNameEn: 'Discrimination' });
    const national = result.findings.find((finding) => finding.unitKind === 'national')!;
    expect(national).toMatchObject({ unitCode: 'NL', observed: 4 });
    // Every alarm of the week is there, and nothing that did not alarm.
    for (const finding of result.findings) expect(finding.observed).toBeGreaterThan(finding.threshold);
    expect(result.findings.some((finding) => finding.unitCode === ROTTERDAM)).toBe(false);
  });

  it('rank by relative excess over the threshold, then by count', () => {
    const { findings } = listFindings(judging());
    const excess = findings.map((finding) => (finding.observed - finding.threshold) / Math.max(finding.threshold, 1));
    expect(excess).toEqual([...excess].sort((a, b) => b - a));
    expect(findings[0]!.observed).toBe(4); // the national count: the largest excess over a threshold of 0
  });

  it('a rerun neither duplicates nor loses findings, and updates an open one when signals changed', () => {
    const first = listFindings(judging()).findings;
    const rows = rowCount();
    expect(listFindings(judging()).findings.map((finding) => finding.id)).toEqual(first.map((finding) => finding.id));
    expect(rowCount()).toBe(rows);

    createSignal(fixture.ctx, signalDraft({ observedOn: '2026-03-07', receivedOn: '2026-03-07', municipalities: [UTRECHT] }));
    const after = listFindings(judging()).findings.find((finding) => finding.unitCode === UTRECHT)!;
    const before = first.find((finding) => finding.unitCode === UTRECHT)!;
    expect(after.id).toBe(before.id);
    expect(after.observed).toBe(4);
    expect(rowCount()).toBe(rows);
  });

  it('an open finding whose alarm is gone disappears; a reviewed one stays as judged', () => {
    const { findings } = listFindings(judging());
    const discrimination = findings.find((finding) => finding.unitCode === 'discriminatie')!;
    const utrecht = findings.find((finding) => finding.unitCode === UTRECHT)!;
    expect(discrimination.observed).toBe(2);
    reviewFinding(fixture.ctx, utrecht.id, 'Bekend: bijeenkomst in de wijk, afgestemd met de gemeente.');
    deleteSignal(fixture.ctx, signals.G!.id, 'Onjuist');
    deleteSignal(fixture.ctx, signals.H!.id, 'Onjuist');
    const rerun = listFindings(judging()).findings;
    // Discrimination now counts 1, under its threshold: the unreviewed finding is gone.
    expect(rerun.find((finding) => finding.id === discrimination.id)).toBeUndefined();
    expect(rerun.find((finding) => finding.id === utrecht.id)).toMatchObject({ status: 'reviewed', observed: 3 });
  });

  it('a review needs a note, is stored with who and when, is audited, and comes after the open ones', () => {
    const { findings } = listFindings(judging());
    const utrecht = findings.find((finding) => finding.unitCode === UTRECHT)!;
    expect(() => reviewFinding(fixture.ctx, utrecht.id, '   ')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => reviewFinding(fixture.ctx, utrecht.id, 'x'.repeat(2001))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));

    const reviewed = reviewFinding(fixture.ctx, utrecht.id, '  Bekend bij de gemeente.  ');
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewNote: 'Bekend bij de gemeente.', reviewedAt: fixture.ctx.now.toISOString(), reviewedBy: 'Test Adviseur (TA)' });
    expect(() => reviewFinding(fixture.ctx, utrecht.id, 'Nog eens')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));

    const audit = fixture.db
      .prepare(`SELECT l.action, l.adviser_id AS adviserId, p.after_json AS afterJson FROM audit_log l JOIN audit_payload p ON p.seq = l.seq WHERE l.entity = 'earlyWarningFinding' AND l.entity_id = ?`)
      .all(utrecht.id) as { action: string; adviserId: string; afterJson: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'status', adviserId: fixture.adviser.id });
    expect(JSON.parse(audit[0]!.afterJson)).toMatchObject({ status: 'reviewed', note: 'Bekend bij de gemeente.', unit: `municipality:${UTRECHT}`, week: '2026-W10', observed: 3 });

    // A rerun with more signals keeps the review and the count it was judged on.
    createSignal(fixture.ctx, signalDraft({ observedOn: '2026-03-07', receivedOn: '2026-03-07', municipalities: [UTRECHT] }));
    const rerun = listFindings(judging()).findings;
    expect(rerun.find((finding) => finding.id === utrecht.id)).toMatchObject({ status: 'reviewed', observed: 3, reviewNote: 'Bekend bij de gemeente.' });
    expect(rerun.at(-1)!.id).toBe(utrecht.id);
    expect(listFindings(judging(), { status: 'reviewed' }).findings.map((finding) => finding.id)).toEqual([utrecht.id]);
  });

  it('link to the signals they counted', () => {
    const { findings } = listFindings(judging());
    const numbersOf = (kind: string, code: string) =>
      findingSignals(fixture.db, findings.find((finding) => finding.unitKind === kind && finding.unitCode === code)!.id).map((signal) => signal.number);
    expect(numbersOf('municipality', UTRECHT)).toEqual([signals.G!.number, signals.A!.number, signals.H!.number]);
    expect(numbersOf('province', UTRECHT_PROVINCE)).toHaveLength(3);
    expect(numbersOf('theme', 'discriminatie')).toEqual([signals.G!.number, signals.A!.number]);
    expect(numbersOf('national', 'NL')).toEqual([signals.G!.number, signals.A!.number, signals.B!.number, signals.H!.number]);
    const polarisation = findingSignals(fixture.db, findings.find((finding) => finding.unitCode === 'polarisatie')!.id);
    expect(polarisation[0]).toEqual({ id: signals.A!.id, number: signals.A!.number, title: signals.A!.title, observedOn: '2026-03-03', urgency: 'gemiddeld' });
    expect(polarisation.map((signal) => signal.number)).toEqual([signals.A!.number, signals.B!.number]);
  });

  it('judge any complete week on request, with any method, and refuse a week that has not ended', () => {
    const w01 = listFindings(judging(), { week: '2026-W01', method: 'c1' });
    expect(w01.week).toBe('2026-W01');
    expect(w01.method).toBe('c1');
    for (const finding of w01.findings) expect(finding.method).toBe('c1');
    expect(() => listFindings(judging(), { week: '2026-W11' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('summarise the week for the overview and give the map a status per municipality', () => {
    for (const day of ['2026-03-02', '2026-03-03']) {
      createSignal(fixture.ctx, signalDraft({ observedOn: day, receivedOn: day, municipalities: [ROTTERDAM] }));
    }
    const { findings } = listFindings(judging());
    const utrecht = findings.find((finding) => finding.unitCode === UTRECHT)!;
    reviewFinding(fixture.ctx, utrecht.id, 'Bekend.');
    expect(earlyWarningSummary(judging())).toEqual({ week: '2026-W10', findings: findings.length, unreviewed: findings.length - 1 });

    const map = municipalityStatuses(judging());
    expect(map.week).toBe('2026-W10');
    expect(map.statuses).toHaveLength(342);
    const status = new Map(map.statuses.map((row) => [row.code, row.status]));
    expect(status.get(UTRECHT)).toBe('reviewed');
    expect(status.get(ROTTERDAM)).toBe('alarm'); // 2 after six empty weeks: over the Bayes threshold of 1
    expect(status.get(AMSTERDAM)).toBe('none'); // 1 after six empty weeks: not over it
    expect(status.has(OUDSTAD)).toBe(false);
    expect(municipalityStatuses(judging(), '2026-W01').statuses.every((row) => row.status === 'none')).toBe(true);
  });
});
