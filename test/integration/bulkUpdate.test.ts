import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkUpdateActions } from '../../electron/services/actions/bulk';
import { createAction, deleteAction } from '../../electron/services/actions/writes';
import { verifyAuditChain } from '../../electron/services/audit';
import { bulkUpdateSignals } from '../../electron/services/signals/bulk';
import { getSignal } from '../../electron/services/signals/reads';
import { createSignal, deleteSignal } from '../../electron/services/signals/writes';
import { verifyCaseFileAt } from '../../electron/services/verify';
import { findActionState } from '../../db/repositories/followUpActions';
import { contract } from '../../shared/contract/channels';
import { MAX_BULK_SELECTION } from '../../shared/contract/bulkChannels';
import { AppError } from '../../shared/errors';
import { PASSPHRASE } from '../support/caseFiles';
import { newAction } from '../support/contactMoments';
import { auditOf, openSignalFixture, signalDraft, signalTableCounts, TODAY, type SignalFixture } from '../support/signals';

let fixture: SignalFixture;
let open = false;
beforeEach(() => {
  fixture = openSignalFixture();
  open = true;
});
afterEach(() => {
  if (open) fixture.close();
});

/** Closes the file and checks it as `ess verify` does: integrity, audit chain, schema and record fingerprints. */
function expectVerifyClean(): void {
  expect(verifyAuditChain(fixture.db).valid).toBe(true);
  fixture.close();
  open = false;
  const report = verifyCaseFileAt(fixture.filePath, PASSPHRASE);
  expect(report.ok, JSON.stringify(report)).toBe(true);
}

function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function actionStatusOf(id: string) {
  const state = findActionState(fixture.db, id)!;
  return { status: state.status, completedOn: state.completedOn, version: state.version, result: state.result };
}

