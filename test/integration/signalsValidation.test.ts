import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignal, updateSignal } from '../../electron/services/signals/writes';
import { isAppError, type AppError } from '../../shared/errors';
import type { SignalInput } from '../../shared/domain/signal';
import { openSignalFixture, signalDraft, signalTableCounts, type SignalFixture } from '../support/signals';

/** Runs a write that must be refused; returns its issues. */
function refused(write: () => unknown): { path: string; message: string }[] {
  try {
    write();
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    return (error as AppError).issues ?? [];
  }
  throw new Error('the write was accepted');
}

const withField = (field: string, value: unknown) => ({ ...signalDraft(), [field]: value }) as unknown as SignalInput;

describe('signal validation', () => {
  let fixture: SignalFixture;
  beforeAll(() => {
    fixture = openSignalFixture();
  });
  afterAll(() => fixture.close());

  /** One bad field → exactly that field is named, with the expected i18n key, and nothing is written. */
  const cases: [string, string, unknown, string][] = [
    ['empty title', 'title', '   ', 'validation.required'],
    ['title too long', 'title', 'x'.repeat(201), 'validation.tooLong'],
    ['empty description', 'description', '', 'validation.required'],
    ['observed date not a date', 'observedOn', '15-03-2026', 'validation.date'],
    ['observed date that does not exist', 'observedOn', '2026-02-30', 'validation.date'],
    ['received date not a date', 'receivedOn', 'gisteren', 'validation.date'],
    ['unknown municipality', 'municipalities', ['GM9999'], 'validation.unknownMunicipality'],
    ['malformed municipality code', 'municipalities', ['Amsterdam'], 'validation.municipalityCode'],
    ['unknown theme', 'themes', ['ufo-waarnemingen'], 'validation.unknownTheme'],
    ['no theme', 'themes', [], 'validation.themeRequired'],
    ['unknown source type', 'sourceType', 'postduif', 'validation.unknownSourceType'],
    ['reliability G', 'sourceReliability', 'G', 'validation.sourceReliability'],
    ['credibility 7', 'infoCredibility', 7, 'validation.infoCredibility'],
    ['credibility 2.5', 'infoCredibility', 2.5, 'validation.infoCredibility'],
    ['bad urgency', 'urgency', 'extreem', 'validation.urgency'],
    ['bad status', 'status', 'vergeten', 'validation.status'],
    ['bad classification', 'classification', 'stg-geheim', 'validation.classification'],
    ['bad phase', 'phase', 'rustig', 'validation.phase'],
    ['unknown owner', 'ownerId', '00000000-0000-4000-8000-000000000000', 'validation.unknownAdviser'],
    ['unknown case', 'caseId', '00000000-0000-4000-8000-000000000000', 'validation.unknownCase'],
  ];

  it.each(cases)('refuses %s, naming the field, and writes nothing', (_name, field, value, message) => {
    const before = signalTableCounts(fixture.db);
    const issues = refused(() => createSignal(fixture.ctx, withField(field, value)));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path.split('.')[0]).toBe(field);
    expect(issues[0]!.message).toBe(message);
    expect(signalTableCounts(fixture.db)).toEqual(before);
  });

  it('refuses dates in the future and a received date before the observed one', () => {
    const before = signalTableCounts(fixture.db);
    expect(refused(() => createSignal(fixture.ctx, signalDraft({ observedOn: '2026-03-16', receivedOn: '2026-03-16' })))).toEqual([
      { path: 'observedOn', message: 'validation.dateInFuture' },
      { path: 'receivedOn', message: 'validation.dateInFuture' },
    ]);
    expect(refused(() => createSignal(fixture.ctx, signalDraft({ observedOn: '2026-03-10', receivedOn: '2026-03-20' })))).toEqual([
      { path: 'receivedOn', message: 'validation.dateInFuture' },
    ]);
    expect(refused(() => createSignal(fixture.ctx, signalDraft({ observedOn: '2026-03-10', receivedOn: '2026-03-09' })))).toEqual([
      { path: 'receivedOn', message: 'validation.receivedBeforeObserved' },
    ]);
    expect(signalTableCounts(fixture.db)).toEqual(before);
  });

  it('judges "in the future" by the date in the Netherlands, not UTC', () => {
    // 23:30 UTC on 15 March is already 16 March in Amsterdam.
    const lateEvening = { ...fixture.ctx, now: new Date('2026-03-15T23:30:00Z') };
    const signal = createSignal(lateEvening, signalDraft({ observedOn: '2026-03-16', receivedOn: '2026-03-16' }));
    expect(signal.observedOn).toBe('2026-03-16');
  });

  it('requires a municipality unless the signal is national', () => {
    const before = signalTableCounts(fixture.db);
    expect(refused(() => createSignal(fixture.ctx, signalDraft({ municipalities: [], isNational: false })))).toEqual([
      { path: 'municipalities', message: 'validation.municipalityOrNational' },
    ]);
    expect(signalTableCounts(fixture.db)).toEqual(before);
    expect(createSignal(fixture.ctx, signalDraft({ municipalities: [], isNational: true })).isNational).toBe(true);
  });

  it('reports all problems at once', () => {
    const before = signalTableCounts(fixture.db);
    const input = {
      ...signalDraft(),
      title: '',
      observedOn: '2026-04-01',
      municipalities: [],
      themes: ['onbekend-thema'],
      sourceType: 'postduif',
      sourceReliability: 'G',
    } as unknown as SignalInput;
    const paths = refused(() => createSignal(fixture.ctx, input)).map((issue) => `${issue.path}:${issue.message}`);
    expect(paths.sort()).toEqual(
      [
        'title:validation.required',
        'sourceReliability:validation.sourceReliability',
        'observedOn:validation.dateInFuture',
        'receivedOn:validation.receivedBeforeObserved',
        'municipalities:validation.municipalityOrNational',
        'themes:validation.unknownTheme',
        'sourceType:validation.unknownSourceType',
      ].sort(),
    );
    expect(signalTableCounts(fixture.db)).toEqual(before);
  });

  it('validates updates the same way and leaves the signal as it was', () => {
    const signal = createSignal(fixture.ctx, signalDraft());
    const before = signalTableCounts(fixture.db);
    const issues = refused(() => updateSignal(fixture.ctx, signal.id, signal.version, withField('themes', ['bestaat-niet'])));
    expect(issues).toEqual([{ path: 'themes', message: 'validation.unknownTheme' }]);
    expect(signalTableCounts(fixture.db)).toEqual(before);
  });

  it('refuses input that is not an object at all', () => {
    const before = signalTableCounts(fixture.db);
    expect(refused(() => createSignal(fixture.ctx, null as unknown as SignalInput)).length).toBeGreaterThan(0);
    expect(signalTableCounts(fixture.db)).toEqual(before);
  });
});
