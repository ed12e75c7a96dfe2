import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { entityHistory } from '../../electron/services/history';
import { getSignal, listSignals } from '../../electron/services/signals/reads';
import {
  createSignal,
  deleteSignal,
  restoreSignal,
  setSignalStatus,
  shareSignal,
  updateSignal,
} from '../../electron/services/signals/writes';
import type { AppError } from '../../shared/errors';
import { auditOf, AMSTERDAM, NOW, ROTTERDAM, signalDraft, withSignals } from '../support/signals';

const codeOf = (write: () => unknown): string => {
  try {
    write();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'accepted';
};

describe('signal writes', () => {
  it('creates a signal with a number, the adviser as owner, its links, and a create entry', () => {
    withSignals(({ db, ctx, adviser }) => {
      const first = createSignal(ctx, signalDraft({ municipalities: [ROTTERDAM, AMSTERDAM], themes: ['polarisatie', 'discriminatie'] }));
      const second = createSignal(ctx, signalDraft());
      expect(first.number).toBe('SIG-2026-0001');
      expect(second.number).toBe('SIG-2026-0002');
      expect(first).toMatchObject({
        ownerId: adviser.id,
        ownerName: adviser.name,
        status: 'nieuw',
        version: 1,
        updatedBy: adviser.id,
        createdAt: NOW.toISOString(),
        themes: ['discriminatie', 'polarisatie'],
        municipalityNames: ['Amsterdam', 'Rotterdam'],
        municipalities: [AMSTERDAM, ROTTERDAM],
        shares: [],
        mergedFrom: [],
        mergedInto: null,
        caseNumber: null,
        deletedAt: null,
      });
      expect(getSignal(db, first.id)).toEqual(first);
      const [entry] = auditOf(db, first.id);
      expect(entry).toMatchObject({ action: 'create', adviserId: adviser.id });
      expect(JSON.parse(entry!.afterJson!)).toMatchObject({ number: 'SIG-2026-0001', title: first.title, ownerId: adviser.id });
    });
  });

  it('keeps an explicitly chosen owner', () => {
    withSignals(({ ctx, otherCtx }) => {
      const signal = createSignal(ctx, signalDraft({ ownerId: otherCtx.actor.adviserId }));
      expect(signal.ownerName).toBe('Tweede Adviseur');
    });
  });

  it('stores and returns HTML verbatim (escaping is the renderer’s job)', () => {
    withSignals(({ db, ctx }) => {
      const title = '<img src=x onerror=alert(1)>';
      const signal = createSignal(ctx, signalDraft({ title, description: `<script>alert("x")</script> & "quotes"` }));
      expect(getSignal(db, signal.id).title).toBe(title);
      expect(getSignal(db, signal.id).description).toBe(`<script>alert("x")</script> & "quotes"`);
      expect(listSignals(db, {}).rows[0]!.title).toBe(title);
    });
  });

  it('updates only what changed, with before/after of those fields, and bumps the version', () => {
    withSignals(({ db, ctx, otherCtx }) => {
      const signal = createSignal(ctx, signalDraft());
      const edited = updateSignal(otherCtx, signal.id, 1, {
        ...signal,
        title: 'Spanningen rond een buurthuis nemen toe',
        urgency: 'hoog',
        municipalities: [AMSTERDAM, ROTTERDAM],
      });
      expect(edited).toMatchObject({ version: 2, urgency: 'hoog', updatedBy: otherCtx.actor.adviserId });
      expect(edited.municipalities).toEqual([AMSTERDAM, ROTTERDAM]);
      const update = auditOf(db, signal.id).at(-1)!;
      expect(update).toMatchObject({ action: 'update', adviserId: otherCtx.actor.adviserId });
      expect(JSON.parse(update.beforeJson!)).toEqual({ title: signal.title, urgency: 'gemiddeld', municipalities: [AMSTERDAM] });
      expect(JSON.parse(update.afterJson!)).toEqual({
        title: 'Spanningen rond een buurthuis nemen toe',
        urgency: 'hoog',
        municipalities: [AMSTERDAM, ROTTERDAM],
      });
      // Saving without changes writes nothing.
      expect(updateSignal(ctx, signal.id, 2, { ...edited }).version).toBe(2);
      expect(auditOf(db, signal.id)).toHaveLength(2);
    });
  });

  it('refuses an update based on a stale version (CONFLICT) and an unknown id (NOT_FOUND)', () => {
    withSignals(({ db, ctx }) => {
      const signal = createSignal(ctx, signalDraft());
      updateSignal(ctx, signal.id, 1, { ...signal, title: 'Eerste bewerking' });
      expect(codeOf(() => updateSignal(ctx, signal.id, 1, { ...signal, title: 'Tweede bewerking' }))).toBe('CONFLICT');
      expect(getSignal(db, signal.id).title).toBe('Eerste bewerking');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(codeOf(() => updateSignal(ctx, unknown, 1, signal))).toBe('NOT_FOUND');
      expect(codeOf(() => getSignal(db, unknown))).toBe('NOT_FOUND');
      expect(codeOf(() => setSignalStatus(ctx, unknown, 'gedeeld'))).toBe('NOT_FOUND');
    });
  });

  it('records status changes with who and when, also when made through an edit', () => {
    withSignals(({ db, ctx, otherCtx }) => {
      const signal = createSignal(ctx, signalDraft());
      const inReview = setSignalStatus(otherCtx, signal.id, 'in-duiding');
      expect(inReview).toMatchObject({ status: 'in-duiding', version: 2 });
      updateSignal(ctx, signal.id, 2, { ...inReview, status: 'in-opvolging', interpretation: 'Duiding volgt' });
      const entries = auditOf(db, signal.id);
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'status', 'update', 'status']);
      expect(entries[1]).toMatchObject({ adviserId: otherCtx.actor.adviserId, beforeJson: '{"status":"nieuw"}', afterJson: '{"status":"in-duiding"}' });
      expect(JSON.parse(entries[2]!.afterJson!)).toEqual({ interpretation: 'Duiding volgt' });
      expect(entries[3]!.afterJson).toBe('{"status":"in-opvolging"}');
      expect(codeOf(() => setSignalStatus(ctx, signal.id, 'vergeten' as never))).toBe('INVALID_INPUT');
      // Setting the same status again is not a change.
      setSignalStatus(ctx, signal.id, 'in-opvolging');
      expect(auditOf(db, signal.id)).toHaveLength(4);
    });
  });

  it('shares a signal: a share row, status nieuw → gedeeld, both audited', () => {
    withSignals(({ db, ctx, adviser }) => {
      const signal = createSignal(ctx, signalDraft());
      const shared = shareSignal(ctx, { id: signal.id, organisation: 'Gemeente Amsterdam', sharedOn: '2026-03-14', channel: 'e-mail' });
      expect(shared.status).toBe('gedeeld');
      expect(shared.version).toBe(2);
      expect(shared.shares).toEqual([
        expect.objectContaining({ organisation: 'Gemeente Amsterdam', sharedOn: '2026-03-14', channel: 'e-mail', createdBy: adviser.id }),
      ]);
      const entries = auditOf(db, signal.id);
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'update', 'status']);
      expect(JSON.parse(entries[1]!.afterJson!)).toMatchObject({ share: { organisation: 'Gemeente Amsterdam', channel: 'e-mail' } });
      expect(entries[2]!.afterJson).toBe('{"status":"gedeeld"}');

      // A signal already in follow-up keeps its status when shared again.
      setSignalStatus(ctx, signal.id, 'in-opvolging');
      const again = shareSignal(ctx, { id: signal.id, organisation: 'Politie', sharedOn: '2026-03-15', channel: 'overleg' });
      expect(again.status).toBe('in-opvolging');
      expect(again.shares.map((share) => share.organisation)).toEqual(['Gemeente Amsterdam', 'Politie']);
      expect(codeOf(() => shareSignal(ctx, { id: signal.id, organisation: 'X', sharedOn: '2026-03-20', channel: 'e-mail' }))).toBe('INVALID_INPUT');
      expect(codeOf(() => shareSignal(ctx, { id: signal.id, organisation: 'X', sharedOn: '2026-03-14', channel: 'duif' }))).toBe('INVALID_INPUT');
    });
  });

  it('soft-deletes with a reason, hides from lists unless asked, and restores', () => {
    withSignals(({ db, ctx }) => {
      const kept = createSignal(ctx, signalDraft({ title: 'Blijft' }));
      const signal = createSignal(ctx, signalDraft({ title: 'Wordt verwijderd' }));
      expect(codeOf(() => deleteSignal(ctx, signal.id, 'x'))).toBe('INVALID_INPUT');
      const deleted = deleteSignal(ctx, signal.id, 'Dubbel ingevoerd');
      expect(deleted).toMatchObject({ deletedAt: NOW.toISOString(), deletedReason: 'Dubbel ingevoerd', version: 2 });
      expect(listSignals(db, {}).rows.map((row) => row.id)).toEqual([kept.id]);
      const withDeleted = listSignals(db, { filters: { includeDeleted: true } });
      expect(withDeleted.total).toBe(2);
      expect(withDeleted.rows.find((row) => row.id === signal.id)?.deletedAt).toBe(NOW.toISOString());

      const restored = restoreSignal(ctx, signal.id);
      expect(restored).toMatchObject({ deletedAt: null, deletedReason: null, version: 3 });
      expect(listSignals(db, {}).total).toBe(2);
      const entries = auditOf(db, signal.id);
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'delete', 'restore']);
      expect(JSON.parse(entries[1]!.afterJson!)).toEqual({ deletedAt: NOW.toISOString(), deletedReason: 'Dubbel ingevoerd' });
    });
  });

  it('shows the history newest first, field by field, with who made each change', () => {
    withSignals(({ db, ctx, otherCtx }) => {
      const signal = createSignal(ctx, signalDraft());
      updateSignal(otherCtx, signal.id, 1, { ...signal, title: 'Nieuwe titel' });
      setSignalStatus(ctx, signal.id, 'in-duiding');
      const history = entityHistory(db, 'signal', signal.id);
      expect(history.map((entry) => entry.action)).toEqual(['status', 'update', 'create']);
      expect(history[0]).toMatchObject({ by: 'Test Adviseur (TA)', erased: false, changes: [{ field: 'status', before: 'nieuw', after: 'in-duiding' }] });
      expect(history[1]).toMatchObject({ by: 'Tweede Adviseur (TW)', changes: [{ field: 'title', before: signal.title, after: 'Nieuwe titel' }] });
      expect(history[2]!.changes).toContainEqual({ field: 'title', before: null, after: signal.title });
      expect(history[0]!.at).toBe(NOW.toISOString());
    });
  });

  it('leaves an audit entry with the adviser for every change, and the chain verifies', () => {
    withSignals(({ db, ctx, adviser }) => {
      const signal = createSignal(ctx, signalDraft());
      updateSignal(ctx, signal.id, 1, { ...signal, description: 'Aangevuld (fictief).' });
      setSignalStatus(ctx, signal.id, 'in-duiding');
      shareSignal(ctx, { id: signal.id, organisation: 'NCTV', sharedOn: '2026-03-15', channel: 'beveiligde-mail' });
      deleteSignal(ctx, signal.id, 'Test verwijderen');
      restoreSignal(ctx, signal.id);
      const entries = auditOf(db, signal.id);
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'update', 'status', 'update', 'status', 'delete', 'restore']);
      expect(entries.every((entry) => entry.adviserId === adviser.id)).toBe(true);
      expect(getSignal(db, signal.id).version).toBe(6);
      expect(verifyAuditChain(db).valid).toBe(true);
    });
  });
});