describe('bulk changes to signals', () => {
  it('gives every signal of the selection the new status in one call, with a status entry in each history', () => {
    const signals = [1, 2, 3].map((n) => createSignal(fixture.ctx, signalDraft({ title: `Signaal ${n}` })));
    const result = bulkUpdateSignals(fixture.ctx, signals.map((s) => s.id), { kind: 'status', status: 'in-duiding' });
    expect(result).toEqual({ changed: 3, unchanged: 0 });
    const seqs: number[] = [];
    for (const signal of signals) {
      const stored = getSignal(fixture.db, signal.id);
      expect(stored.status).toBe('in-duiding');
      expect(stored.version).toBe(2);
      const entries = auditOf(fixture.db, signal.id);
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'status']);
      const last = entries[1]!;
      expect(JSON.parse(last.beforeJson!)).toEqual({ status: 'nieuw' });
      expect(JSON.parse(last.afterJson!)).toEqual({ status: 'in-duiding' });
      expect(last.adviserId).toBe(fixture.adviser.id);
      seqs.push(last.seq);
    }
    // One write: the three entries follow each other in the chain, nothing in between.
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
    expectVerifyClean();
  });

  it('changes the owner (an update entry per signal) and closes ("Afsluiten" gives status afgesloten)', () => {
    const other = fixture.otherCtx.actor.adviserId!;
    const signals = [1, 2].map((n) => createSignal(fixture.ctx, signalDraft({ title: `Eigenaar ${n}` })));
    const ids = signals.map((s) => s.id);
    expect(bulkUpdateSignals(fixture.ctx, ids, { kind: 'owner', ownerId: other })).toEqual({ changed: 2, unchanged: 0 });
    expect(bulkUpdateSignals(fixture.ctx, ids, { kind: 'close' })).toEqual({ changed: 2, unchanged: 0 });
    for (const id of ids) {
      expect(getSignal(fixture.db, id)).toMatchObject({ ownerId: other, status: 'afgesloten', version: 3 });
      const entries = auditOf(fixture.db, id);
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'update', 'status']);
      expect(JSON.parse(entries[1]!.afterJson!)).toEqual({ ownerId: other });
    }
    // Closing again changes nothing and writes nothing.
    const before = signalTableCounts(fixture.db);
    expect(bulkUpdateSignals(fixture.ctx, ids, { kind: 'close' })).toEqual({ changed: 0, unchanged: 2 });
    expect(signalTableCounts(fixture.db)).toEqual(before);
    expectVerifyClean();
  });

  it('changes none of the selection when one signal cannot change, and names every such signal', () => {
    const signals = [1, 2, 3, 4].map((n) => createSignal(fixture.ctx, signalDraft({ title: `Alles of niets ${n}` })));
    deleteSignal(fixture.ctx, signals[1]!.id, 'Dubbel geregistreerd');
    deleteSignal(fixture.ctx, signals[3]!.id, 'Dubbel geregistreerd');
    const before = signalTableCounts(fixture.db);
    const refused = errorOf(() => bulkUpdateSignals(fixture.ctx, signals.map((s) => s.id), { kind: 'status', status: 'gedeeld' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toContain(signals[1]!.number);
    expect(refused.message).toContain(signals[3]!.number);
    expect(refused.issues).toEqual([
      expect.objectContaining({ path: 'ids', message: 'bulk.refusal.deleted', detail: signals[1]!.number }),
      expect.objectContaining({ path: 'ids', message: 'bulk.refusal.deleted', detail: signals[3]!.number }),
    ]);
    // Also the two signals that could change did not: not a row, not an audit entry.
    expect(signalTableCounts(fixture.db)).toEqual(before);
    for (const signal of signals) expect(getSignal(fixture.db, signal.id).status).toBe('nieuw');
    expectVerifyClean();
  });

  it('checks each signal as its form would: an unknown owner refuses the whole batch', () => {
    const signals = [1, 2].map((n) => createSignal(fixture.ctx, signalDraft({ title: `Onbekend ${n}` })));
    const before = signalTableCounts(fixture.db);
    const refused = errorOf(() =>
      bulkUpdateSignals(fixture.ctx, signals.map((s) => s.id), { kind: 'owner', ownerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.issues?.map((issue) => issue.message)).toEqual(['validation.unknownAdviser', 'validation.unknownAdviser']);
    expect(signalTableCounts(fixture.db)).toEqual(before);
  });
});

describe('bulk changes to follow-up actions', () => {
  it('closes a selection as done with today as completion date, keeping and extending each result', () => {
    const first = createAction(fixture.ctx, newAction({ description: 'Bellen met de wijkagent', result: 'Gebeld.' }));
    const second = createAction(fixture.ctx, newAction({ description: 'Notitie sturen', status: 'lopend' }));
    const result = bulkUpdateActions(fixture.ctx, [first.id, second.id], { kind: 'close', closing: 'afgerond', result: 'Afgehandeld in overleg.' });
    expect(result).toEqual({ changed: 2, unchanged: 0 });
    expect(actionStatusOf(first.id)).toEqual({ status: 'afgerond', completedOn: TODAY, version: 2, result: 'Gebeld.\n\nAfgehandeld in overleg.' });
    expect(actionStatusOf(second.id)).toEqual({ status: 'afgerond', completedOn: TODAY, version: 2, result: 'Afgehandeld in overleg.' });
    const entries = fixture.db
      .prepare(`SELECT entity_id AS id, action FROM audit_log WHERE entity = 'action' AND action IN ('status', 'update') ORDER BY seq`)
      .all() as { id: string; action: string }[];
    expect(entries).toEqual([
      { id: first.id, action: 'update' },
      { id: first.id, action: 'status' },
      { id: second.id, action: 'update' },
      { id: second.id, action: 'status' },
    ]);
    expectVerifyClean();
  });

  it('drops actions (vervallen, no completion date) and a status change away from done clears the date, as the form rules ask', () => {
    const done = createAction(fixture.ctx, newAction({ status: 'afgerond', completedOn: '2026-03-01' }));
    const open = createAction(fixture.ctx, newAction());
    expect(bulkUpdateActions(fixture.ctx, [done.id, open.id], { kind: 'close', closing: 'vervallen', result: '' })).toEqual({ changed: 2, unchanged: 0 });
    expect(actionStatusOf(done.id)).toMatchObject({ status: 'vervallen', completedOn: null });
    expect(bulkUpdateActions(fixture.ctx, [done.id], { kind: 'status', status: 'afgerond' })).toEqual({ changed: 1, unchanged: 0 });
    expect(actionStatusOf(done.id)).toMatchObject({ status: 'afgerond', completedOn: TODAY });
    expect(bulkUpdateActions(fixture.ctx, [done.id, open.id], { kind: 'status', status: 'lopend' })).toEqual({ changed: 2, unchanged: 0 });
    expect(actionStatusOf(done.id)).toMatchObject({ status: 'lopend', completedOn: null });
    const other = fixture.otherCtx.actor.adviserId!;
    expect(bulkUpdateActions(fixture.ctx, [done.id, open.id], { kind: 'owner', ownerId: other })).toEqual({ changed: 2, unchanged: 0 });
    expect(findActionState(fixture.db, open.id)!.ownerId).toBe(other);
    expectVerifyClean();
  });

  it('changes no action when one of them is deleted', () => {
    const actions = [1, 2, 3].map((n) => createAction(fixture.ctx, newAction({ description: `Actie ${n}` })));
    deleteAction(fixture.ctx, actions[2]!.id, 'Niet meer nodig');
    const before = signalTableCounts(fixture.db);
    const refused = errorOf(() => bulkUpdateActions(fixture.ctx, actions.map((a) => a.id), { kind: 'close', closing: 'afgerond', result: '' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.issues).toEqual([expect.objectContaining({ message: 'bulk.refusal.deleted', detail: actions[2]!.number })]);
    expect(signalTableCounts(fixture.db)).toEqual(before);
    for (const action of actions.slice(0, 2)) expect(actionStatusOf(action.id)).toMatchObject({ status: 'open', version: 1 });
  });
});

describe('the bulk channels', () => {
  it('take UUIDs only, each once, and at most the maximum selection', () => {
    const request = contract['signals.bulkUpdate'].request;
    const id = '6f1c1f5e-3a8e-4d2b-9c1a-2f0e5d6c7b8a';
    expect(request.safeParse({ ids: [id], change: { kind: 'close' } }).success).toBe(true);
    expect(request.safeParse({ ids: ['SIG-2026-0001'], change: { kind: 'close' } }).success).toBe(false);
    expect(request.safeParse({ ids: [id, id], change: { kind: 'close' } }).success).toBe(false);
    expect(request.safeParse({ ids: [], change: { kind: 'close' } }).success).toBe(false);
    const many = Array.from({ length: MAX_BULK_SELECTION + 1 }, (_, n) => `6f1c1f5e-3a8e-4d2b-9c1a-${String(n).padStart(12, '0')}`);
    expect(request.safeParse({ ids: many, change: { kind: 'close' } }).success).toBe(false);
    expect(request.safeParse({ ids: [id], change: { kind: 'status', status: 'weg' } }).success).toBe(false);
    expect(contract['actions.bulkUpdate'].request.safeParse({ ids: [id], change: { kind: 'close', closing: 'open' } }).success).toBe(false);
  });
});
